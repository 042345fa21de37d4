// GridCellText: a grid cell as text, either as the grid shows it (Copy) or as a file keeps it (Export CSV).
#pragma once

#include <concord/columnbounds.h>

#include <QList>
#include <QString>

class QModelIndex;

namespace concord {

class GridCellDelegate;

// Both forms name the row a foreign key refers to (as the grid does), never its hidden id, and
// give NUMERIC(p,s) its s decimals (64.90, not 64.9). They differ in the locale:
// - shown(): exactly the grid's text, in the user's locale (64,90 and 07.12.26 10:00 in German),
//   for pasting into a spreadsheet or a mail;
// - portable(): what any spreadsheet reads back whatever its language: numbers with a '.', dates
//   and times in ISO 8601 (2026-12-07 10:00:00), booleans as true/false.
// NULL is an empty text in both.
class GridCellText
{
public:
    // `cells` paints the grid (names, check boxes); `bounds` by grid column, as
    // ColumnBounds::ofTable() gives them (may be empty: no scale is then known).
    GridCellText(GridCellDelegate *cells, const QList<ColumnBounds> &bounds);

    QString shown(const QModelIndex &index) const;
    QString portable(const QModelIndex &index) const;

    static QString booleanText(bool value);

private:
    GridCellDelegate *m_cells;
    QList<ColumnBounds> m_bounds;
};

} // namespace concord
