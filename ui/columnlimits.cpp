// ColumnLimits: sets maxLength, validators and spin box ranges from a column's ColumnBounds.
#include "columnlimits.h"

#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"
#include "numbertext.h"

#include <QApplication>
#include <QKeyEvent>

#include <QAbstractProxyModel>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace concord {

namespace {

// A whole number within [lowest, highest]: QIntValidator stops at 32 bits. Every integer
// type's range holds 0, so a number past an end only grows with more digits: refused at once.
class IntegerRangeValidator : public QValidator
{
public:
    IntegerRangeValidator(qint64 lowest, qint64 highest, QObject *parent)
        : QValidator(parent), m_lowest(lowest), m_highest(highest)
    {
    }

    State validate(QString &input, int &) const override
    {
        const NumberText::Reading reading = NumberText::readInteger(input, locale());
        switch (reading.state) {
        case NumberText::State::Empty:
            // NULL; a NOT NULL column's rule refuses it with its own message.
            return Acceptable;
        case NumberText::State::Unfinished:
        // Kept as typed, so "12.5" never becomes 125; Enter leaves it, the model refuses it.
        case NumberText::State::Foreign:
            return Intermediate;
        case NumberText::State::Invalid:
            return Invalid;
        case NumberText::State::Number:
            break;
        }
        if (reading.integer > m_highest || reading.integer < m_lowest)
            return Invalid;
        return Acceptable;
    }

private:
    qint64 m_lowest;
    qint64 m_highest;
};

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(),
                                  std::numeric_limits<int>::max()));
}

// At VARCHAR(n)'s n characters, a typed key beeps and the tooltip says why: QLineEdit alone
// drops the key without a word.
class LengthHint : public QObject
{
public:
    explicit LengthHint(QLineEdit *edit) : QObject(edit)
    {
        edit->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *edit = static_cast<QLineEdit *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (printable && !edit->hasSelectedText() && edit->text().size() >= edit->maxLength()) {
            QApplication::beep();
            if (edit->isVisible())
                QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())),
                                   edit->toolTip(), edit);
        }
        return false;
    }

};

void limitLineEdit(QLineEdit *edit, const ColumnBounds &bounds)
{
    if (bounds.maxLength > 0) {
        edit->setMaxLength(bounds.maxLength);
        edit->setToolTip(QCoreApplication::translate("concord::ColumnLimits",
                                                     "At most %n character(s)", nullptr,
                                                     bounds.maxLength));
        new LengthHint(edit);
    }
    QValidator *validator = nullptr;
    if (bounds.integral) {
        validator = new IntegerRangeValidator(bounds.minimum, bounds.maximum, edit);
    } else if (bounds.integerDigits >= 0) {
        // Stored as typed (SQLite's text columns), so with a '.' whatever the locale.
        const QString decimals = bounds.scale > 0
            ? QStringLiteral("(\\.\\d{0,%1})?").arg(bounds.scale) : QString();
        validator = new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("-?\\d{0,%1}%2").arg(bounds.integerDigits).arg(decimals)),
            edit);
    }
    if (!validator)
        return;
    // The factory's own digits-only validator goes: this one is stricter.
    QObject *previous = const_cast<QValidator *>(edit->validator());
    edit->setValidator(validator);
    if (previous && previous->parent() == edit)
        delete previous;
}

void limitSpinBox(QSpinBox *spin, const ColumnBounds &bounds)
{
    qint64 lowest = 0;
    qint64 highest = 0;
    if (bounds.integral) {
        lowest = bounds.minimum;
        highest = bounds.maximum;
    } else if (bounds.integerDigits >= 0 && bounds.integerDigits < 18) {
        highest = qint64(std::pow(10.0, bounds.integerDigits)) - 1;
        lowest = -highest;
    } else {
        return;
    }
    const auto *nullable = qobject_cast<NullableSpinBox *>(spin);
    // NullableSpinBox shows NULL at its minimum: that stays one below the lowest real value.
    // (Clamped first: SQLite's INTEGER starts at INT64_MIN, and one below that wraps around.)
    if (nullable && nullable->isNullable())
        lowest = std::max<qint64>(lowest, qint64(std::numeric_limits<int>::min()) + 1) - 1;
    const bool wasNull = nullable && nullable->isNull();
    spin->setRange(clampToInt(lowest), clampToInt(highest));
    if (wasNull)
        spin->setValue(spin->minimum());
    // The column's own range, beyond int for SQLite's INTEGER: the box takes all of it.
    if (auto *wide = qobject_cast<NullableSpinBox *>(spin); wide && bounds.integral)
        wide->setWideRange(bounds.minimum, bounds.maximum);
}

void limitDoubleSpinBox(QDoubleSpinBox *spin, const ColumnBounds &bounds)
{
    if (bounds.integerDigits < 0)
        return;
    // NUMERIC(p,s)'s s decimals. Its p - s digits before the point are no range here: a box
    // would cut what is typed past them, where the model refuses it with a message that names
    // the limit.
    const int decimals = std::min(std::max(bounds.scale, 0), 10);
    if (auto *nullable = qobject_cast<NullableDoubleSpinBox *>(spin))
        nullable->setScale(decimals);
    else
        spin->setDecimals(decimals);
}

} // namespace

void ColumnLimits::apply(QWidget *editor, const ColumnBounds &bounds)
{
    if (!editor || !bounds.isBounded())
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        limitLineEdit(edit, bounds);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        limitSpinBox(spin, bounds);
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        limitDoubleSpinBox(number, bounds);
}

void ColumnLimits::applyToCell(QWidget *editor, const QModelIndex &index)
{
    if (editor)
        apply(editor, boundsOfCell(index));
}

ColumnBounds ColumnLimits::boundsOfCell(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    const auto *table = qobject_cast<const QSqlTableModel *>(source.model());
    if (!table || table->tableName().isEmpty())
        return {};
    // Read when the editor opens, one catalog query: an edit is rare, and the declaration is
    // then never stale.
    const QString column = table->record().fieldName(source.column());
    return ColumnBounds::ofTable(table->database(), table->tableName()).value(column);
}

} // namespace concord
