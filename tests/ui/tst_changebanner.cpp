// Tests for ChangeBanner: the sentence for each writer (a name, the operator's other window,
// someone unknown) and for changes and deletions, with and without a time; the buttons of each
// kind, their signals and mnemonics; and that neither showing it nor clicking it moves the focus.
#include "changebanner.h"

#include <concord/recordchange.h>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

using namespace concord;

class tst_ChangeBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describesTheChange_data();
    void describesTheChange();
    void changedOffersCompareAndReload();
    void deletedOffersRecreateAndClose();
    void buttonsHaveMnemonicsAndSignal();
    void showingAndClickingLeaveTheFocus();
};

namespace {

const QDateTime when(QDate(2026, 3, 14), QTime(10, 2));

RecordChange change(const QString &who, bool inProcess, bool timed, bool deleted)
{
    RecordChange change(QStringLiteral("customers"), {3});
    change.setChangedBy(who);
    if (timed)
        change.setChangedAt(when);
    change.setDeleted(deleted);
    if (inProcess) {
        static int otherModel = 0; // any address: only "is there a writer here" matters
        change.setSource(&otherModel);
    } else {
        change.setOrigin(RecordChange::Origin::OtherProcess);
    }
    return change;
}

} // namespace

void tst_ChangeBanner::initTestCase()
{
    // Fixed, so that the time reads the same on every machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ChangeBanner::describesTheChange_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("inProcess");
    QTest::addColumn<bool>("timed");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<QString>("expected");

    const QString at = QLocale().toString(when, QLocale::ShortFormat);
    QVERIFY2(at.contains(QLatin1String("3/14/26")), qPrintable(at));
    const QString ana = QStringLiteral("ana");
    QTest::newRow("changed by a name") << ana << false << true << false
                                       << QStringLiteral("Changed by ana at ") + at;
    QTest::newRow("changed by a name, no time") << ana << false << false << false
                                                << QStringLiteral("Changed by ana");
    QTest::newRow("changed in this process")
        << ana << true << true << false << QStringLiteral("Changed in your other window at ") + at;
    QTest::newRow("changed in this process, no time")
        << QString() << true << false << false << QStringLiteral("Changed in your other window");
    QTest::newRow("changed by nobody known")
        << QString() << false << true << false << QStringLiteral("Changed by another program");
    QTest::newRow("changed by nobody known, no time")
        << QString() << false << false << false << QStringLiteral("Changed by another program");
    QTest::newRow("deleted by a name") << ana << false << true << true
                                       << QStringLiteral("Deleted by ana at ") + at;
    QTest::newRow("deleted by a name, no time") << ana << false << false << true
                                                << QStringLiteral("Deleted by ana");
    QTest::newRow("deleted in this process")
        << ana << true << true << true << QStringLiteral("Deleted in your other window at ") + at;
    QTest::newRow("deleted in this process, no time")
        << ana << true << false << true << QStringLiteral("Deleted in your other window");
    QTest::newRow("deleted by nobody known")
        << QString() << false << true << true << QStringLiteral("Deleted by another program");
    QTest::newRow("deleted by nobody known, no time")
        << QString() << false << false << true << QStringLiteral("Deleted by another program");
}

void tst_ChangeBanner::describesTheChange()
{
    QFETCH(QString, who);
    QFETCH(bool, inProcess);
    QFETCH(bool, timed);
    QFETCH(bool, deleted);
    QFETCH(QString, expected);

    const RecordChange c = change(who, inProcess, timed, deleted);
    const auto kind = deleted ? ChangeBanner::Kind::Deleted : ChangeBanner::Kind::Changed;
    QCOMPARE(ChangeBanner::describe(c, kind), expected);

    QWidget parent;
    auto *banner = new ChangeBanner(&parent);
    if (deleted)
        banner->showDeleted(c);
    else
        banner->showChanged(c);
    QCOMPARE(banner->text(), expected);
    QCOMPARE(banner->kind(), kind);
}

void tst_ChangeBanner::changedOffersCompareAndReload()
{
    QWidget parent;
    auto *banner = new ChangeBanner(&parent);
    QVERIFY2(banner->isHidden(), "nothing changed yet");
    banner->showChanged(change(QStringLiteral("ana"), false, true, false));
    QVERIFY(!banner->isHidden());
    QVERIFY(!banner->compareButton()->isHidden());
    QVERIFY(!banner->reloadButton()->isHidden());
    QVERIFY(banner->recreateButton()->isHidden());
    QVERIFY(banner->closeButton()->isHidden());
}

void tst_ChangeBanner::deletedOffersRecreateAndClose()
{
    QWidget parent;
    auto *banner = new ChangeBanner(&parent);
    banner->showChanged(change(QStringLiteral("ana"), false, true, false));
    banner->showDeleted(change(QStringLiteral("ana"), false, true, true));
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->compareButton()->isHidden());
    QVERIFY(banner->reloadButton()->isHidden());
    QVERIFY(!banner->recreateButton()->isHidden());
    QVERIFY(!banner->closeButton()->isHidden());
}

void tst_ChangeBanner::buttonsHaveMnemonicsAndSignal()
{
    QWidget parent;
    auto *banner = new ChangeBanner(&parent);
    const QList<QPair<QPushButton *, const char *>> buttons{
        {banner->compareButton(), SIGNAL(compareRequested())},
        {banner->reloadButton(), SIGNAL(reloadRequested())},
        {banner->recreateButton(), SIGNAL(recreateRequested())},
        {banner->closeButton(), SIGNAL(closeRequested())}};
    for (const auto &[button, signal] : buttons) {
        QVERIFY2(button->text().contains(QLatin1Char('&')), qPrintable(button->text()));
        QCOMPARE(button->focusPolicy(), Qt::TabFocus);
        QSignalSpy spy(banner, signal);
        button->click();
        QCOMPARE(spy.count(), 1);
    }
    // Within one kind the letters differ; the form keeps all of them free.
    const QString letters = banner->mnemonics();
    QVERIFY2(letters.size() >= 2, qPrintable(letters));
    const auto letter = [](const QPushButton *b) {
        const QString t = b->text();
        return t.at(t.indexOf(QLatin1Char('&')) + 1).toLower();
    };
    QVERIFY(letter(banner->compareButton()) != letter(banner->reloadButton()));
    QVERIFY(letter(banner->recreateButton()) != letter(banner->closeButton()));
    for (const auto &[button, signal] : buttons)
        QVERIFY2(letters.contains(letter(button)), qPrintable(letters));
}

void tst_ChangeBanner::showingAndClickingLeaveTheFocus()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new ChangeBanner(&window);
    auto *field = new QLineEdit(&window);
    layout->addWidget(banner);
    layout->addWidget(field);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("typing"));
    QTRY_COMPARE(QApplication::focusWidget(), field);

    banner->showChanged(change(QStringLiteral("ana"), false, true, false));
    QVERIFY(banner->isVisible());
    QCOMPARE(QApplication::focusWidget(), field);

    QSignalSpy compare(banner, &ChangeBanner::compareRequested);
    QTest::mouseClick(banner->compareButton(), Qt::LeftButton);
    QCOMPARE(compare.count(), 1);
    QCOMPARE(QApplication::focusWidget(), field);
    QCOMPARE(field->cursorPosition(), 6);
}

QTEST_MAIN(tst_ChangeBanner)
#include "tst_changebanner.moc"
