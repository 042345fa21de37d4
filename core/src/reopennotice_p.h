// Who hears that DatabaseConnector opened a connection again (not installed).
//
// DatabaseConnector knows when a session was replaced; the change feed must then LISTEN again.
// The feed registers itself here when the first feed is made, so the connector does not depend
// on the feed (and the connection code builds alone, as the fuzz targets build it).
#pragma once

#include <QSqlDatabase>

namespace concord::detail {

using ReopenListener = void (*)(const QSqlDatabase &db);
void setReopenListener(ReopenListener listener);
// Called by DatabaseConnector::reopen once the connection is open and set up again.
void announceReopen(const QSqlDatabase &db);

} // namespace concord::detail
