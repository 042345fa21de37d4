// A file dialog in the folder of an open SQLite database must not drop the database's locks:
// closing any descriptor of the file drops every POSIX lock the process holds on it, and another
// program then takes the database for unused, checkpoints it and deletes its WAL, so that this
// process's later saves go unseen (a tester saw it after File ▸ Open; ui/filedialog.h).
#include "filedialog.h"

#include <concord/connectionspec.h>
#include <concord/databaseconnector.h>

#include <QApplication>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using concord::ConnectionSpec;
using concord::DatabaseConnector;

class tst_FileDialog : public QObject
{
    Q_OBJECT

private slots:
    void listingTheDatabasesFolderKeepsItsLocks();
};

namespace {

// Another program: opens the file, runs a statement, closes (the last one out removes the WAL).
QString otherProgram(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral(CONCORD_SQLWRITER), {QStringLiteral("sqlite"), path, sql});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return QStringLiteral("error: ") + QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

} // namespace

void tst_FileDialog::listingTheDatabasesFolderKeepsItsLocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    QSqlError error;
    QSqlDatabase db = DatabaseConnector::open(ConnectionSpec::sqlite(path), QStringLiteral("mine"), &error);
    QVERIFY2(db.isOpen(), qPrintable(error.text()));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));

    // The user opens File ▸ Open in the database's folder and cancels once it has listed it.
    bool listed = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *files = dialog->findChild<QFileSystemModel *>();
        QVERIFY(files);
        // Listed (in the model's own thread), then asked what the dialog shows of it.
        QTRY_VERIFY(files->index(path).isValid());
        const QModelIndex file = files->index(path);
        files->type(file);
        files->data(file, Qt::DecorationRole);
        dialog->grab();
        listed = true;
        dialog->close();
    });
    QCOMPARE(FileDialog::openFileName(nullptr, QStringLiteral("Open"), dir.path(),
                                      QStringLiteral("SQLite databases (*.sqlite)")),
             QString());
    QVERIFY(listed);

    QCOMPARE(otherProgram(path, QStringLiteral("SELECT COUNT(*) FROM t")), QString());
    QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
             "another program deleted the WAL of a database open here");
    // A save here is seen by the others.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QCOMPARE(otherProgram(path, QStringLiteral("INSERT INTO t SELECT 10 + COUNT(*) FROM t")), QString());
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(x) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 12);
    q.finish();
    db.close();
}

QTEST_MAIN(tst_FileDialog)
#include "tst_filedialog.moc"
