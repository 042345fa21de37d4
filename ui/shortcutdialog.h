// ShortcutDialog: Help ▸ Keyboard Shortcuts, the ShortcutList of the main window's menus.
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace concord {

class ShortcutDialog : public QDialog
{
    Q_OBJECT
public:
    // Lists the keys of `menus` (read when shown, so a changed shortcut shows as it is now).
    explicit ShortcutDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace concord
