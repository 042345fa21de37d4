// NullableDateTimeEdit: a date or date-time editor with a calendar popup that can also hold NULL.
#pragma once

#include <QDateTimeEdit>
#include <QVariant>

namespace concord {

// NULL is the minimum date-time, shown as "(none)": a NULL date stays NULL unless the user edits
// it. Stepping, typing a digit or opening the calendar on NULL starts from today; selecting all
// the text and pressing Delete or Backspace sets NULL again.
class NullableDateTimeEdit : public QDateTimeEdit
{
    Q_OBJECT
    Q_PROPERTY(QVariant nullableValue READ nullableValue WRITE setNullableValue USER true)
public:
    enum class Mode { Date, DateTime, Time };

    NullableDateTimeEdit(Mode mode, bool nullable, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isNullable() const { return m_nullable; }
    bool isNull() const;
    // A QDate (Date mode), QDateTime (DateTime mode) or QTime (Time mode), or a null QVariant.
    QVariant nullableValue() const;
    // Accepts QDate, QDateTime, QTime and ISO 8601 strings ("2024-05-31", "2024-05-31 14:30:00",
    // "14:30:00").
    void setNullableValue(const QVariant &value);
    void setNull();

    // Text typed only in part ("45" over a whole date-time) that Enter or leaving the field would
    // otherwise read: Qt puts back the last value it could read, a half-typed one. The field
    // goes back to the value from before the typing, says how it is typed, and true is returned.
    // An emptied nullable field (NULL) is no unfinished text.
    bool refuseUnfinishedText();
    // What a refusal says: how the field is typed, and that the value was not changed.
    QString refusalText() const;

    void stepBy(int steps) override;
    void clear() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void startFromNow();
    // A key that types a character (no Ctrl, Alt or Meta).
    static bool typesText(const QKeyEvent *event);
    // A key that only changes what the next key types (Shift, AltGr, a dead key).
    static bool isModifierKey(const QKeyEvent *event);
    bool replacesWholeText() const;
    void startRetyping();
    // `typed` is the separator just before the section Qt moved on to by itself.
    bool repeatsPassedSeparator(QChar typed) const;
    // A letter or a separator the display format does not have ("14.03.2026" typed into
    // "2026-03-14"): Qt would drop the key and put the digits after it into the wrong sections.
    bool isForeignKey(QChar typed) const;
    // Goes back to the value from before the typing, says how the field is typed, and takes no
    // more text until another key (Ctrl+A, Backspace, an arrow; not Shift, AltGr or a dead key)
    // or focus ends the refusal.
    void refuseTyping();
    void showRefusal();

    // The value when the typing began, and whether typed text is being refused.
    QDateTime m_beforeEdit;
    bool m_refusing = false;
    Mode m_mode;
    bool m_nullable;
};

} // namespace concord
