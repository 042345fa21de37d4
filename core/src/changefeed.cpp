// ChangeFeed: in-process delivery now; PostgreSQL LISTEN and SQLite polling to follow.
#include <concord/changefeed.h>

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QSqlDriver>

namespace concord {

namespace {

QString identity(const QSqlDatabase &db)
{
    return QStringList{db.driverName(), db.hostName(), QString::number(db.port()), db.databaseName()}
        .join(QChar(0x1f));
}

QHash<QString, QPointer<ChangeFeed>> &feeds()
{
    static QHash<QString, QPointer<ChangeFeed>> all;
    return all;
}

} // namespace

class ChangeFeed::Private
{
public:
    QSqlDatabase db;
    int pollMs = 500;
    quint64 queries = 0;
};

ChangeFeed *ChangeFeed::forDatabase(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    QPointer<ChangeFeed> &feed = feeds()[identity(db)];
    if (!feed)
        feed = new ChangeFeed(db);
    return feed;
}

ChangeFeed::ChangeFeed(const QSqlDatabase &db)
    : QObject(QCoreApplication::instance()), m(std::make_unique<Private>())
{
    m->db = db;
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::publish(const RecordChange &change)
{
    emit recordChanged(change);
}

void ChangeFeed::setPollInterval(int ms) { m->pollMs = ms; }
int ChangeFeed::pollInterval() const { return m->pollMs; }
quint64 ChangeFeed::queryCount() const { return m->queries; }

} // namespace concord
