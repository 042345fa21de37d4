// RefreshedCells: which cells of a model another writer's change has just refreshed in place, for a few seconds.
#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QVariantList>

class QTimer;

namespace concord {

class RecordChange;
class VersionedTableModel;

// A model that refreshes clean rows in place (VersionedTableModel::setRefreshCleanRows) changes
// values under the user's eyes. This remembers, per change, the cells whose values it changed
// and who made it ("Changed by ann at 14:02"), for markDuration() ms: the grid's delegate and
// the record form paint those cells from here, so what the user just read cannot change
// unseen. It compares each row's values before (recordAboutToChangeElsewhere) and after
// (recordChangedElsewhere); a row that kept its edits, or was only marked changed or deleted
// elsewhere, gets no cell marks (the row's state says it); a cell the user edits loses its mark.
// Each change is one mark set with a timer of its own. A mark names its record by primary key,
// not by row: it stays on the record when rows move or the model reads the table again (the grid
// does after a record window's save). It paints nothing itself.
class RefreshedCells : public QObject
{
    Q_OBJECT
public:
    explicit RefreshedCells(VersionedTableModel *model, QObject *parent = nullptr);

    // How long a change stays marked; 5 s unless changed (tests make it short).
    static void setMarkDuration(int ms);
    static int markDuration();

    bool isMarked(int row, int column) const;
    // Who changed the cell and when, for its tooltip; empty when it is not marked.
    QString toolTip(int row, int column) const;
    // The columns of `row` marked now, in column order.
    QList<int> markedColumns(int row) const;
    bool isEmpty() const { return m_marks.isEmpty(); }

    // "Changed by ann at 14:02" (the time alone for today), "Changed in your other window" for
    // a model of this process with the same operator as `model`, and "Changed by another
    // program", with no time, when the change does not say who made it.
    static QString describe(const RecordChange &change, const VersionedTableModel *model);
    // The background of a marked cell: the banner's amber, mixed into `base` (the palette's
    // Base), so that the text keeps its contrast in light and dark themes alike.
    static QColor markColor(const QColor &base);
    // A stronger line of the same colour, seen even over a selected cell.
    static QColor markLineColor(const QPalette &palette);

Q_SIGNALS:
    // The marks of `row` came or went: repaint it.
    void marksChanged(int row);

private:
    struct MarkSet
    {
        QVariantList key; // the record's primary-key values
        int rowHint = -1; // where it was last seen
        QList<int> columns;
        QString text;
        QTimer *timer = nullptr;
    };

    void takeValuesBefore(int row);
    void markChangedCells(int row, const RecordChange &change);
    void forgetEdited(int first, int last);
    void expire(QTimer *timer);
    void afterReset();
    QVariantList valuesOf(int row) const;
    QVariantList keyOf(int row) const;
    static bool sameKey(const QVariantList &a, const QVariantList &b);
    // The row showing the record of `mark` now, or -1.
    int rowOf(MarkSet &mark) const;
    // The newest mark set of `row` holding `column`, or nullptr.
    const MarkSet *markOf(int row, int column) const;

    QPointer<VersionedTableModel> m_model;
    QList<int> m_keyColumns; // the primary key's columns, read again at each reset
    int m_pendingRow = -1; // between recordAboutToChangeElsewhere and recordChangedElsewhere
    bool m_pendingRefreshed = false; // the model's dataChanged covered that row meanwhile
    QVariantList m_before;
    QList<MarkSet> m_marks; // oldest first
};

} // namespace concord
