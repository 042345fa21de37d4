// Patterns for setTextFilter(): "contains this text, in any letter case", for each backend (not installed).
//
// SQLite's LIKE and PostgreSQL's ILIKE under the C locale fold only ASCII letters, so "münchen"
// would not find "MÜNCHEN". Each letter becomes a set of its cases instead ([üÜ]), which both
// SQLite's GLOB and PostgreSQL's regular expressions match exactly, whatever the locale.
#pragma once

#include <QString>

namespace concord::detail::textpattern {

// For SQLite: `value GLOB pattern`.
QString containsGlob(const QString &text);
// For PostgreSQL: `value ~ pattern`.
QString containsRegex(const QString &text);
// For other drivers: `value LIKE pattern ESCAPE '\'` (ASCII case folding only).
QString containsLike(const QString &text);

} // namespace concord::detail::textpattern
