// First column widths for the grid: fitted to the rows in view, and wide enough for the values
// further down that the view has not read yet.
#pragma once

class QTableView;
class QSqlRecord;

namespace concord::GridColumnWidths {

// `declared` is the table's own record (the driver's, with the declared types), `cap` the widest
// a column may start.
void fit(QTableView *view, const QSqlRecord &declared, int cap);

} // namespace concord::GridColumnWidths
