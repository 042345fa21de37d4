// ColumnLimits: bounds an editor widget by what its column's declared type holds (VARCHAR(n), NUMERIC(p,s), integer ranges).
#pragma once

#include <concord/columnbounds.h>

class QModelIndex;
class QWidget;

namespace concord {

// Qt's editors know nothing of the column: QLineEdit takes any length, QSpinBox goes to
// INT_MAX and QDoubleSpinBox has 2 decimals and no real limit, so an operator could type what
// the database then refuses (PostgreSQL) or silently keeps (SQLite). These bound them:
// - QLineEdit: VARCHAR(n)'s length; a whole number in an integer column's range; a decimal
//   number with NUMERIC(p,s)'s digits either side of the point;
// - QSpinBox (NullableSpinBox too, keeping its NULL marker below the range): the range;
// - QDoubleSpinBox (NullableDoubleSpinBox too): NUMERIC(p,s)'s decimals and largest value.
// Other editors (check boxes, combos, dates) are left alone.
class ColumnLimits
{
public:
    static void apply(QWidget *editor, const ColumnBounds &bounds);
    // For a grid cell: the bounds of the index's column, read from the QSqlTableModel behind
    // the index (through any proxy models). Nothing happens for another kind of model.
    static void applyToCell(QWidget *editor, const QModelIndex &index);
    // The bounds applyToCell() applies; unbounded for another kind of model.
    static ColumnBounds boundsOfCell(const QModelIndex &index);
};

} // namespace concord
