// ColumnChooser: which of a grid's columns show, as checkable entries of a menu.
#pragma once

#include <QObject>

class QMenu;
class QPoint;
class QTableView;

namespace concord {

// The same menu opens from the header's context menu and from View ▸ Columns: one entry per
// column, checked while it shows. The last visible column cannot be hidden (a grid without
// columns could not show it back).
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QTableView *view, QObject *parent = nullptr);
    // Rebuilt from the view's model each time it is about to show.
    QMenu *menu() const { return m_menu; }

private:
    void rebuild();
    void showAt(const QPoint &pos);

    QTableView *m_view;
    QMenu *m_menu;
};

} // namespace concord
