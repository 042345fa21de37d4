// ShortcutList: the menu bar walked for shortcuts, and the table of keys that live outside menus.
#include "shortcutlist.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace concord {

namespace {

void addMenu(const QMenu *menu, const QString &group, QList<ShortcutEntry> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(action->menu(), group, out);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        out->append({group, ShortcutList::plainText(action->text()), action->shortcuts()});
    }
}

} // namespace

QString ShortcutList::plainText(const QString &text)
{
    QString plain = text;
    // "&&" is a literal ampersand; a lone "&" marks the mnemonic.
    plain.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    return plain;
}

QList<ShortcutEntry> ShortcutList::entries(const QMenuBar *menus)
{
    QList<ShortcutEntry> out;
    if (menus) {
        for (const QAction *top : menus->actions()) {
            if (top->menu())
                addMenu(top->menu(), plainText(top->text()), &out);
        }
    }
    // Keys handled by the grid and its editors, and by the record windows: no main-window menu
    // entry carries them.
    const QString grid = tr("Grid");
    const QKeySequence enter(Qt::Key_Return);
    out.append({grid, tr("Open the current record in a window"), {enter}});
    out.append({grid, tr("Edit the current cell"), {QKeySequence(Qt::Key_F2)}});
    out.append({grid, tr("Save the cell being edited"), {enter, QKeySequence(Qt::Key_Tab)}});
    out.append({grid, tr("Cancel the cell being edited, then the record's edits"),
                {QKeySequence(Qt::Key_Escape)}});
    out.append({grid, tr("Go to the first or last record"),
                {QKeySequence(Qt::CTRL | Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_End)}});
    out.append({grid, tr("Clear the filter"), {QKeySequence(Qt::Key_Escape)}});
    const QString form = tr("Record window");
    out.append({form, tr("Save"), QKeySequence::keyBindings(QKeySequence::Save)});
    out.append({form, tr("Reload"), {QKeySequence(Qt::Key_F5)}});
    out.append({form, tr("Undo typing in the field"), QKeySequence::keyBindings(QKeySequence::Undo)});
    out.append({form, tr("Delete Record"), {QKeySequence(Qt::CTRL | Qt::Key_Delete)}});
    out.append({form, tr("Previous record"),
                {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)}});
    out.append({form, tr("Next record"),
                {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)}});
    out.append({form, tr("Close the window"), {QKeySequence(Qt::CTRL | Qt::Key_W)}});
    return out;
}

} // namespace concord
