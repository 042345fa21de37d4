// The client's time zone for one test: TZ set (and tzset() called, so that the C library and
// QDateTime's local time follow at once), the previous zone restored at the end of the scope.
// PostgreSQL sessions start in UTC whatever the server's configuration says (PGTZ), which is
// the usual server set-up and the one where a client's own zone shows up in what is stored.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace concord::test {

class ClientZone
{
public:
    explicit ClientZone(const QByteArray &zone)
        : m_hadZone(qEnvironmentVariableIsSet("TZ")), m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ClientZone()
    {
        if (m_hadZone)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    ClientZone(const ClientZone &) = delete;
    ClientZone &operator=(const ClientZone &) = delete;

    // Every PostgreSQL session the test opens starts in UTC (libpq sends PGTZ at connect).
    static void serverSessionsInUtc() { qputenv("PGTZ", "UTC"); }

private:
    bool m_hadZone;
    QByteArray m_previous;
};

} // namespace concord::test
