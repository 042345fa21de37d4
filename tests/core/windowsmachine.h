// The randomized test of windows and writers (see windowsmachine.cpp): several VersionedTableModel
// windows of one process on one database, live updates at their default and opted in to refresh,
// an outside writer that misbehaves, every version strategy, and a reference of its own.
#pragma once

#include "testdatabase.h"

#include <QString>

namespace concord::test {

// Runs the randomized sequences on `tdb`'s backend. Empty on success, else RapidCheck's report
// (the shrunk sequence and the steps as run).
QString runWindowsMachine(TestDatabase &tdb);

} // namespace concord::test
