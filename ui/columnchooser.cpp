// ColumnChooser: a menu of the header's sections, toggling QHeaderView::setSectionHidden.
#include "columnchooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace concord {

ColumnChooser::ColumnChooser(QTableView *view, QObject *parent)
    : QObject(parent), m_view(view), m_menu(new QMenu(tr("&Columns"), view))
{
    m_menu->setObjectName(QStringLiteral("columnChooserMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::rebuild);
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showAt);
    rebuild();
}

void ColumnChooser::rebuild()
{
    m_menu->clear();
    const QAbstractItemModel *model = m_view->model();
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = model ? model->columnCount() : 0;
    int visible = 0;
    for (int c = 0; c < columns; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < columns; ++c) {
        QAction *action = m_menu->addAction(model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(header->isSectionHidden(c) || visible > 1);
        connect(action, &QAction::toggled, this, [header, c](bool shown) {
            header->setSectionHidden(c, !shown);
        });
    }
    if (columns == 0)
        m_menu->addAction(tr("No table is open"))->setEnabled(false);
}

void ColumnChooser::showAt(const QPoint &pos)
{
    m_menu->popup(m_view->horizontalHeader()->mapToGlobal(pos));
}

} // namespace concord
