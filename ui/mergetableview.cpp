// The conflict dialog's per-field table view: row selection by field, keyboard flow, and columns that fit.
#include "mergetableview.h"

#include "mergetablemodel.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace concord {

MergeTableView::MergeTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("mergeTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    // Tab leaves the table for the buttons: the arrows move between fields.
    setTabKeyNavigation(false);
    setWordWrap(false);
    verticalHeader()->hide();
    // Status takes only what its words need; the room left goes to Result (see fitColumns()).
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
}

void MergeTableView::setMergeModel(MergeTableModel *model)
{
    m_model = model;
    setModel(model);
    // A choice changes what Result and Status hold ("(choose)" becomes a long address): fit again.
    if (model)
        connect(model, &QAbstractItemModel::dataChanged, this, &MergeTableView::fitColumns);
}

int MergeTableView::currentFieldRow() const
{
    const QModelIndex current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

QString MergeTableView::currentField() const
{
    return m_model ? m_model->fieldName(currentFieldRow()) : QString();
}

void MergeTableView::selectField(const QString &name)
{
    if (!m_model)
        return;
    int row = m_model->rowOfField(name);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    scrollTo(index);
}

void MergeTableView::selectNextUnresolved()
{
    if (!m_model)
        return;
    const int rows = m_model->rowCount();
    const int start = qMax(currentFieldRow(), 0);
    for (int i = 0; i < rows; ++i) {
        const FieldMerge *field = m_model->fieldAt((start + i) % rows);
        if (field && field->needsChoice()) {
            selectField(field->name());
            return;
        }
    }
    if (currentFieldRow() < 0)
        selectField(QString());
}

bool MergeTableView::editCurrentResult()
{
    if (!m_model)
        return false;
    const QModelIndex index = m_model->index(currentFieldRow(), MergeTableModel::ResultColumn);
    if (!(m_model->flags(index) & Qt::ItemIsEditable))
        return false;
    setCurrentIndex(index);
    setFocus();
    return edit(index, QAbstractItemView::AllEditTriggers, nullptr);
}

void MergeTableView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    QList<int> wanted(MergeTableModel::ColumnCount, 0);
    int total = 0;
    for (int c = 0; c < MergeTableModel::ColumnCount; ++c) {
        if (!isColumnHidden(c))
            wanted[c] = qMax(sizeHintForColumn(c), header->sectionSizeHint(c));
        total += wanted.at(c);
    }
    QList<int> widths = wanted;
    const int available = viewport()->width();
    if (total > available) {
        // Result, what will be saved, is served first, leaving each other side at least a sixth
        // of the room. Of the other sides, the narrow ones keep their width and the long ones
        // share what is left, so all four stay in view without a horizontal scroll.
        int room = available - wanted.at(MergeTableModel::FieldColumn)
                   - wanted.at(MergeTableModel::StatusColumn);
        constexpr int result = MergeTableModel::ResultColumn;
        QList<int> values;
        int floors = 0;
        for (int c = MergeTableModel::OriginalColumn; c < result; ++c) {
            if (!isColumnHidden(c)) {
                values << c;
                floors += qMin(wanted.at(c), room / 6);
            }
        }
        if (!isColumnHidden(result)) {
            widths[result] = qMax(qMin(wanted.at(result), room - floors), header->sectionSizeHint(result));
            room -= widths.at(result);
        }
        std::sort(values.begin(), values.end(),
                  [&](int a, int b) { return wanted.at(a) < wanted.at(b); });
        for (int i = 0; i < values.size(); ++i) {
            const int c = values.at(i);
            const int share = room / int(values.size() - i);
            widths[c] = qMax(qMin(wanted.at(c), share), header->sectionSizeHint(c));
            room -= widths.at(c);
        }
    }
    int used = 0;
    for (int c = 0; c < MergeTableModel::ColumnCount; ++c)
        used += isColumnHidden(c) ? 0 : widths.at(c);
    if (used < available && !isColumnHidden(MergeTableModel::ResultColumn))
        widths[MergeTableModel::ResultColumn] += available - used;
    for (int c = 0; c < MergeTableModel::ColumnCount; ++c) {
        if (!isColumnHidden(c))
            header->resizeSection(c, widths.at(c));
    }
}

bool MergeTableView::viewportEvent(QEvent *event)
{
    const bool handled = QTableView::viewportEvent(event);
    // The columns share the viewport's width, known only once the layout (and the scroll bars)
    // have settled.
    if (event->type() == QEvent::Resize)
        fitColumns();
    return handled;
}

} // namespace concord
