// FieldEditorFactory: picks, builds and reads the editor widget for one table column of a record form.
#include "fieldeditorfactory.h"

#include "columnlimits.h"
#include "emptyvaluerule.h"
#include "nullabledatetimeedit.h"
#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSqlDatabase>
#include <QSqlTableModel>

#include <cmath>
#include <limits>

namespace concord {

namespace {

// What the factory remembers on each editor, as dynamic properties: the widget stays a plain
// Qt one.
constexpr char kindProperty[] = "concordKind";
constexpr char editedProperty[] = "concordEdited";
constexpr char loadingProperty[] = "concordLoading";
constexpr char storeAsTextProperty[] = "concordStoreAsText";
constexpr char readOnlyProperty[] = "concordReadOnly";
constexpr char emptyRuleProperty[] = "concordEmptyRule";

bool isNumberStorage(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool fitsInInt(const QVariant &value)
{
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    return !ok || (number > std::numeric_limits<int>::min()
                   && number <= std::numeric_limits<int>::max());
}

// SQLite declares DATE, TIMESTAMP, DECIMAL, BIGINT... as QString fields: its columns have
// affinities, not types. The values tell: ISO 8601 text is a date, and a column that keeps
// numbers as numbers cannot have TEXT affinity. Without values, naming conventions decide.
FieldEditorFactory::Kind classifyText(const QSqlField &field, const QVariantList &samples)
{
    using Kind = FieldEditorFactory::Kind;
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$"));
    static const QRegularExpression dateName(QStringLiteral("(^date$|^date_|_date$|_on$|birthday)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateTimeName(QStringLiteral("(_at$|timestamp|datetime)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression longTextName(
        QStringLiteral("(^|_)(notes?|descriptions?|desc|comments?|remarks?|memo|details)($|_)"),
        QRegularExpression::CaseInsensitiveOption);

    int values = 0;
    int numbers = 0;
    int decimals = 0;
    int dates = 0;
    int dateTimes = 0;
    for (const QVariant &sample : samples) {
        if (sample.isNull())
            continue;
        ++values;
        if (isNumberStorage(sample)) {
            ++numbers;
            if (sample.metaType().id() == QMetaType::Double
                || sample.metaType().id() == QMetaType::Float)
                ++decimals;
            continue;
        }
        const QString text = sample.toString().trimmed();
        if (date.match(text).hasMatch())
            ++dates;
        else if (dateTime.match(text).hasMatch())
            ++dateTimes;
    }
    if (values > 0 && numbers == values)
        return decimals > 0 ? Kind::Decimal : Kind::BigInteger;
    if (values > 0 && dates == values)
        return Kind::Date;
    if (values > 0 && dates + dateTimes == values)
        return Kind::DateTime;
    if (values == 0 && dateTimeName.match(field.name()).hasMatch())
        return Kind::DateTime;
    if (values == 0 && dateName.match(field.name()).hasMatch())
        return Kind::Date;
    if (field.length() > 255
        || (field.length() <= 0 && longTextName.match(field.name()).hasMatch()))
        return Kind::LongText;
    return Kind::Text;
}

// The largest magnitude a NUMERIC(precision, scale) holds; a large default for REAL and bare
// NUMERIC.
double decimalLimit(const QSqlField &field, int decimals)
{
    if (field.length() > 0 && field.precision() >= 0 && field.length() > field.precision()
        && field.length() <= 15)
        return std::pow(10.0, field.length() - field.precision()) - std::pow(10.0, -decimals);
    return 1e12;
}

} // namespace

FieldEditorFactory::FieldEditorFactory(const QString &connectionName, const QString &table,
                                       QObject *parent)
    : QObject(parent), m_connectionName(connectionName), m_table(table)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QList<ForeignKey> keys = TableSchema::foreignKeys(db, m_table);
    for (const ForeignKey &key : keys)
        m_foreignKeys.insert(key.column, key);
    m_bounds = ColumnBounds::ofTable(db, m_table);
}

FieldEditorFactory::Kind FieldEditorFactory::kindOf(const QSqlField &field,
                                                    const QVariantList &samples) const
{
    if (m_foreignKeys.contains(field.name()))
        return Kind::ForeignKey;
    switch (field.metaType().id()) {
    case QMetaType::Bool:
        return Kind::Boolean;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        // SQLite's INTEGER is Int to Qt but holds 64 bits: a large value needs the wide editor.
        for (const QVariant &sample : samples) {
            if (!sample.isNull() && !fitsInInt(sample))
                return Kind::BigInteger;
        }
        return Kind::Integer;
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Kind::BigInteger;
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Decimal;
    case QMetaType::QDate:
        return Kind::Date;
    case QMetaType::QDateTime:
        return Kind::DateTime;
    default:
        return classifyText(field, samples);
    }
}

QWidget *FieldEditorFactory::createEditor(const QSqlField &field, const QVariantList &samples,
                                          QWidget *parent)
{
    const Kind kind = kindOf(field, samples);
    const bool nullable = field.requiredStatus() != QSqlField::Required;
    QWidget *editor = nullptr;
    switch (kind) {
    case Kind::Text: {
        auto *edit = new QLineEdit(parent);
        if (field.length() > 0)
            edit->setMaxLength(int(field.length()));
        editor = edit;
        break;
    }
    case Kind::LongText: {
        auto *edit = new QPlainTextEdit(parent);
        // In a form, Tab moves on; a tab character is rarely what an operator means.
        edit->setTabChangesFocus(true);
        const int lines = 4;
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines
                             + int(edit->document()->documentMargin() * 2)
                             + edit->frameWidth() * 2);
        editor = edit;
        break;
    }
    case Kind::Integer:
        editor = new NullableSpinBox(nullable, parent);
        break;
    case Kind::BigInteger: {
        // QSpinBox stops at 32 bits and QIntValidator too: a line edit that takes digits only.
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("-?\\d{0,19}")), edit));
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        editor = edit;
        break;
    }
    case Kind::Decimal: {
        const int decimals = field.precision() > 0 ? qMin(int(field.precision()), 8) : 2;
        editor = new NullableDoubleSpinBox(nullable, decimals, decimalLimit(field, decimals),
                                           parent);
        break;
    }
    case Kind::Date:
    case Kind::DateTime:
        editor = new NullableDateTimeEdit(kind == Kind::Date ? NullableDateTimeEdit::Mode::Date
                                                             : NullableDateTimeEdit::Mode::DateTime,
                                          nullable, parent);
        // Keep SQLite's text dates as text, in the format they came in.
        editor->setProperty(storeAsTextProperty, field.metaType().id() == QMetaType::QString);
        break;
    case Kind::Boolean:
        editor = new QCheckBox(parent);
        break;
    case Kind::ForeignKey:
        editor = createForeignKeyEditor(field, nullable, parent);
        break;
    }
    ColumnLimits::apply(editor, m_bounds.value(field.name()));
    editor->setObjectName(field.name());
    editor->setProperty(kindProperty, int(kind));
    editor->setProperty(emptyRuleProperty, int(EmptyValueRule::forColumn(field).outcome()));
    watch(editor);
    return editor;
}

QWidget *FieldEditorFactory::createForeignKeyEditor(const QSqlField &field, bool nullable,
                                                    QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    combo->setMaxVisibleItems(20);
    if (nullable)
        combo->addItem(tr("(none)"), QVariant());

    const ForeignKey key = m_foreignKeys.value(field.name());
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString displayColumn = TableSchema::displayColumn(db, key.referencedTable);
    // A throwaway read-only model: fetched to the end and dropped at once, so no unfinished
    // SELECT keeps a SQLite read lock that would block other windows' saves.
    QSqlTableModel rows(nullptr, db);
    rows.setTable(key.referencedTable);
    const int keyColumn = rows.fieldIndex(key.referencedColumn);
    const int textColumn = rows.fieldIndex(displayColumn);
    if (textColumn >= 0)
        rows.setSort(textColumn, Qt::AscendingOrder);
    if (keyColumn >= 0 && rows.select()) {
        while (rows.canFetchMore())
            rows.fetchMore();
        for (int row = 0; row < rows.rowCount(); ++row) {
            const QVariant id = rows.data(rows.index(row, keyColumn));
            QString text = textColumn >= 0 ? rows.data(rows.index(row, textColumn)).toString()
                                           : QString();
            if (text.isEmpty() || textColumn == keyColumn)
                text = tr("#%1").arg(id.toString());
            combo->addItem(text, id);
            combo->setItemData(combo->count() - 1,
                               tr("%1 #%2").arg(key.referencedTable, id.toString()),
                               Qt::ToolTipRole);
        }
    }
    return combo;
}

void FieldEditorFactory::watch(QWidget *editor)
{
    auto changed = [this, editor] { markEdited(editor); };
    // Programmatic changes (loads) are filtered in markEdited, so tests may set text directly.
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        connect(number, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(editor))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
}

void FieldEditorFactory::markEdited(QWidget *editor)
{
    if (editor->property(loadingProperty).toBool())
        return;
    const bool wasEdited = isEdited(editor);
    editor->setProperty(editedProperty, true);
    if (!wasEdited)
        Q_EMIT editStateChanged(editor);
    Q_EMIT edited(editor);
}

QVariant FieldEditorFactory::value(const QWidget *editor)
{
    switch (kindOfEditor(editor)) {
    case Kind::Text: {
        const QString text = static_cast<const QLineEdit *>(editor)->text();
        // An emptied field stores what its column calls empty: NULL where it may.
        return text.isEmpty() ? emptyRule(editor).emptyValue(QMetaType::fromType<QString>())
                              : QVariant(text);
    }
    case Kind::LongText: {
        const QString text = static_cast<const QPlainTextEdit *>(editor)->toPlainText();
        return text.isEmpty() ? emptyRule(editor).emptyValue(QMetaType::fromType<QString>())
                              : QVariant(text);
    }
    case Kind::BigInteger: {
        const QString text = static_cast<const QLineEdit *>(editor)->text().trimmed();
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(QMetaType::fromType<qlonglong>());
    }
    case Kind::Integer:
        return static_cast<const NullableSpinBox *>(editor)->nullableValue();
    case Kind::Decimal:
        return static_cast<const NullableDoubleSpinBox *>(editor)->nullableValue();
    case Kind::Date:
    case Kind::DateTime: {
        const auto *edit = static_cast<const NullableDateTimeEdit *>(editor);
        const QVariant result = edit->nullableValue();
        if (!editor->property(storeAsTextProperty).toBool())
            return result;
        if (result.isNull())
            return QVariant(QMetaType::fromType<QString>());
        // SQLite's date functions read and write exactly these two forms.
        return edit->mode() == NullableDateTimeEdit::Mode::Date
                   ? result.toDate().toString(QStringLiteral("yyyy-MM-dd"))
                   : result.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case Kind::Boolean:
        return static_cast<const QCheckBox *>(editor)->isChecked();
    case Kind::ForeignKey: {
        const auto *combo = static_cast<const QComboBox *>(editor);
        return combo->currentIndex() < 0 ? QVariant() : combo->currentData();
    }
    }
    return {};
}

void FieldEditorFactory::setValue(QWidget *editor, const QVariant &value)
{
    editor->setProperty(loadingProperty, true);
    // A typed NULL from a driver converts to "0" for numbers: show nothing instead.
    const QString text = value.isNull() ? QString() : value.toString();
    switch (kindOfEditor(editor)) {
    case Kind::Text:
    case Kind::BigInteger: {
        auto *edit = static_cast<QLineEdit *>(editor);
        edit->setText(text);
        edit->setCursorPosition(0);
        // Tells NULL from an empty text, as the other editors' "(none)" does.
        edit->setPlaceholderText(value.isNull() ? tr("(none)") : QString());
        break;
    }
    case Kind::LongText: {
        auto *edit = static_cast<QPlainTextEdit *>(editor);
        edit->setPlainText(text);
        edit->setPlaceholderText(value.isNull() ? tr("(none)") : QString());
        break;
    }
    case Kind::Integer:
        static_cast<NullableSpinBox *>(editor)->setNullableValue(value);
        break;
    case Kind::Decimal:
        static_cast<NullableDoubleSpinBox *>(editor)->setNullableValue(value);
        break;
    case Kind::Date:
    case Kind::DateTime:
        static_cast<NullableDateTimeEdit *>(editor)->setNullableValue(value);
        break;
    case Kind::Boolean: {
        // SQLite keeps booleans as 0/1, sometimes as 't'/'true' text from other tools.
        const QString word = text.trimmed().toLower();
        const bool on = value.metaType().id() == QMetaType::Bool
                            ? value.toBool()
                            : (word == QLatin1String("t") || word == QLatin1String("true")
                               || word == QLatin1String("y") || word == QLatin1String("yes")
                               || value.toLongLong() != 0);
        static_cast<QCheckBox *>(editor)->setChecked(on);
        break;
    }
    case Kind::ForeignKey: {
        auto *combo = static_cast<QComboBox *>(editor);
        int index = -1;
        // Keys come back as int, qlonglong or text depending on the driver: compare as text.
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant data = combo->itemData(i);
            if (data.isNull() == value.isNull()
                && (value.isNull() || data.toString() == value.toString())) {
                index = i;
                break;
            }
        }
        // A row added since the list was read: still show the key rather than a wrong name.
        if (index < 0 && !value.isNull()) {
            combo->addItem(tr("#%1").arg(value.toString()), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    }
    editor->setProperty(loadingProperty, false);
    if (isEdited(editor)) {
        editor->setProperty(editedProperty, false);
        Q_EMIT editStateChanged(editor);
    }
}

void FieldEditorFactory::clearEdited(QWidget *editor)
{
    if (!isEdited(editor))
        return;
    editor->setProperty(editedProperty, false);
    Q_EMIT editStateChanged(editor);
}

EmptyValueRule FieldEditorFactory::emptyRule(const QWidget *editor)
{
    const QVariant outcome = editor ? editor->property(emptyRuleProperty) : QVariant();
    return outcome.isValid() ? EmptyValueRule(EmptyValueRule::Outcome(outcome.toInt()))
                             : EmptyValueRule();
}

bool FieldEditorFactory::isEmptyButRequired(const QVariant &value, const QWidget *editor)
{
    if (!editor || isReadOnly(editor) || !emptyRule(editor).refusesEmpty())
        return false;
    switch (kindOfEditor(editor)) {
    case Kind::Text:
    case Kind::LongText:
    case Kind::BigInteger:
        return EmptyValueRule::isEmpty(value);
    default:
        // The other editors of a NOT NULL column offer no empty state; the database decides.
        return false;
    }
}

bool FieldEditorFactory::isEdited(const QWidget *editor)
{
    return editor && editor->property(editedProperty).toBool();
}

FieldEditorFactory::Kind FieldEditorFactory::kindOfEditor(const QWidget *editor)
{
    return Kind(editor->property(kindProperty).toInt());
}

void FieldEditorFactory::setReadOnly(QWidget *editor, bool readOnly)
{
    editor->setProperty(readOnlyProperty, readOnly);
    // Read-only fields look like the window behind them, so nobody tries to type into them.
    QPalette palette;
    if (readOnly)
        palette.setColor(QPalette::Base, editor->palette().color(QPalette::Window));
    editor->setPalette(palette);
    if (auto *date = qobject_cast<QDateTimeEdit *>(editor))
        date->setCalendarPopup(!readOnly);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setReadOnly(readOnly);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setReadOnly(readOnly);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                        : QAbstractSpinBox::UpDownArrows);
    } else {
        // Check boxes and combo boxes have no read-only mode: disabled says the same.
        editor->setEnabled(!readOnly);
    }
}

bool FieldEditorFactory::isReadOnly(const QWidget *editor)
{
    return editor->property(readOnlyProperty).toBool();
}

QString FieldEditorFactory::labelText(const QString &column, bool foreignKey)
{
    QString name = column;
    if (foreignKey && name.size() > 3 && name.endsWith(QLatin1String("_id"), Qt::CaseInsensitive))
        name.chop(3);
    // camelCase and snake_case both read as words.
    static const QRegularExpression camel(QStringLiteral("([a-z0-9])([A-Z])"));
    name.replace(camel, QStringLiteral("\\1 \\2"));
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    QStringList words = name.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word == QLatin1String("id"))
            word = QStringLiteral("ID");
    }
    QString text = words.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text.isEmpty() ? column : text;
}

} // namespace concord
