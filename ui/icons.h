// Icons: the editor's icons by our own names, from the desktop theme with bundled fallbacks.
#pragma once

#include <QIcon>
#include <QString>

namespace concord {

class Icons
{
public:
    // One of: save, revert, reload, delete, previous, next, open-window, connect, open-file,
    // table, conflict, merge, copy, filter. The theme's icon when it has one, else ours.
    static QIcon get(const QString &name);
    // The application icon (resources/icons/concord.png); the theme's "concord" wins if installed.
    static QIcon appIcon();
};

} // namespace concord
