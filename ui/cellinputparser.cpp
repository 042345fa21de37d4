// CellInputParser: checks pasted text as the cell's editor would check typing.
#include "cellinputparser.h"

#include "choicecombo.h"
#include "editorchoice.h"
#include "gridcelldelegate.h"
#include "gridlookups.h"
#include "nullabledatetimeedit.h"
#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"

#include <concord/referencelookup.h>
#include <concord/tableschema.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMetaProperty>
#include <QModelIndex>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlRecord>
#include <QValidator>
#include <QWidget>

#include <climits>
#include <cmath>

namespace concord {

namespace {

QString quotedText(const QString &text)
{
    return QCoreApplication::translate("concord::CellInputParser", "“%1”").arg(text);
}

// Date and time forms a pasted cell may hold: the locale's (as the grid shows them) and ISO.
QDateTime readDateTime(const QLocale &locale, const QString &text, const QString &editorFormat)
{
    const QStringList formats = {
        editorFormat,
        locale.dateTimeFormat(QLocale::ShortFormat),
        locale.dateTimeFormat(QLocale::LongFormat),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("yyyy-MM-dd HH:mm"),
    };
    for (const QString &format : formats) {
        if (format.isEmpty())
            continue;
        const QDateTime dt = locale.toDateTime(text, format);
        if (dt.isValid())
            return dt;
    }
    QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!iso.isValid()) {
        // A date alone is that day's midnight.
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            iso = day.startOfDay();
    }
    return iso;
}

QDate readDate(const QLocale &locale, const QString &text, const QString &editorFormat)
{
    for (const QString &format : {editorFormat, locale.dateFormat(QLocale::ShortFormat),
                                  locale.dateFormat(QLocale::LongFormat)}) {
        if (format.isEmpty())
            continue;
        const QDate d = locale.toDate(text, format);
        if (d.isValid())
            return d;
    }
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso;
    // A date with a time (ISO or the locale's) stands for its day.
    return readDateTime(locale, text, QString()).date();
}

bool isDateType(const ColumnBounds &bounds)
{
    const QString type = bounds.type.toLower();
    return type.contains(QLatin1String("date")) || type.contains(QLatin1String("time"));
}

// Whether `number` has no more digits before the point than NUMERIC(p,s) takes, counted as the
// model counts them (VersionedTableModel's check at save, after PostgreSQL): rounded to s
// decimals first. The double spin box no longer stops them (ColumnLimits leaves its range open,
// so typing is refused with a message at save, never cut): a paste must check them itself,
// before anything is written.
bool fitsDigits(double number, const ColumnBounds &bounds)
{
    if (bounds.integerDigits < 0)
        return true;
    const double factor = std::pow(10.0, std::max(bounds.scale, 0));
    const double rounded = std::round(std::fabs(number) * factor) / factor;
    return rounded < std::pow(10.0, bounds.integerDigits);
}

} // namespace

CellInputParser::CellInputParser(GridCellDelegate *cells, const QList<EmptyValueRule> &rules,
                                 const QList<ColumnBounds> &bounds, QLocale locale)
    : m_cells(cells), m_rules(rules), m_bounds(bounds), m_locale(std::move(locale)),
      m_scratch(std::make_unique<QWidget>())
{
}

CellInputParser::~CellInputParser() = default;

QList<EmptyValueRule> CellInputParser::rulesOf(const QSqlDatabase &db, const QString &table,
                                               const QStringList &columnNames)
{
    const QSqlRecord declared = TableSchema::declaredColumns(db, table);
    QList<EmptyValueRule> rules;
    for (const QString &name : columnNames) {
        rules << (declared.contains(name) ? EmptyValueRule::forColumn(declared.field(name))
                                          : EmptyValueRule());
    }
    return rules;
}

QList<ColumnBounds> CellInputParser::boundsOf(const QSqlDatabase &db, const QString &table,
                                              const QStringList &columnNames)
{
    const QHash<QString, ColumnBounds> all = ColumnBounds::ofTable(db, table);
    QList<ColumnBounds> bounds;
    for (const QString &name : columnNames)
        bounds << all.value(name);
    return bounds;
}

CellInputParser::Outcome CellInputParser::parse(const QModelIndex &index, const QString &text) const
{
    switch (m_cells->lookups()->kindOf(index.column())) {
    case EditorChoice::Kind::ForeignKey:
        return parseForeignKey(index, text);
    case EditorChoice::Kind::Choice:
        return parseChoice(index, text);
    case EditorChoice::Kind::Boolean:
        return parseBoolean(index, text);
    default:
        return parseWithEditor(index, text);
    }
}

CellInputParser::Outcome CellInputParser::empty(const QModelIndex &index) const
{
    const EmptyValueRule rule = m_rules.value(index.column());
    if (rule.refusesEmpty())
        return {false, {}, tr("a value is required")};
    return {true, rule.emptyValue(index.data(Qt::EditRole).metaType()), {}};
}

CellInputParser::Outcome CellInputParser::parseForeignKey(const QModelIndex &index,
                                                         const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || wanted == ChoiceCombo::noneText())
        return m_cells->lookups()->isNullable(index.column()) ? Outcome{true, QVariant(), {}}
                                                              : Outcome{false, {}, tr("a value is required")};
    const ReferenceLookup lookup(m_cells->lookups()->database(),
                                 m_cells->lookups()->foreignKey(index.column()));
    QList<ReferenceLookup::Entry> matches;
    for (const ReferenceLookup::Entry &entry : lookup.search(wanted, 50)) {
        if (entry.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches << entry;
    }
    if (matches.size() == 1)
        return {true, matches.first().key, {}};
    if (matches.size() > 1) {
        return {false, {}, tr("%1 names %2 records: choose one in the cell")
                               .arg(quotedText(wanted)).arg(matches.size())};
    }
    // "#12", as the grid shows a key whose row has no name.
    if (wanted.startsWith(u'#')) {
        const ReferenceLookup::Entry entry = lookup.entryFor(wanted.mid(1));
        if (!entry.key.isNull())
            return {true, entry.key, {}};
    }
    return {false, {}, tr("nothing in %1 is named %2")
                           .arg(m_cells->lookups()->foreignKey(index.column()).referencedTable,
                                quotedText(wanted))};
}

CellInputParser::Outcome CellInputParser::parseChoice(const QModelIndex &index,
                                                     const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || wanted == ChoiceCombo::noneText())
        return m_cells->lookups()->isNullable(index.column()) ? Outcome{true, QVariant(), {}}
                                                              : Outcome{false, {}, tr("a value is required")};
    QStringList names;
    for (const QVariant &choice : m_cells->lookups()->choices(index.column())) {
        if (choice.toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return {true, choice, {}};
        names << choice.toString();
    }
    return {false, {}, tr("%1 is none of %2").arg(quotedText(wanted), names.join(QLatin1String(", ")))};
}

CellInputParser::Outcome CellInputParser::parseBoolean(const QModelIndex &index,
                                                      const QString &text) const
{
    const QString word = text.trimmed().toLower();
    const bool storesBool = m_cells->lookups()->storesBool(index.column());
    const auto value = [storesBool](bool on) { return storesBool ? QVariant(on) : QVariant(on ? 1 : 0); };
    if (word.isEmpty())
        return m_cells->lookups()->isNullable(index.column()) ? Outcome{true, QVariant(), {}}
                                                              : Outcome{false, {}, tr("a value is required")};
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
                                    QStringLiteral("x"), QStringLiteral("t")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
                                   QStringLiteral("f")};
    if (yes.contains(word) || word == tr("yes").toLower() || word == tr("true").toLower())
        return {true, value(true), {}};
    if (no.contains(word) || word == tr("no").toLower() || word == tr("false").toLower())
        return {true, value(false), {}};
    return {false, {}, tr("%1 is neither true nor false").arg(quotedText(text))};
}

QString CellInputParser::cNumber(const QString &text) const
{
    bool ok = false;
    m_locale.toDouble(text, &ok);
    if (!ok)
        return text;
    QString c = text;
    c.remove(m_locale.groupSeparator());
    c.replace(m_locale.decimalPoint(), QStringLiteral("."));
    c.replace(m_locale.negativeSign(), QStringLiteral("-"));
    return c;
}

QString CellInputParser::numberRefusal(const QModelIndex &index, const QString &text) const
{
    const ColumnBounds bounds = m_bounds.value(index.column());
    if (bounds.integral) {
        return tr("%1 is no whole number from %2 to %3")
            .arg(quotedText(text), m_locale.toString(bounds.minimum), m_locale.toString(bounds.maximum));
    }
    if (bounds.integerDigits >= 0) {
        return tr("%1 does not fit: the column takes at most %2 digits before the decimal point "
                  "and %3 after it")
            .arg(quotedText(text)).arg(bounds.integerDigits).arg(std::max(bounds.scale, 0));
    }
    return tr("%1 is not accepted here").arg(quotedText(text));
}

CellInputParser::Outcome CellInputParser::parseWithEditor(const QModelIndex &index,
                                                         const QString &text) const
{
    if (text.isEmpty())
        return empty(index);
    const QStyleOptionViewItem option = m_cells->cellOption(index);
    std::unique_ptr<QWidget> editor(m_cells->createEditor(m_scratch.get(), option, index));
    if (!editor)
        return {false, {}, tr("this cell cannot be edited")};
    m_cells->setEditorData(editor.get(), index);
    const ColumnBounds bounds = m_bounds.value(index.column());

    if (auto *edit = qobject_cast<QLineEdit *>(editor.get())) {
        // SQLite keeps dates as text: a date typed in the locale's form is stored in ISO form,
        // as the grid's own editors store it, never as the text it was written in.
        if (isDateType(bounds)) {
            const bool dateOnly = !bounds.type.toLower().contains(QLatin1String("time"));
            if (dateOnly) {
                const QDate d = readDate(m_locale, text.trimmed(), QString());
                if (d.isValid())
                    return {true, d.toString(Qt::ISODate), {}};
            } else {
                const QDateTime dt = readDateTime(m_locale, text.trimmed(), QString());
                if (dt.isValid())
                    return {true, dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), {}};
            }
            return {false, {}, tr("%1 is no date this column takes").arg(quotedText(text))};
        }
        if (edit->maxLength() < text.size()) {
            return {false, {}, tr("%1 is too long: the column takes at most %2 characters")
                                   .arg(quotedText(text)).arg(edit->maxLength())};
        }
        QString value = text;
        if (const QValidator *validator = edit->validator()) {
            int pos = 0;
            QString candidate = value;
            if (validator->validate(candidate, pos) != QValidator::Acceptable) {
                candidate = cNumber(text.trimmed());
                pos = 0;
                if (validator->validate(candidate, pos) != QValidator::Acceptable)
                    return {false, {}, numberRefusal(index, text)};
            }
            value = candidate;
        }
        return {true, value, {}};
    }

    if (auto *spin = qobject_cast<QSpinBox *>(editor.get())) {
        bool ok = false;
        qlonglong number = m_locale.toLongLong(text.trimmed(), &ok);
        if (!ok)
            number = text.trimmed().toLongLong(&ok);
        const auto *nullable = qobject_cast<NullableSpinBox *>(spin);
        // A nullable spin box keeps its minimum for NULL: the lowest number is one above.
        const qlonglong lowest = spin->minimum() + (nullable && nullable->isNullable() ? 1 : 0);
        if (!ok || number < lowest || number > spin->maximum())
            return {false, {}, numberRefusal(index, text)};
        return {true, number >= INT_MIN && number <= INT_MAX ? QVariant(int(number)) : QVariant(number),
                {}};
    }

    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get())) {
        const QString c = cNumber(text.trimmed());
        static const QRegularExpression decimal(QStringLiteral("^-?\\d+(\\.(\\d*))?$"));
        const QRegularExpressionMatch match = decimal.match(c);
        const bool ok = match.hasMatch() && match.captured(2).size() <= spin->decimals();
        const double number = c.toDouble();
        const auto *nullable = qobject_cast<NullableDoubleSpinBox *>(spin);
        const double step = std::pow(10.0, -spin->decimals());
        const double lowest = spin->minimum() + (nullable && nullable->isNullable() ? step : 0);
        if (!ok || number < lowest || number > spin->maximum() || !fitsDigits(number, bounds))
            return {false, {}, numberRefusal(index, text)};
        return {true, number, {}};
    }

    if (auto *dates = qobject_cast<QDateTimeEdit *>(editor.get())) {
        const QDateTimeEdit::Sections sections = dates->displayedSections();
        const bool hasDate = sections & QDateTimeEdit::DateSections_Mask;
        const bool hasTime = sections & QDateTimeEdit::TimeSections_Mask;
        if (hasDate && !hasTime) {
            const QDate d = readDate(m_locale, text.trimmed(), dates->displayFormat());
            if (d.isValid())
                return {true, d, {}};
        } else if (hasTime && !hasDate) {
            const QTime t = m_locale.toTime(text.trimmed(), dates->displayFormat());
            const QTime iso = QTime::fromString(text.trimmed(), Qt::ISODate);
            if (t.isValid() || iso.isValid())
                return {true, t.isValid() ? t : iso, {}};
        } else {
            const QDateTime dt = readDateTime(m_locale, text.trimmed(), dates->displayFormat());
            if (dt.isValid())
                return {true, dt, {}};
        }
        return {false, {}, tr("%1 is no date this column takes").arg(quotedText(text))};
    }

    if (qobject_cast<QComboBox *>(editor.get())) {
        // Qt's editor for a bool the lookups did not recognise.
        const Outcome outcome = parseBoolean(index, text);
        if (outcome.ok)
            return {true, EditorChoice::isTrue(outcome.value), {}};
        return outcome;
    }

    // Any other editor: the text through its own value property, as the delegate would read it.
    const QMetaProperty property = editor->metaObject()->userProperty();
    if (!property.isValid() || !property.write(editor.get(), text))
        return {false, {}, tr("%1 is not accepted here").arg(quotedText(text))};
    return {true, property.read(editor.get()), {}};
}

} // namespace concord
