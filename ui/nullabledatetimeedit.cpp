// NullableDateTimeEdit: a date or date-time editor with a calendar popup that can also hold NULL.
#include "nullabledatetimeedit.h"

#include "numbertext.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>

namespace concord {

namespace {

// Far below any business date: it only marks NULL.
const QDateTime nullMarker(QDate(100, 1, 1), QTime(0, 0));
// The day a time of day (Time mode) is kept on, well above the marker.
const QDate timeDay(2000, 1, 1);

QDateTime parseDateTime(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime();
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate().startOfDay();
    if (value.metaType().id() == QMetaType::QTime)
        return QDateTime(timeDay, value.toTime());
    QString text = value.toString().trimmed();
    if (const QTime time = QTime::fromString(text, Qt::ISODateWithMs); time.isValid())
        return QDateTime(timeDay, time);
    // SQLite's own format puts a space between date and time; ISO 8601 wants a 'T'.
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (!dateTime.isValid())
        dateTime = QDate::fromString(text.left(10), Qt::ISODate).startOfDay();
    return dateTime;
}

} // namespace

NullableDateTimeEdit::NullableDateTimeEdit(Mode mode, bool nullable, QWidget *parent)
    : QDateTimeEdit(parent), m_mode(mode), m_nullable(nullable)
{
    // ISO order reads the same for every operator and sorts as text.
    setDisplayFormat(mode == Mode::Date       ? QStringLiteral("yyyy-MM-dd")
                     : mode == Mode::DateTime ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                              : QStringLiteral("HH:mm:ss"));
    // A time of day has no calendar to pick from.
    setCalendarPopup(mode != Mode::Time);
    setMinimumDateTime(nullMarker);
    if (m_nullable) {
        setSpecialValueText(tr("(none)"));
        setDateTime(nullMarker);
    } else {
        setDateTime(mode == Mode::Time ? QDateTime(timeDay, QTime(0, 0))
                                       : QDate::currentDate().startOfDay());
    }
    m_beforeEdit = dateTime();
}

bool NullableDateTimeEdit::isNull() const
{
    return m_nullable && dateTime() <= minimumDateTime();
}

QVariant NullableDateTimeEdit::nullableValue() const
{
    if (m_mode == Mode::Date)
        return isNull() ? QVariant(QMetaType::fromType<QDate>()) : QVariant(date());
    if (m_mode == Mode::Time)
        return isNull() ? QVariant(QMetaType::fromType<QTime>()) : QVariant(time());
    return isNull() ? QVariant(QMetaType::fromType<QDateTime>()) : QVariant(dateTime());
}

void NullableDateTimeEdit::setNullableValue(const QVariant &value)
{
    const QDateTime dateTime = value.isNull() ? QDateTime() : parseDateTime(value);
    if (!dateTime.isValid())
        setDateTime(m_nullable ? nullMarker : QDate::currentDate().startOfDay());
    else
        setDateTime(dateTime);
    m_beforeEdit = this->dateTime();
}

void NullableDateTimeEdit::setNull()
{
    if (m_nullable)
        setDateTime(nullMarker);
}

void NullableDateTimeEdit::clear()
{
    // QDateTimeEdit::clear() would blank one section; on a nullable editor "clear" means NULL.
    if (m_nullable)
        setNull();
    else
        QDateTimeEdit::clear();
}

void NullableDateTimeEdit::startFromNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QTime minute(now.time().hour(), now.time().minute());
    setDateTime(m_mode == Mode::Date       ? now.date().startOfDay()
                : m_mode == Mode::DateTime ? QDateTime(now.date(), minute)
                                           : QDateTime(timeDay, minute));
    setSelectedSection(sectionAt(0));
}

void NullableDateTimeEdit::stepBy(int steps)
{
    // From the NULL marker, a step would land in the year 100: start from today instead.
    if (isNull()) {
        startFromNow();
        return;
    }
    QDateTimeEdit::stepBy(steps);
}

void NullableDateTimeEdit::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && typesText(event)) {
        if (m_refusing || isForeignKey(event->text().at(0))) {
            if (!m_refusing)
                refuseTyping();
            event->accept();
            return;
        }
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
               && refuseUnfinishedText()) {
        m_refusing = false;
        event->accept();
        return;
    } else if (!isModifierKey(event)) {
        // Shift, AltGr or a dead key goes down on its own before the character it helps type
        // (':' is Shift+'.' on a German keyboard): it is part of the refused typing, not a key
        // that ends it. Ending there let the digits after it land in the first section.
        m_refusing = false;
    }
    if (m_nullable && !isReadOnly()) {
        const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
        const QLineEdit *edit = lineEdit();
        if (erase && !isNull() && edit->hasSelectedText()
            && edit->selectedText() == edit->text()) {
            setNull();
            event->accept();
            return;
        }
        // Typing a date over "(none)": start from today and let the digit go to the first section.
        if (isNull() && !event->text().isEmpty() && event->text().at(0).isDigit())
            startFromNow();
    }
    if (!isReadOnly() && !isNull() && typesText(event)) {
        const QChar typed = event->text().at(0);
        if (typed.isDigit() && replacesWholeText()) {
            startRetyping();
        } else if (!typed.isLetterOrNumber() && repeatsPassedSeparator(typed)) {
            // Qt moved on to this section by itself when the last one was full; the separator
            // the user types after it would move on once more, and the next digits would land
            // one section too far ("09:45" into the seconds).
            event->accept();
            return;
        }
    }
    QDateTimeEdit::keyPressEvent(event);
}

bool NullableDateTimeEdit::isForeignKey(QChar typed) const
{
    if (typed.isDigit() || typed.isSpace())
        return false;
    for (const QChar ch : displayFormat()) {
        if (!ch.isLetter() && ch == typed)
            return false;
    }
    return true;
}

void NullableDateTimeEdit::refuseTyping()
{
    m_refusing = true;
    setDateTime(m_beforeEdit);
    selectAll();
    showRefusal();
}

bool NullableDateTimeEdit::refuseUnfinishedText()
{
    if (isReadOnly() || hasAcceptableInput()
        || (m_nullable && text().trimmed().isEmpty()))
        return false;
    setDateTime(m_beforeEdit);
    selectAll();
    showRefusal();
    return true;
}

QString NullableDateTimeEdit::refusalText() const
{
    const QDateTime example(QDate(2026, 3, 14), QTime(9, 45));
    return tr("Type the value as the field shows it, for example %1. The value was not changed.")
        .arg(example.toString(displayFormat()));
}

void NullableDateTimeEdit::showRefusal()
{
    NumberText::refuseWith(this, refusalText());
}

bool NullableDateTimeEdit::typesText(const QKeyEvent *event)
{
    return !event->text().isEmpty() && event->text().at(0).isPrint()
        && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
}

bool NullableDateTimeEdit::isModifierKey(const QKeyEvent *event)
{
    if (!event->text().isEmpty())
        return false;
    const int key = event->key();
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Mode_switch:
        return true;
    default:
        return key >= Qt::Key_Dead_Grave && key <= Qt::Key_Dead_Longsolidusoverlay;
    }
}

bool NullableDateTimeEdit::replacesWholeText() const
{
    const QLineEdit *edit = lineEdit();
    return edit->hasSelectedText() && edit->selectedText() == edit->text();
}

void NullableDateTimeEdit::startRetyping()
{
    // QDateTimeEdit refuses a digit that would replace the whole text (one digit is no date),
    // so the first section typed after Ctrl+A was lost. Typing over everything starts at the
    // first section, and what the user does not retype below the minute is zero: "09:45"
    // typed is 09:45:00, not 09:45 and the old seconds.
    if (m_mode != Mode::Date) {
        const QTime shown = time();
        setTime(QTime(shown.hour(), shown.minute()));
    }
    setCurrentSectionIndex(0);
    setSelectedSection(sectionAt(0));
}

bool NullableDateTimeEdit::repeatsPassedSeparator(QChar typed) const
{
    const int index = currentSectionIndex();
    if (index <= 0)
        return false;
    // The section Qt moved on to is selected whole, and untouched yet.
    const QLineEdit *edit = lineEdit();
    const int start = edit->selectionStart();
    if (start <= 0 || edit->selectedText() != sectionText(sectionAt(index)))
        return false;
    return edit->text().at(start - 1) == typed;
}

void NullableDateTimeEdit::focusOutEvent(QFocusEvent *event)
{
    m_refusing = false;
    // Leaving reads the text as Enter does; the calendar popup taking the focus does not.
    if (event->reason() != Qt::PopupFocusReason)
        refuseUnfinishedText();
    QDateTimeEdit::focusOutEvent(event);
}

void NullableDateTimeEdit::mousePressEvent(QMouseEvent *event)
{
    // The calendar would open in the NULL marker's year 100: open it on today instead.
    if (isNull() && !isReadOnly() && event->button() == Qt::LeftButton) {
        QStyleOptionComboBox option;
        option.initFrom(this);
        option.editable = true;
        option.subControls = QStyle::SC_All;
        const QStyle::SubControl hit = style()->hitTestComplexControl(
            QStyle::CC_ComboBox, &option, event->position().toPoint(), this);
        if (hit == QStyle::SC_ComboBoxArrow)
            startFromNow();
    }
    QDateTimeEdit::mousePressEvent(event);
}

void NullableDateTimeEdit::focusInEvent(QFocusEvent *event)
{
    m_beforeEdit = dateTime();
    m_refusing = false;
    QDateTimeEdit::focusInEvent(event);
    // Only while still NULL: a view opening the editor for a typed key sends that key right
    // after the focus, and the digit starts a date from today with the year selected. Selecting
    // everything after it made the next digit retype the field, and the year typed was lost.
    if (isNull()) {
        QTimer::singleShot(0, this, [this] {
            if (isNull())
                selectAll();
        });
    }
}

} // namespace concord
