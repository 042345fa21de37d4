// NumberText: a number as the grid shows it, so that every view of a value (the grid, the
// conflict dialog) writes it alike: a NUMERIC(p,s) with its s decimals, in the user's locale.
#pragma once

#include <concord/columnbounds.h>

#include <QLocale>
#include <QString>
#include <QVariant>

namespace concord {

class NumberText
{
public:
    // `value` with the column's scale ("5,000.00" for NUMERIC(8,2)), or an empty string where
    // the scale does not apply: no NUMERIC(p,s), a value with more decimals than the column (another
    // program's, shown as it is), or more digits than a double holds exactly (the driver's text stays).
    static QString scaled(const QVariant &value, const ColumnBounds &bounds, const QLocale &locale);
};

} // namespace concord
