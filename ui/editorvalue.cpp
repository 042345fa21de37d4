// EditorValue: widget <-> QVariant for every editor kind, and the edited/read-only flags on the widget.
#include "editorvalue.h"

#include "choicecombo.h"
#include "lookupcombo.h"
#include "nullabledatetimeedit.h"
#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"
#include "numbertext.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlField>

#include <algorithm>

namespace concord {

namespace {

// What is remembered on each editor, as dynamic properties: the widget stays a plain Qt one.
constexpr char kindProperty[] = "concordKind";
constexpr char editedProperty[] = "concordEdited";
constexpr char loadingProperty[] = "concordLoading";
constexpr char storeAsTextProperty[] = "concordStoreAsText";
constexpr char readOnlyProperty[] = "concordReadOnly";
constexpr char emptyRuleProperty[] = "concordEmptyRule";
constexpr char maxLengthProperty[] = "concordMaxLength";

} // namespace

void EditorValue::prepare(QWidget *editor, Kind kind, const QSqlField &field)
{
    editor->setObjectName(field.name());
    editor->setProperty(kindProperty, int(kind));
    editor->setProperty(emptyRuleProperty, int(EmptyValueRule::forColumn(field).outcome()));
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor);
        edit && edit->maxLength() < 32767)
        editor->setProperty(maxLengthProperty, edit->maxLength());
    // Keep SQLite's text dates as text, in the format they came in.
    if (kind == Kind::Date || kind == Kind::DateTime || kind == Kind::Time)
        editor->setProperty(storeAsTextProperty, field.metaType().id() == QMetaType::QString);
}

QVariant EditorValue::value(const QWidget *editor)
{
    switch (kindOf(editor)) {
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
        const NumberText::Reading reading = NumberText::readInteger(text, editor->locale());
        if (reading.state == NumberText::State::Number)
            return QVariant(qlonglong(reading.integer));
        if (reading.state == NumberText::State::Empty)
            return QVariant(QMetaType::fromType<qlonglong>());
        // Not a whole number: sent as typed, so the model refuses it with a message naming the
        // field, where NULL would be saved without a word.
        return QVariant(text);
    }
    case Kind::Integer:
        return static_cast<const NullableSpinBox *>(editor)->nullableValue();
    case Kind::Decimal:
        return static_cast<const NullableDoubleSpinBox *>(editor)->nullableValue();
    case Kind::Date:
    case Kind::DateTime:
    case Kind::Time: {
        const auto *edit = static_cast<const NullableDateTimeEdit *>(editor);
        const QVariant result = edit->nullableValue();
        if (!editor->property(storeAsTextProperty).toBool())
            return result;
        if (result.isNull())
            return QVariant(QMetaType::fromType<QString>());
        // SQLite's date and time functions read and write exactly these forms.
        switch (edit->mode()) {
        case NullableDateTimeEdit::Mode::Date:
            return result.toDate().toString(QStringLiteral("yyyy-MM-dd"));
        case NullableDateTimeEdit::Mode::Time:
            return result.toTime().toString(QStringLiteral("HH:mm:ss"));
        case NullableDateTimeEdit::Mode::DateTime:
            break;
        }
        return result.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case Kind::Boolean: {
        const auto *check = static_cast<const QCheckBox *>(editor);
        // A nullable column's box is tri-state: partly checked is NULL, as in the grid.
        if (check->isTristate() && check->checkState() == Qt::PartiallyChecked)
            return QVariant(QMetaType::fromType<bool>());
        return check->isChecked();
    }
    case Kind::ForeignKey: {
        if (const auto *lookup = qobject_cast<const LookupCombo *>(editor))
            return lookup->key();
        const auto *combo = static_cast<const QComboBox *>(editor);
        return combo->currentIndex() < 0 ? QVariant() : combo->currentData();
    }
    case Kind::Choice:
        return static_cast<const ChoiceCombo *>(editor)->value();
    }
    return {};
}

bool EditorValue::load(QWidget *editor, const QVariant &value)
{
    editor->setProperty(loadingProperty, true);
    // A typed NULL from a driver converts to "0" for numbers: show nothing instead.
    const QString text = value.isNull() ? QString() : value.toString();
    switch (kindOf(editor)) {
    case Kind::Text:
    case Kind::BigInteger: {
        auto *edit = static_cast<QLineEdit *>(editor);
        // QLineEdit cuts text to its maxLength. SQLite keeps a VARCHAR(n) value longer than n
        // whole: show it whole, so an edit elsewhere in it does not cut it. Only what the user
        // types is held to n (LengthHint).
        const int declared = editor->property(maxLengthProperty).toInt();
        if (declared > 0)
            edit->setMaxLength(int(std::max<qsizetype>(declared, text.size())));
        edit->setText(text);
        edit->setCursorPosition(0);
        // Tells NULL from an empty text, as the other editors' "(none)" does.
        edit->setPlaceholderText(value.isNull() ? QCoreApplication::translate("FieldEditorFactory", "(none)") : QString());
        break;
    }
    case Kind::LongText: {
        auto *edit = static_cast<QPlainTextEdit *>(editor);
        edit->setPlainText(text);
        edit->setPlaceholderText(value.isNull() ? QCoreApplication::translate("FieldEditorFactory", "(none)") : QString());
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
    case Kind::Time:
        static_cast<NullableDateTimeEdit *>(editor)->setNullableValue(value);
        break;
    case Kind::Boolean: {
        auto *check = static_cast<QCheckBox *>(editor);
        check->setCheckState(value.isNull() && check->isTristate() ? Qt::PartiallyChecked
                             : EditorChoice::isTrue(value)         ? Qt::Checked
                                                                   : Qt::Unchecked);
        break;
    }
    case Kind::ForeignKey:
        if (auto *lookup = qobject_cast<LookupCombo *>(editor)) {
            lookup->setKey(value);
        } else {
            auto *combo = static_cast<QComboBox *>(editor);
            combo->setCurrentIndex(combo->findData(value));
        }
        break;
    case Kind::Choice:
        static_cast<ChoiceCombo *>(editor)->setValue(value);
        break;
    }
    editor->setProperty(loadingProperty, false);
    return setEdited(editor, false);
}

bool EditorValue::isPrepared(const QWidget *editor)
{
    return editor && editor->property(kindProperty).isValid();
}

bool EditorValue::isLoading(const QWidget *editor)
{
    return editor->property(loadingProperty).toBool();
}

bool EditorValue::isEdited(const QWidget *editor)
{
    return editor && editor->property(editedProperty).toBool();
}

bool EditorValue::setEdited(QWidget *editor, bool edited)
{
    if (isEdited(editor) == edited)
        return false;
    editor->setProperty(editedProperty, edited);
    return true;
}

EmptyValueRule EditorValue::emptyRule(const QWidget *editor)
{
    const QVariant outcome = editor ? editor->property(emptyRuleProperty) : QVariant();
    return outcome.isValid() ? EmptyValueRule(EmptyValueRule::Outcome(outcome.toInt()))
                             : EmptyValueRule();
}

bool EditorValue::isEmptyButRequired(const QVariant &value, const QWidget *editor)
{
    if (!editor || isReadOnly(editor) || !emptyRule(editor).refusesEmpty())
        return false;
    switch (kindOf(editor)) {
    case Kind::Text:
    case Kind::LongText:
    case Kind::BigInteger:
        return EmptyValueRule::isEmpty(value);
    default:
        // The other editors of a NOT NULL column offer no empty state; the database decides.
        return false;
    }
}

EditorValue::Kind EditorValue::kindOf(const QWidget *editor)
{
    return Kind(editor->property(kindProperty).toInt());
}

void EditorValue::setReadOnly(QWidget *editor, bool readOnly)
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

bool EditorValue::isReadOnly(const QWidget *editor)
{
    return editor->property(readOnlyProperty).toBool();
}

} // namespace concord
