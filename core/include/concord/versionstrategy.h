// How a table's rows are versioned, so that every save can be made conditional.
#pragma once

#include <concord/concord_core_export.h>

#include <QObject>

namespace concord {

Q_NAMESPACE_EXPORT(CONCORD_CORE_EXPORT)

enum class VersionStrategy {
    Automatic,   // detect from the schema (the default): see VersionedTableModel::setVersionStrategy
    Client,      // Concord counts the integer version column up on each save (portable)
    Trigger,     // a database trigger counts it up on every UPDATE, whoever writes
    Xmin,        // PostgreSQL only: the system column xmin is the version; no schema change
    Versionless  // no version at all: a save compares the original values of the changed columns
};
Q_ENUM_NS(VersionStrategy)

} // namespace concord
