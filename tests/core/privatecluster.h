// PrivateCluster: a PostgreSQL cluster of the test's own, made with initdb and run with pg_ctl
// (as the postgres user), so that a test may restart it or cut it off. The faults test runs it
// in a network namespace of its own: nothing else shares its ports or its loopback.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace concord::test {

class PrivateCluster
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }

    explicit PrivateCluster(quint16 port) : m_port(port) {}
    ~PrivateCluster() { stop(); }

    quint16 port() const { return m_port; }
    QString socketDir() const { return m_dir.path(); }
    QString error() const { return m_error; }

    // initdb (trust auth, a socket in the cluster's folder) and start. False: see error().
    bool create()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        if (!run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()}))
            return false;
        if (!asPostgres(binDir() + QStringLiteral("/initdb"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                         QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--no-sync")}))
            return false;
        return start();
    }
    bool start() { return pgCtl({QStringLiteral("start")}); }
    bool stop()
    {
        if (!m_started)
            return true;
        m_started = false;
        return pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast")});
    }
    // A fast restart: every session is told "terminating connection due to administrator command".
    bool restart() { return pgCtl({QStringLiteral("restart"), QStringLiteral("-m"), QStringLiteral("fast")}); }

    // The shell command that restarts it, for a helper process that must do it at the right moment.
    QString restartCommand() const
    {
        return QStringLiteral("runuser -u postgres -- %1/pg_ctl -D '%2' -l '%3/log' -w -o '%4' restart -m fast")
            .arg(binDir(), dataDir(), m_dir.path(), serverOptions());
    }

private:
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString serverOptions() const
    {
        return QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                              "-c fsync=off")
            .arg(m_port)
            .arg(m_dir.path());
    }
    bool pgCtl(QStringList args)
    {
        args.prepend(QStringLiteral("-w"));
        args.prepend(serverOptions());
        args.prepend(QStringLiteral("-o"));
        args.prepend(m_dir.path() + QStringLiteral("/log"));
        args.prepend(QStringLiteral("-l"));
        args.prepend(dataDir());
        args.prepend(QStringLiteral("-D"));
        const bool ok = asPostgres(binDir() + QStringLiteral("/pg_ctl"), args);
        if (ok && !args.contains(QStringLiteral("stop")))
            m_started = true;
        return ok;
    }
    bool asPostgres(const QString &program, const QStringList &args)
    {
        return run(QStringLiteral("runuser"),
                   QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    }
    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ")
                        + QString::fromLocal8Bit(p.readAll()));
        return true;
    }
    bool fail(const QString &text)
    {
        m_error = text;
        return false;
    }

    quint16 m_port;
    QTemporaryDir m_dir;
    QString m_error;
    bool m_started = false;
};

} // namespace concord::test
