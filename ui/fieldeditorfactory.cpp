// FieldEditorFactory: builds each column's editor widget of a record form and watches it for edits.
#include "fieldeditorfactory.h"

#include "choicecombo.h"
#include "columnlimits.h"
#include "lookupcombo.h"
#include "nullablecheckbox.h"
#include "nullabledatetimeedit.h"
#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSqlDatabase>

#include <limits>

namespace concord {

FieldEditorFactory::FieldEditorFactory(const QString &connectionName, const QString &table,
                                       QObject *parent)
    : QObject(parent), m_connectionName(connectionName), m_table(table)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QList<ForeignKey> keys = TableSchema::foreignKeys(db, m_table);
    for (const ForeignKey &key : keys)
        m_foreignKeys.insert(key.column, key);
    m_bounds = ColumnBounds::ofTable(db, m_table);
    m_allowedValues = TableSchema::allowedValues(db, m_table);
}

FieldEditorFactory::Kind FieldEditorFactory::kindOf(const QSqlField &field,
                                                    const QVariantList &samples) const
{
    return EditorChoice::kindOf(field, samples, m_foreignKeys.contains(field.name()),
                                m_allowedValues.contains(field.name()),
                                m_bounds.value(field.name()));
}

QWidget *FieldEditorFactory::createEditor(const QSqlField &field, const QVariantList &samples,
                                          QWidget *parent)
{
    const Kind kind = kindOf(field, samples);
    const bool nullable = field.requiredStatus() != QSqlField::Required;
    QWidget *editor = nullptr;
    switch (kind) {
    case Kind::ForeignKey:
        editor = new LookupCombo(QSqlDatabase::database(m_connectionName, false),
                                 m_foreignKeys.value(field.name()), nullable, parent);
        break;
    case Kind::Choice:
        editor = new ChoiceCombo(m_allowedValues.value(field.name()), nullable, parent);
        break;
    default:
        editor = createValueEditor(kind, field, m_bounds.value(field.name()), parent);
        watch(editor);
        return editor;
    }
    ColumnLimits::apply(editor, m_bounds.value(field.name()));
    EditorValue::prepare(editor, kind, field);
    watch(editor);
    return editor;
}

QWidget *FieldEditorFactory::createValueEditor(Kind kind, const QSqlField &field,
                                               const ColumnBounds &bounds, QWidget *parent)
{
    const bool nullable = field.requiredStatus() != QSqlField::Required;
    QWidget *editor = nullptr;
    switch (kind) {
    case Kind::Text:
    case Kind::ForeignKey:
    case Kind::Choice: {
        auto *edit = new QLineEdit(parent);
        if (field.length() > 0)
            edit->setMaxLength(int(field.length()));
        editor = edit;
        kind = Kind::Text;
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
        // QPSQL gives NUMERIC(p,s)'s s as the precision (ColumnLimits sets it from the
        // declaration too); REAL and DOUBLE keep every digit they have.
        const int decimals = field.precision() > 0 ? qMin(int(field.precision()), 10) : -1;
        auto *number = new NullableDoubleSpinBox(nullable, decimals,
                                                 std::numeric_limits<double>::max(), parent);
        number->setColumnLabel(labelText(field.name()));
        editor = number;
        break;
    }
    case Kind::Date:
    case Kind::DateTime:
    case Kind::Time:
        editor = new NullableDateTimeEdit(kind == Kind::Date       ? NullableDateTimeEdit::Mode::Date
                                          : kind == Kind::DateTime ? NullableDateTimeEdit::Mode::DateTime
                                                                   : NullableDateTimeEdit::Mode::Time,
                                          nullable, parent);
        break;
    case Kind::Boolean:
        editor = new NullableCheckBox(nullable, parent);
        break;
    }
    ColumnLimits::apply(editor, bounds);
    EditorValue::prepare(editor, kind, field);
    return editor;
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
        connect(check, &QCheckBox::stateChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
}

void FieldEditorFactory::markEdited(QWidget *editor)
{
    if (EditorValue::isLoading(editor))
        return;
    if (EditorValue::setEdited(editor, true))
        Q_EMIT editStateChanged(editor);
    Q_EMIT edited(editor);
}

void FieldEditorFactory::setValue(QWidget *editor, const QVariant &value)
{
    if (EditorValue::load(editor, value))
        Q_EMIT editStateChanged(editor);
}

void FieldEditorFactory::clearEdited(QWidget *editor)
{
    if (EditorValue::setEdited(editor, false))
        Q_EMIT editStateChanged(editor);
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
