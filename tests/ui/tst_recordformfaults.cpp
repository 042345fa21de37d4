// A record form when the database cannot take the save: SQLite's disk is full (PRAGMA
// max_page_count stands in for it), PostgreSQL's session is read-only. The window says so,
// keeps every edit in its editors and stays modified; once the fault is gone, Save works.
// The server faults themselves (restart, unreachable, lost answers) are in tst_faults.
#include "formtestsupport.h"
#include "recordformwindow.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class tst_RecordFormFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedSaveKeepsTheFormThenSaves_data() { TestDatabase::addBackendRows(); }
    void refusedSaveKeepsTheFormThenSaves();
};

void tst_RecordFormFaults::refusedSaveKeepsTheFormThenSaves()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // The window's own connection is the one that meets the fault.
    QSqlQuery fault(window->model()->database());
    if (db.isSqlite()) {
        QVERIFY(fault.exec(QStringLiteral("PRAGMA page_count")) && fault.next());
        const int pages = fault.value(0).toInt();
        fault.finish();
        QVERIFY(fault.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    } else {
        QVERIFY(fault.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")));
    }
    const QString big(20000, QLatin1Char('n'));
    auto *notes = qobject_cast<QPlainTextEdit *>(window->editorFor(QStringLiteral("notes")));
    auto *qty = qobject_cast<QSpinBox *>(window->editorFor(QStringLiteral("qty")));
    QVERIFY(notes && qty);
    notes->setPlainText(big);
    qty->setValue(7);
    QVERIFY(!window->save());

    auto *message = window->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    const QString expected = db.isSqlite() ? QStringLiteral("disk that holds the database is full") : QStringLiteral("read-only");
    QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QLatin1String("edits are kept")), qPrintable(message->text()));
    QCOMPARE(notes->toPlainText(), big);
    QCOMPARE(qty->value(), 7);
    QVERIFY(window->isWindowModified());
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT notes FROM items WHERE id = 1")).toString(),
             QStringLiteral("Heavy"));

    if (db.isSqlite())
        QVERIFY(fault.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    else
        QVERIFY(fault.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")));
    QVERIFY2(window->save(), qPrintable(window->model()->lastError().text()));
    QVERIFY(!window->isWindowModified());
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 7);
    QCOMPARE(db.scalar(QStringLiteral("SELECT notes FROM items WHERE id = 1")).toString(), big);
}

QTEST_MAIN(tst_RecordFormFaults)
#include "tst_recordformfaults.moc"
