// GridCellDelegate: writes the table browser's edited cells into the model, "empty" by the column's
// rule, shows SQLite's text timestamps as the locale shows a date and time, names for foreign
// keys, check boxes for booleans, and combo boxes for lookups and CHECK lists.
#pragma once

#include "editorchoice.h"
#include "emptyvaluerule.h"

#include <concord/columnbounds.h>

#include <QList>
#include <QMetaType>
#include <QPointer>
#include <QSqlField>
#include <QStyledItemDelegate>

class QSqlDatabase;
class QSqlRecord;

namespace concord {

class GridLookups;
class RefreshedCells;

// Qt's delegate writes an emptied text cell as '', and even a NULL cell the user only passed
// through. This one applies EmptyValueRule: NULL in a nullable column, nothing at all in a
// NOT NULL column without a default (requiredValueMissing() says so), and no write when the
// cell was empty already. Every other cell goes through QStyledItemDelegate unchanged.
class GridCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GridCellDelegate(QObject *parent = nullptr);

    // `declared` as the table declares its columns, `columns` the model's, in the grid's order.
    // `textTimestamps`: the database keeps timestamps as ISO text (SQLite), so text of that form
    // is a timestamp; elsewhere a text column's value is shown as stored.
    void setColumns(const QSqlRecord &declared, const QSqlRecord &columns, bool textTimestamps = false);
    // Reads `table`'s foreign keys, CHECK lists and booleans (same arguments as setColumns):
    // those cells then show names or check boxes and edit through LookupCombo or ChoiceCombo.
    // Numbers show right-aligned, NUMERIC(p,s) with its s decimals (915.00, not 915).
    // An invalid `db` turns that off.
    void setLookups(const QSqlDatabase &db, const QString &table, const QSqlRecord &declared,
                    const QSqlRecord &columns);
    GridLookups *lookups() const { return m_lookups; }
    // Cells another writer's change refreshed a moment ago: painted on an amber tint with a line
    // round them (seen over a selection too), who and when in their tooltip. nullptr: none.
    void setRefreshedCells(RefreshedCells *cells);
    RefreshedCells *refreshedCells() const;
    // The cell as it is painted (its text, its check state), for tests and tools.
    QStyleOptionViewItem cellOption(const QModelIndex &index) const;

    // Lookup and list combos; elsewhere Qt's editor, bounded by the column's declared type
    // (ColumnLimits).
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // Lookup and list cells edit through a combo box: they ask room for its arrow and, for a
    // list, its widest choice, so the column fits the editor and the editor is never cut.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A combo in a column narrowed by hand still opens at its own width, over the next cells.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // Enter or Tab on a number the column cannot hold (NUMERIC(6,2)'s 1234.567), or on text that
    // is no whole number in a 64-bit cell, is refused with a message (naming the column and the
    // limit where there is one), and the editor stays open on the typed text.
    bool eventFilter(QObject *object, QEvent *event) override;

protected:
    // SQLite keeps timestamps as text ("2026-12-01 18:56:30"); PostgreSQL's come as QDateTime,
    // which Qt already shows in the locale's short format. Both are shown alike.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    // A boolean cell toggles on a click on its check box, or Space: an edit like any other.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    // The user emptied a cell of a NOT NULL column without a default; the cell keeps its value.
    void requiredValueMissing(const QString &column);

private:
    // Right-aligns a number, and gives a NUMERIC(p,s) value its s decimals.
    void formatNumber(QStyleOptionViewItem *option, const QModelIndex &index) const;
    // A refusal told as the cell's editor closes: a tooltip at the cell (and a beep).
    void showAtCell(const QModelIndex &index, const QString &message) const;
    // Writes `value` unless the cell holds it already; NULL in a NOT NULL column is refused.
    void writeChoice(const QVariant &value, QAbstractItemModel *model, const QModelIndex &index) const;

    GridLookups *m_lookups = nullptr;
    QPointer<RefreshedCells> m_refreshed;
    struct Column
    {
        QString name;
        QMetaType type;
        EmptyValueRule rule;
        QSqlField field; // as declared
    };
    // The record form's editor kind for a column whose cells Qt's editors would get wrong
    // (numbers, dates and times); Text for the others, which keep Qt's line edit.
    EditorChoice::Kind valueKind(int column, const ColumnBounds &bounds) const;
    QList<Column> m_columns;
    QList<ColumnBounds> m_bounds; // by grid column, from setLookups()
    bool m_textTimestamps = false;
};

} // namespace concord
