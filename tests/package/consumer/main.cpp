// Uses Concord::Core from its installed headers: a versioned model on an in-memory SQLite table,
// edited in two models at once and saved twice: the second model hears of the first save before
// its own (live updates), and its own save must conflict.
#include <concord/versionedtablemodel.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, version INTEGER NOT NULL DEFAULT 1)"));
    q.exec(QStringLiteral("INSERT INTO t (name) VALUES ('a')"));

    concord::VersionedTableModel first(nullptr, db), second(nullptr, db);
    for (auto *m : {&first, &second}) {
        m->setEditStrategy(QSqlTableModel::OnManualSubmit);
        m->setTable(QStringLiteral("t"));
        if (!m->select())
            return 2;
    }
    first.setData(first.index(0, 1), QStringLiteral("b"));
    second.setData(second.index(0, 1), QStringLiteral("c"));
    if (!first.submitAll())
        return 3;
    if (!second.isChangedElsewhere(0))
        return 5;
    if (second.submitAll() || second.lastFailure() != concord::VersionedTableModel::FailureKind::ChangedByOthers)
        return 4;
    return 0;
}
