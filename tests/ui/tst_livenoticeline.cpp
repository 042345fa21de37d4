// The editor says when others' changes cannot be shown live: the table browser (a line under
// the grid) and the record window (its status bar) show the model's reason while its connection
// is gone, and drop the line once changes arrive again. Offscreen, on SQLite and PostgreSQL.
#include "browsertestsupport.h"
#include "formtestsupport.h"
#include "tablebrowser.h"

#include <QLabel>
#include <QStatusBar>

using namespace concord;
using namespace concord::test;

namespace {

const QString kPrefix = QStringLiteral("Changes by others are not shown live: ");

// Closes the connection the way a lost one looks to the window, waits for the line, opens it
// again and waits for the line to go.
void closeAndReopen(QSqlDatabase db, QLabel *line)
{
    db.close();
    QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), 8000);
    QVERIFY2(line->text().startsWith(kPrefix), qPrintable(line->text()));
    QVERIFY(line->text().size() > kPrefix.size()); // the reason follows
    QVERIFY(!line->toolTip().isEmpty());
    QVERIFY(db.open());
    QTRY_VERIFY_WITH_TIMEOUT(line->isHidden(), 8000);
    QVERIFY(line->text().isEmpty());
}

} // namespace

class tst_LiveNoticeLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void browserSaysWhenChangesCannotArrive_data() { TestDatabase::addBackendRows(); }
    void browserSaysWhenChangesCannotArrive();
    void recordWindowSaysWhenChangesCannotArrive_data() { TestDatabase::addBackendRows(); }
    void recordWindowSaysWhenChangesCannotArrive();
};

void tst_LiveNoticeLine::browserSaysWhenChangesCannotArrive()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto *line = browser.findChild<QLabel *>(QStringLiteral("liveNoticeLabel"));
    QVERIFY(line);
    QVERIFY(line->isHidden());
    closeAndReopen(db.db(), line);
    if (QTest::currentTestFailed())
        return;
    // Another table: the line follows the new model.
    browser.closeTable();
    QVERIFY(line->isHidden());
}

void tst_LiveNoticeLine::recordWindowSaysWhenChangesCannotArrive()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *line = window->statusBar()->findChild<QLabel *>(QStringLiteral("liveNoticeLabel"));
    QVERIFY(line);
    QVERIFY(line->isHidden());
    closeAndReopen(window->model()->database(), line);
}

QTEST_MAIN(tst_LiveNoticeLine)
#include "tst_livenoticeline.moc"
