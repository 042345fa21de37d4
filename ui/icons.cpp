// Icons: maps Concord's icon names to freedesktop theme names, with bundled PNG fallbacks.
#include "icons.h"

#include <QHash>

namespace concord {

namespace {

// Names from the freedesktop Icon Naming Specification where one fits; the rest have only ours.
const QHash<QString, QString> &themeNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("save"), QStringLiteral("document-save")},
        {QStringLiteral("revert"), QStringLiteral("document-revert")},
        {QStringLiteral("reload"), QStringLiteral("view-refresh")},
        {QStringLiteral("delete"), QStringLiteral("edit-delete")},
        {QStringLiteral("previous"), QStringLiteral("go-previous")},
        {QStringLiteral("next"), QStringLiteral("go-next")},
        {QStringLiteral("open-window"), QStringLiteral("window-new")},
        {QStringLiteral("connect"), QStringLiteral("network-connect")},
        {QStringLiteral("open-file"), QStringLiteral("document-open")},
        {QStringLiteral("copy"), QStringLiteral("edit-copy")},
        {QStringLiteral("filter"), QStringLiteral("edit-find")},
        {QStringLiteral("table"), QStringLiteral("x-office-spreadsheet")},
        {QStringLiteral("conflict"), QStringLiteral("dialog-warning")},
    };
    return names;
}

QIcon bundled(const QString &name)
{
    return QIcon(QStringLiteral(":/concord/icons/%1.png").arg(name));
}

} // namespace

QIcon Icons::get(const QString &name)
{
    const QString themeName = themeNames().value(name);
    // "merge" has no theme name: a themed look-alike would mean something else, so it is always ours.
    if (themeName.isEmpty())
        return bundled(name);
    return QIcon::fromTheme(themeName, bundled(name));
}

QIcon Icons::appIcon()
{
    return QIcon::fromTheme(QStringLiteral("concord"), bundled(QStringLiteral("concord")));
}

} // namespace concord
