// `concord --screenshots DIR`: renders the README's screenshots from a throwaway copy of the demo.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace concord {

class Screenshots
{
    Q_DECLARE_TR_FUNCTIONS(concord::Screenshots)
public:
    // Writes main-window.png, two-forms.png, change-banner.png, conflict-changed.png and
    // conflict-deleted.png into
    // `directory` (created if needed). Needs a QApplication; meant for the offscreen platform.
    // False, with `error` set, when a step fails.
    static bool render(const QString &directory, QString *error);
};

} // namespace concord
