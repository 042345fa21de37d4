// ColumnLimits: sets maxLength, validators and spin box ranges from a column's ColumnBounds.
#include "columnlimits.h"

#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"

#include <QAbstractProxyModel>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSqlRecord>
#include <QSqlTableModel>

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
        const QString text = input.trimmed();
        if (text.isEmpty() || (text == QLatin1String("-") && m_lowest < 0))
            return Intermediate;
        static const QRegularExpression digits(QStringLiteral("^-?\\d+$"));
        if (!digits.match(text).hasMatch())
            return Invalid;
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number > m_highest || number < m_lowest)
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

void limitLineEdit(QLineEdit *edit, const ColumnBounds &bounds)
{
    if (bounds.maxLength > 0)
        edit->setMaxLength(bounds.maxLength);
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
}

void limitDoubleSpinBox(QDoubleSpinBox *spin, const ColumnBounds &bounds)
{
    if (bounds.integerDigits < 0)
        return;
    const auto *nullable = qobject_cast<NullableDoubleSpinBox *>(spin);
    const bool wasNull = nullable && nullable->isNull();
    const int decimals = std::min(std::max(bounds.scale, 0), 10);
    const double limit = bounds.decimalLimit();
    const double step = std::pow(10.0, -decimals);
    spin->setDecimals(decimals);
    spin->setRange(nullable && nullable->isNullable() ? -limit - step : -limit, limit);
    if (wasNull)
        spin->setValue(spin->minimum());
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
    if (!editor || !index.isValid())
        return;
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    const auto *table = qobject_cast<const QSqlTableModel *>(source.model());
    if (!table || table->tableName().isEmpty())
        return;
    // Read when the editor opens, one catalog query: an edit is rare, and the declaration is
    // then never stale.
    const QString column = table->record().fieldName(source.column());
    apply(editor, ColumnBounds::ofTable(table->database(), table->tableName()).value(column));
}

} // namespace concord
