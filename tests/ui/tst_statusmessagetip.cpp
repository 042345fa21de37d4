// Tests that a message too long for a status bar is still read whole: in the main window and in
// a record window, the bar's tooltip holds all of it, and a click shows it (issue 20, C.10).
// The renders go to $CONCORD_RENDER_DIR when it is set, to be looked at.
#include "browsertestsupport.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "recordformwindow.h"
#include "statusmessagetip.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <QLabel>
#include <QScreen>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

// As long as the German of a conflict's message, which the status bar cut off ("…cámbiela prim").
const QString longMessage = QStringLiteral(
    "Bob was changed by ana at 10:02 while you were editing it: compare the two versions in the "
    "conflict dialog, keep yours or theirs, or revert the record to take theirs first.");

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

void render(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CONCORD_RENDER_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Clicks the status bar's message; returns the box that then shows the message whole, if any.
QWidget *clickedBox(QStatusBar *bar)
{
    QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(40, bar->height() / 2));
    QWidget *box = nullptr;
    (void)QTest::qWaitFor([&box] {
        box = QApplication::activePopupWidget();
        return box && box->isVisible();
    });
    return box;
}

} // namespace

class tst_StatusMessageTip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useThrowawaySettings(); }
    void cleanup()
    {
        QToolTip::hideText();
        deleteRecordWindows();
    }
    void mainWindowsCutMessageIsReadWhole_data() { TestDatabase::addBackendRows(); }
    void mainWindowsCutMessageIsReadWhole();
    void recordWindowsCutMessageIsReadWhole_data() { TestDatabase::addBackendRows(); }
    void recordWindowsCutMessageIsReadWhole();
    void messageBarWrapsAtEveryWidth();
};

void tst_StatusMessageTip::mainWindowsCutMessageIsReadWhole()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.resize(790, 480);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStatusBar *bar = window.statusBar();
    bar->clearMessage();
    const QString ownTip = bar->toolTip();

    // The message as the browser sends it: too wide for the bar beside the connection's name.
    emit window.browser()->statusMessage(longMessage);
    QCOMPARE(bar->currentMessage(), longMessage);
    QVERIFY(bar->fontMetrics().horizontalAdvance(longMessage) > bar->width());
    render(&window, QStringLiteral("statusbar-cut"));
    QCOMPARE(plain(bar->toolTip()), longMessage);
    QWidget *box = clickedBox(bar);
    QVERIFY2(box, "a click shows nothing");
    QVERIFY(box->height() > 2 * bar->fontMetrics().height()); // wrapped, not one cut line
    QVERIFY(box->width() < window.screen()->availableGeometry().width());
    render(box, QStringLiteral("statusbar-box"));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());

    // When the message goes, its tooltip goes with it.
    bar->clearMessage();
    QCOMPARE(bar->toolTip(), ownTip);
}

void tst_StatusMessageTip::recordWindowsCutMessageIsReadWhole()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    RecordFormWindow *form = window.browser()->openRecordWindow(rowOfId(window.browser()->model(), 2));
    QVERIFY(form);
    form->resize(520, 400);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QStatusBar *bar = form->statusBar();
    // A short message fits: nothing is added.
    bar->showMessage(QStringLiteral("Saved"));
    QVERIFY(bar->toolTip().isEmpty());
    bar->showMessage(longMessage);
    QVERIFY(bar->fontMetrics().horizontalAdvance(longMessage) > bar->width());
    QCOMPARE(plain(bar->toolTip()), longMessage);
    QWidget *box = clickedBox(bar);
    QVERIFY2(box, "a click shows nothing");
    QTest::keyClick(box, Qt::Key_Escape);
    render(form, QStringLiteral("recordwindow-statusbar"));
}

void tst_StatusMessageTip::messageBarWrapsAtEveryWidth()
{
    // The bar under the grid: the whole text at every width, however narrow, on as many lines
    // as it needs.
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    layout->addStretch(1);
    auto *bar = new MessageBar(&host);
    layout->addWidget(bar);
    bar->showMessage(longMessage + QLatin1Char(' ') + longMessage);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    auto *label = bar->findChild<QLabel *>(QStringLiteral("messageText"));
    QVERIFY(label);
    for (const int width : {900, 600, 360, 240}) {
        host.resize(width, 400);
        QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
        QVERIFY(bar->geometry().right() < host.width());
        QCOMPARE(label->text(), longMessage + QLatin1Char(' ') + longMessage);
        render(&host, QStringLiteral("messagebar-%1").arg(width));
    }
}

QTEST_MAIN(tst_StatusMessageTip)
#include "tst_statusmessagetip.moc"
