// RowStateHeader: the grid's row header, showing each record's state (edited, new, conflict...) instead of a number.
#pragma once

#include <concord/versionedtablemodel.h>

#include <QHeaderView>
#include <QPointer>

namespace concord {

// A row number repeats the id beside it and moves with the sort; the state is what the user
// needs: which records hold unsaved edits, which are new, and which met someone else's change.
// Each section asks the model (VersionedTableModel::rowState, kept by record), so the marks
// follow the records when rows move. A clean row shows nothing; the header stays narrow.
class RowStateHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit RowStateHeader(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The state shown for `row`: Clean when the model is no VersionedTableModel.
    VersionedTableModel::RowState stateOf(int row) const;
    // A short mark for a state ("✎" for edited), empty for Clean.
    static QString glyph(VersionedTableModel::RowState state);
    // What the mark means, in words, for the tooltip and accessibility; empty for Clean.
    static QString description(VersionedTableModel::RowState state);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    void repaintRows(int first, int last);

    QPointer<VersionedTableModel> m_versioned;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace concord
