// A date-time typed in the record form is stored as typed (issue 25, item 1): 12:00 typed with
// the client in Berlin is 12:00 in a TIMESTAMP column, on a PostgreSQL session that starts in
// UTC, and still 12:00 when the record is opened again. A date-time typed over the whole field,
// with the separators a user types, keeps every section in the form and in the grid (issue 20,
// A: the ':' after a full hour moved on twice, and the minutes landed in the seconds).
#include "clientzone.h"
#include "formtestsupport.h"
#include "gridcelldelegate.h"
#include "recordformwindow.h"
#include "testdatabase.h"

#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QDateTimeEdit>
#include <QSqlError>
#include <QTableView>
#include <QToolTip>
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

QString createEvents(TestDatabase &db)
{
    const QString created = db.createVersionedTable(QStringLiteral("events"),
                                                    {QStringLiteral("name VARCHAR(40) NOT NULL"),
                                                     QStringLiteral("starts_at TIMESTAMP")});
    if (!created.isEmpty())
        return created;
    return db.exec(QStringLiteral("INSERT INTO events (name, starts_at) "
                                  "VALUES ('Review', '2024-01-15 09:30:07')"));
}

QString heldStart(TestDatabase &db)
{
    return db.isSqlite()
        ? db.scalar(QStringLiteral("SELECT starts_at FROM events WHERE id = 1")).toString()
        : db.scalar(QStringLiteral("SELECT starts_at::text FROM events WHERE id = 1")).toString();
}

// Backends by locales: the editor's format is ISO in every locale, and a German user types it too.
void addBackendAndLocaleRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("locale");
    for (const char *backend : {"sqlite", "psql"}) {
        for (const char *locale : {"C", "de_DE"})
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(backend),
                                                                  QLatin1String(locale))))
                << QString::fromLatin1(backend) << QString::fromLatin1(locale);
    }
}

// What a user types over the whole field (Ctrl+A first), and what the column must then hold.
const QStringList typedDateTimes = {QStringLiteral("2026-03-14 09:45"),
                                    QStringLiteral("2026-03-14 09:45:30"),
                                    QStringLiteral("202603140945")};
const QStringList storedDateTimes = {QStringLiteral("2026-03-14 09:45:00"),
                                     QStringLiteral("2026-03-14 09:45:30"),
                                     QStringLiteral("2026-03-14 09:45:00")};

// Ctrl+A, then the keys, as a user types them into the focused editor.
void retype(QWidget *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
}

} // namespace

class tst_TimestampEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ClientZone::serverSessionsInUtc(); }
    void typedTimeIsStoredInBerlin_data() { TestDatabase::addBackendRows(); }
    void typedTimeIsStoredInBerlin();
    void typedDateTimeKeepsItsMinutesInTheForm_data() { addBackendAndLocaleRows(); }
    void typedDateTimeKeepsItsMinutesInTheForm();
    void typedDateTimeKeepsItsMinutesInTheGrid_data() { addBackendAndLocaleRows(); }
    void typedDateTimeKeepsItsMinutesInTheGrid();
    void dateTimeOfAnotherFormIsRefused_data() { TestDatabase::addBackendRows(); }
    void dateTimeOfAnotherFormIsRefused();
    void cleanup() { QLocale::setDefault(QLocale::c()); }
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

void tst_TimestampEditing::typedDateTimeKeepsItsMinutesInTheForm()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createEvents(db), QString());
    for (qsizetype i = 0; i < typedDateTimes.size(); ++i) {
        {
            WindowGuard guard{openEvent(db)};
            RecordFormWindow *window = guard.window;
            QVERIFY2(window->isValid(), qPrintable(window->errorString()));
            window->show();
            QVERIFY(QTest::qWaitForWindowActive(window));
            QWidget *startsAt = window->editorFor(QStringLiteral("starts_at"));
            QVERIFY(qobject_cast<QDateTimeEdit *>(startsAt));
            retype(startsAt, typedDateTimes.at(i));
            QVERIFY(window->save());
        }
        QCOMPARE(heldStart(db), storedDateTimes.at(i));
        QCOMPARE(db.exec(QStringLiteral("UPDATE events SET starts_at = '2024-01-15 09:30:07'")),
                 QString());
    }
}

void tst_TimestampEditing::typedDateTimeKeepsItsMinutesInTheGrid()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createEvents(db), QString());
    for (qsizetype i = 0; i < typedDateTimes.size(); ++i) {
        VersionedTableModel model(nullptr, db.db());
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setLiveUpdates(false);
        model.setTable(QStringLiteral("events"));
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QTableView view;
        auto *cells = new GridCellDelegate(&view);
        const QSqlRecord declared = TableSchema::declaredColumns(db.db(), QStringLiteral("events"));
        cells->setColumns(declared, model.record(), db.isSqlite());
        cells->setLookups(db.db(), QStringLiteral("events"), declared, model.record());
        view.setItemDelegate(cells);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        const QModelIndex cell = model.index(0, model.fieldIndex(QStringLiteral("starts_at")));
        view.setCurrentIndex(cell);
        QTest::keyClick(view.viewport(), Qt::Key_F2);
        QPointer<QDateTimeEdit> editor = view.viewport()->findChild<QDateTimeEdit *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        retype(editor, typedDateTimes.at(i));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible());
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QCOMPARE(heldStart(db), storedDateTimes.at(i));
        QCOMPARE(db.exec(QStringLiteral("UPDATE events SET starts_at = '2024-01-15 09:30:07'")),
                 QString());
    }

    // Typed straight onto the cell, without F2: the first key opens the editor and is its first.
    VersionedTableModel model(nullptr, db.db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setLiveUpdates(false);
    model.setTable(QStringLiteral("events"));
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QTableView view;
    auto *cells = new GridCellDelegate(&view);
    const QSqlRecord declared = TableSchema::declaredColumns(db.db(), QStringLiteral("events"));
    cells->setColumns(declared, model.record(), db.isSqlite());
    cells->setLookups(db.db(), QStringLiteral("events"), declared, model.record());
    view.setItemDelegate(cells);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const QModelIndex cell = model.index(0, model.fieldIndex(QStringLiteral("starts_at")));
    view.setCurrentIndex(cell);
    view.setFocus();
    QTest::keyClick(view.viewport(), '2');
    QPointer<QDateTimeEdit> editor = view.viewport()->findChild<QDateTimeEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("026-03-14 09:45"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    // Typed over the sections one by one (nothing was selected whole): the seconds nobody
    // retyped keep what the editor showed, as they do after typing a new year only.
    QCOMPARE(heldStart(db), QStringLiteral("2026-03-14 09:45:07"));
}

// A German user types the date as the grid shows it, "14.03.2026 09:45", into the editor that
// shows "2026-03-14 09:45:00": Qt dropped each '.' and put the digits into other sections, and
// a date nobody typed was stored. The first foreign separator is refused, the field goes back to
// its value and says how it is typed, and nothing else typed then lands in it.
void tst_TimestampEditing::dateTimeOfAnotherFormIsRefused()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createEvents(db), QString());
    const QString typed = QStringLiteral("14.03.2026 09:45");
    const QString hint = QStringLiteral("2026-03-14 09:45:00");
    bool told = false;
    {
        WindowGuard guard{openEvent(db)};
        RecordFormWindow *window = guard.window;
        QVERIFY2(window->isValid(), qPrintable(window->errorString()));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QWidget *startsAt = window->editorFor(QStringLiteral("starts_at"));
        QVERIFY(qobject_cast<QDateTimeEdit *>(startsAt));
        retype(startsAt, typed);
        told = QTest::qWaitFor([&] { return QToolTip::text().contains(hint); }, 2000);
        QTest::keyClick(startsAt, Qt::Key_Tab);
        window->save();
    }
    QCOMPARE(heldStart(db), QStringLiteral("2024-01-15 09:30:07"));
    QVERIFY2(told, "the field said how it is typed");

    VersionedTableModel model(nullptr, db.db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setLiveUpdates(false);
    model.setTable(QStringLiteral("events"));
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QTableView view;
    auto *cells = new GridCellDelegate(&view);
    const QSqlRecord declared = TableSchema::declaredColumns(db.db(), QStringLiteral("events"));
    cells->setColumns(declared, model.record(), db.isSqlite());
    cells->setLookups(db.db(), QStringLiteral("events"), declared, model.record());
    view.setItemDelegate(cells);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const QModelIndex cell = model.index(0, model.fieldIndex(QStringLiteral("starts_at")));
    view.setCurrentIndex(cell);
    QTest::keyClick(view.viewport(), Qt::Key_F2);
    QPointer<QDateTimeEdit> editor = view.viewport()->findChild<QDateTimeEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    retype(editor, typed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(heldStart(db), QStringLiteral("2024-01-15 09:30:07"));
}

QTEST_MAIN(tst_TimestampEditing)
#include "tst_timestampediting.moc"
