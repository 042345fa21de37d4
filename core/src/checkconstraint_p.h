// Reads "this column takes one of these values" from CHECK constraints (not installed).
//
// Both catalogs give the constraint as SQL text: SQLite its CREATE TABLE statement, PostgreSQL
// pg_get_constraintdef(), which rewrites `status IN ('a','b')` as
// `((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))`.
// The text is tokenized (quotes, '' escapes, comments), casts and parentheses are dropped, and what
// is left must be exactly one of these shapes, for one column:
//   col IN (v, ...)        col = ANY (ARRAY[v, ...])        col = v OR col = v ...
// optionally with "OR col IS NULL". Anything else (AND, other columns, functions) is no list.
#pragma once

#include <QHash>
#include <QString>
#include <QVariantList>

namespace concord::detail::checkconstraint {

enum class Dialect { Sqlite, Postgres };

// Each CHECK (...) in `sql` that is a list of values: column name (unquoted, in lower case) -> the
// values in order, strings as QString, numbers as qlonglong or double. When two constraints list
// values for one column, the first is kept.
QHash<QString, QVariantList> valueLists(const QString &sql, Dialect dialect);

} // namespace concord::detail::checkconstraint
