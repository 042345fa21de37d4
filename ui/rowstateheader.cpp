// RowStateHeader: the grid's row header, showing each record's state (edited, new, conflict...) instead of a number.
#include "rowstateheader.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QToolTip>

namespace concord {

using RowState = VersionedTableModel::RowState;

RowStateHeader::RowStateHeader(QWidget *parent) : QHeaderView(Qt::Vertical, parent)
{
    setObjectName(QStringLiteral("rowStateHeader"));
    setSectionsClickable(true);
    setHighlightSections(true);
}

void RowStateHeader::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QHeaderView::setModel(model);
    m_versioned = qobject_cast<VersionedTableModel *>(model);
    if (!m_versioned)
        return;
    // An edit changes a cell, not the header: QHeaderView only repaints on headerDataChanged.
    m_connections << connect(model, &QAbstractItemModel::dataChanged, this,
                             [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                 repaintRows(topLeft.row(), bottomRight.row());
                             });
    m_connections << connect(model, &QAbstractItemModel::headerDataChanged, this,
                             [this](Qt::Orientation orientation, int first, int last) {
                                 if (orientation == Qt::Vertical)
                                     repaintRows(first, last);
                             });
    // A conflict found by a save or the change feed comes with its own signals.
    m_connections << connect(m_versioned, &VersionedTableModel::conflictDetected, this,
                             [this] { viewport()->update(); });
    m_connections << connect(m_versioned, &VersionedTableModel::recordChangedElsewhere, this,
                             [this](int row) { repaintRows(row, row); });
    m_connections << connect(m_versioned, &VersionedTableModel::rowSaved, this,
                             [this](int row) { repaintRows(row, row); });
}

void RowStateHeader::repaintRows(int first, int last)
{
    if (first < 0 || last < first)
        return;
    const int top = sectionViewportPosition(first);
    const int bottom = sectionViewportPosition(last) + sectionSize(last);
    viewport()->update(0, top, viewport()->width(), bottom - top);
}

RowState RowStateHeader::stateOf(int row) const
{
    return m_versioned ? m_versioned->rowState(row) : RowState::Clean;
}

QString RowStateHeader::glyph(RowState state)
{
    switch (state) {
    case RowState::Clean:
        return {};
    case RowState::Edited:
        return QStringLiteral("\u270E"); // pencil, as Access marks the record being edited
    case RowState::Inserted:
        return QStringLiteral("*"); // Access's new-record row
    case RowState::Deleted:
        return QStringLiteral("\u2715");
    case RowState::Conflict:
    case RowState::ChangedElsewhere:
        return QStringLiteral("\u26A0");
    case RowState::DeletedElsewhere:
        return QStringLiteral("\u2298");
    }
    return {};
}

QString RowStateHeader::description(RowState state)
{
    switch (state) {
    case RowState::Clean:
        return {};
    case RowState::Edited:
        return tr("Edited: the changes are not saved yet");
    case RowState::Inserted:
        return tr("New record: not saved yet");
    case RowState::Deleted:
        return tr("Deleted");
    case RowState::Conflict:
        return tr("Conflict: someone else changed or deleted this record; save again to resolve "
                  "it, or revert the record");
    case RowState::ChangedElsewhere:
        return tr("Changed elsewhere: someone else saved this record; your edits are kept");
    case RowState::DeletedElsewhere:
        return tr("Deleted elsewhere: someone else deleted this record; your edits are kept");
    }
    return {};
}

void RowStateHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // QHeaderView's own painting, with the mark as the text instead of the model's number.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.orientation = Qt::Vertical;
    option.textAlignment = Qt::AlignCenter;
    option.iconAlignment = Qt::AlignCenter;
    option.position = QStyleOptionHeader::Middle;
    if (isEnabled())
        option.state |= QStyle::State_Enabled;
    if (window()->isActiveWindow())
        option.state |= QStyle::State_Active;
    const RowState state = stateOf(logicalIndex);
    option.text = glyph(state);
    if (state == RowState::Conflict || state == RowState::ChangedElsewhere
        || state == RowState::DeletedElsewhere) {
        option.palette.setColor(QPalette::ButtonText, QColor(0xb3, 0x26, 0x1e));
    }
    const QItemSelectionModel *selection = selectionModel();
    if (highlightSections() && selection && selection->currentIndex().row() == logicalIndex)
        option.state |= QStyle::State_Sunken;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
}

QSize RowStateHeader::sectionSizeFromContents(int logicalIndex) const
{
    // As wide as a mark, whatever the row count: "12,345" would only repeat the id.
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("\u270E\u26A0")) + 8;
    size.setWidth(width);
    return size;
}

bool RowStateHeader::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = description(stateOf(logicalIndexAt(help->pos())));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace concord
