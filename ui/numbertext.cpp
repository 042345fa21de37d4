// NumberText: the grid's way of writing a NUMERIC(p,s) value, shared with the conflict dialog.
#include "numbertext.h"

namespace concord {

QString NumberText::scaled(const QVariant &value, const ColumnBounds &bounds, const QLocale &locale)
{
    // SQLite gives NUMERIC(12,2) as a double (915), QPSQL as text ("915.00"): both show the
    // column's scale. A double holds 15 digits exactly; a wider NUMERIC keeps the driver's text,
    // and so does a value with more decimals than the scale (another program's), shown as is.
    if (value.isNull() || bounds.scale < 0 || bounds.integerDigits < 0
        || bounds.integerDigits + bounds.scale > 15)
        return {};
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || QString::number(number, 'f', bounds.scale).toDouble() != number)
        return {};
    return locale.toString(number, 'f', bounds.scale);
}

} // namespace concord
