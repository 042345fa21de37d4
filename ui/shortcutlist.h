// ShortcutList: every key of the editor, read from the menus themselves, plus the keys no menu
// holds (the grid's Enter, F2, Ctrl+End, the record windows' keys), for Help ▸ Keyboard Shortcuts.
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMenuBar;

namespace concord {

struct ShortcutEntry
{
    QString group;        // the menu's title without its mnemonic, or "Grid", "Record window"
    QString description;  // the action's text without mnemonic or ellipsis
    QList<QKeySequence> keys;
};

class ShortcutList
{
    Q_DECLARE_TR_FUNCTIONS(concord::ShortcutList)
public:
    // The menus' actions that have shortcuts, menu by menu in menu order (the menus are the one
    // place a shortcut is set, so the list cannot drift from them), then the keys of the grid
    // and the record windows that no menu of the main window holds.
    static QList<ShortcutEntry> entries(const QMenuBar *menus);
    // An action's or menu's text as a list shows it: "&Open SQLite File…" -> "Open SQLite File".
    static QString plainText(const QString &text);
};

} // namespace concord
