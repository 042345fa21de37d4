// The "File → Recent" list, stored in QSettings("Concord", "Concord") under recent/connections.
#include "recentconnections.h"

#include <QSettings>

namespace concord {

namespace {
QString settingsKey() { return QStringLiteral("recent/connections"); }
QSettings settings() { return QSettings(QStringLiteral("Concord"), QStringLiteral("Concord")); }
}

QStringList RecentConnections::entries()
{
    QStringList list = settings().value(settingsKey()).toStringList();
    list.removeAll(QString());
    return list.mid(0, maxCount);
}

QList<ConnectionSpec> RecentConnections::specs()
{
    QList<ConnectionSpec> result;
    for (const QString &entry : entries())
        result << ConnectionSpec::fromStorageString(entry);
    return result;
}

void RecentConnections::add(const ConnectionSpec &spec)
{
    // toStorageString() leaves the password out by contract; the list is plain text on disk.
    const QString entry = spec.toStorageString();
    if (entry.isEmpty())
        return;
    QStringList list = entries();
    list.removeAll(entry);
    list.prepend(entry);
    store(list.mid(0, maxCount));
}

void RecentConnections::remove(const ConnectionSpec &spec)
{
    QStringList list = entries();
    if (list.removeAll(spec.toStorageString()) > 0)
        store(list);
}

void RecentConnections::clear()
{
    store({});
}

void RecentConnections::store(const QStringList &list)
{
    QSettings s = settings();
    if (list.isEmpty())
        s.remove(settingsKey());
    else
        s.setValue(settingsKey(), list);
}

} // namespace concord
