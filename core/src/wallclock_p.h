// Wall-clock date-times: how a value goes into a PostgreSQL TIMESTAMP (without time zone) column.
//
// Qt 6.4's QPSQL binds every QDateTime as a TIMESTAMPTZ literal in UTC, which a TIMESTAMP column
// turns into the session's wall clock: with the session in UTC and the client in Berlin, 12:00
// typed is stored as 11:00. It reads a TIMESTAMP back as the client's local time. So a TIMESTAMP
// is bound here as the wall-clock text itself, with no offset, which no session zone can shift
// and which also holds a time the local clock skips (2024-03-31 02:30 in Berlin: QDateTime calls
// it invalid, QPSQL would bind NULL, yet its date() and time() are the ones given). TIMESTAMPTZ
// needs nothing: QPSQL binds and reads it as an instant. (Not installed.)
#pragma once

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace concord::detail {

// "yyyy-MM-dd HH:mm:ss.zzz" as the client's clock on the wall shows it: a local date-time's own
// date and time (valid or in a daylight-saving gap), any other one converted to local time
// first. Null for a date-time with no date or no time.
QString wallClockText(const QDateTime &at);

// A value on its way into a TIMESTAMP column: a date-time as its wall-clock text, anything else
// (a NULL, a text the server parses itself, with its microseconds) unchanged.
QVariant wallClockValue(const QVariant &value);

// The columns of a PostgreSQL table (as the model quotes it) that are TIMESTAMP without time
// zone, or domains over it. Empty on SQLite, which stores whatever text it is given.
QSet<QString> wallClockColumns(const QSqlDatabase &db, const QString &quotedTable);

} // namespace concord::detail
