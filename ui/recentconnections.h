// The "File → Recent" list: connections opened lately, kept in QSettings without any password.
#pragma once

#include <concord/connectionspec.h>

#include <QList>
#include <QStringList>

namespace concord {

class RecentConnections
{
public:
    static constexpr int maxCount = 8;

    // Newest first, as ConnectionSpec::toStorageString() forms.
    static QStringList entries();
    static QList<ConnectionSpec> specs();
    // Moves (or adds) the connection to the front; the password is never written.
    static void add(const ConnectionSpec &spec);
    static void remove(const ConnectionSpec &spec);
    static void clear();

private:
    static void store(const QStringList &entries);
};

} // namespace concord
