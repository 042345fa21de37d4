// Checks a value against what its column can hold, before it is sent: the rules the model
// applies the same way on both backends where SQLite itself would accept anything.
#pragma once

#include <concord/columnbounds.h>

#include <QSqlField>
#include <QVariant>

namespace concord::detail {

enum class ValueFit { Fits, NotANumber, TooLong, TooManyDigits, TooLarge, TooSmall };

// A text in a column the driver reports as a number must read as one (C locale): SQLite's type
// affinity would otherwise store "abc" in an INTEGER column as text. A text longer than the
// column's declared length is too long where the driver reports a length (QPSQL, for
// VARCHAR(n)/CHAR(n)); QSQLITE reports none, as SQLite ignores the length and keeps the whole
// text. A number must fit the declared `bounds` on both backends: no more than p - s digits
// before the point of a NUMERIC(p,s) once rounded to s decimals (TooManyDigits), and within an
// integer type's range (TooLarge, TooSmall). NULL always fits here (NOT NULL is the database's
// rule).
ValueFit valueFit(const QSqlField &field, const QVariant &value, const ColumnBounds &bounds = {});

} // namespace concord::detail
