// A date-time typed in the record form is stored as typed (issue 25, item 1): 12:00 typed with
// the client in Berlin is 12:00 in a TIMESTAMP column, on a PostgreSQL session that starts in
// UTC, and still 12:00 when the record is opened again.
#include "clientzone.h"
#include "formtestsupport.h"
#include "recordformwindow.h"
#include "testdatabase.h"

#include <QDateTimeEdit>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

RecordFormWindow *openEvent(TestDatabase &db)
{
    QSqlRecord key = db.db().primaryIndex(QStringLiteral("events"));
    key.setValue(QStringLiteral("id"), 1);
    return new RecordFormWindow(DatabaseConnector::clone(db.db()), QStringLiteral("events"), key, 1,
                                Qt::AscendingOrder, QString(), -1);
}

// Types `digits` over one section of the editor, as a user does after clicking into it.
void typeInto(QDateTimeEdit *edit, QDateTimeEdit::Section section, const QString &digits)
{
    edit->setFocus();
    edit->setCurrentSection(section);
    edit->setSelectedSection(section);
    QTest::keyClicks(edit, digits);
}

} // namespace

class tst_TimestampEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ClientZone::serverSessionsInUtc(); }
    void typedTimeIsStoredInBerlin_data() { TestDatabase::addBackendRows(); }
    void typedTimeIsStoredInBerlin();
};

void tst_TimestampEditing::typedTimeIsStoredInBerlin()
{
    ClientZone berlin("Europe/Berlin");
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(db.createVersionedTable(QStringLiteral("events"),
                                     {QStringLiteral("name VARCHAR(40) NOT NULL"),
                                      QStringLiteral("starts_at TIMESTAMP")}),
             QString());
    QCOMPARE(db.exec(QStringLiteral("INSERT INTO events (name, starts_at) "
                                    "VALUES ('Review', '2024-01-15 09:30:00')")),
             QString());
    {
        WindowGuard guard{openEvent(db)};
        RecordFormWindow *window = guard.window;
        QVERIFY2(window->isValid(), qPrintable(window->errorString()));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *startsAt = qobject_cast<QDateTimeEdit *>(window->editorFor(QStringLiteral("starts_at")));
        QVERIFY(startsAt);
        QCOMPARE(startsAt->time(), QTime(9, 30));
        typeInto(startsAt, QDateTimeEdit::HourSection, QStringLiteral("12"));
        typeInto(startsAt, QDateTimeEdit::MinuteSection, QStringLiteral("00"));
        QCOMPARE(startsAt->time(), QTime(12, 0));
        QVERIFY(window->save());
    }
    const QString held = db.isSqlite()
        ? db.scalar(QStringLiteral("SELECT starts_at FROM events WHERE id = 1")).toString()
        : db.scalar(QStringLiteral("SELECT starts_at::text FROM events WHERE id = 1")).toString();
    QCOMPARE(held, QStringLiteral("2024-01-15 12:00:00"));

    // Opened again (F5 shows the same): the form shows what was typed.
    WindowGuard again{openEvent(db)};
    QVERIFY2(again.window->isValid(), qPrintable(again.window->errorString()));
    auto *reread = qobject_cast<QDateTimeEdit *>(again.window->editorFor(QStringLiteral("starts_at")));
    QVERIFY(reread);
    QCOMPARE(reread->dateTime(), QDateTime(QDate(2024, 1, 15), QTime(12, 0)));
}

QTEST_MAIN(tst_TimestampEditing)
#include "tst_timestampediting.moc"
