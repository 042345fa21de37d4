// The locale-aware collation Concord registers on SQLite connections, so that sorting follows the user's language (not installed).
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace concord::detail {

// SQLite sorts text by its bytes unless told otherwise: "Émile" after "Zoe". The collation
// registered under this name compares with QCollator in the default locale (QLocale(), read at
// each comparison, so a language chosen later applies from the next sort on), and breaks ties
// between different texts that collate equal by their code units: the order is total, which
// keyset paging needs. PostgreSQL sorts by its column's or database's own collation.
inline QString localeCollationName() { return QStringLiteral("concord_locale"); }

// Registers the collation on `db` unless it is there already. SQLite's library is looked up at
// run time, through the sqlite3* handle of Qt's QSQLITE driver, so Concord keeps linking Qt6::Core
// and Qt6::Sql alone. True when `db` is SQLite and "COLLATE concord_locale" may be used on it.
bool ensureLocaleCollation(const QSqlDatabase &db);

} // namespace concord::detail
