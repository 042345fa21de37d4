// Drafts survive a crash: an editor process (concord_drafter) types edits (in one window, two
// windows on one record, or the grid) and is killed with SIGKILL once its drafts are written; the next MainWindow on that database offers the draft back,
// restores it into a record window, saves it, or (the record changed meanwhile) goes through the
// conflict dialog without overwriting anything. Drafts go once saved, reverted, reloaded or not
// saved on close, and no file the editor writes ever holds the connection's password.
#include "browsertestsupport.h"
#include "conflictdialog.h"
#include "griddraftwriter.h"
#include "gridundo.h"
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "passworddialog.h"
#include "recentconnections.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/draftjournal.h>
#include <concord/versionedtablemodel.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

QSqlRecord idKey(int id)
{
    QSqlRecord key;
    key.append(QSqlField(QStringLiteral("id"), QMetaType::fromType<int>()));
    key.setValue(0, id);
    return key;
}

// The drafts a journal in `dir` holds for the test database.
QList<RecordDraft> draftsOf(TestDatabase &db, const QString &dir)
{
    return DraftJournal(DraftJournal::databaseIdentity(db.db()), dir).drafts();
}

// Runs concord_drafter on record `id` of people with `edits`, waits until it says its draft is
// written, then kills it (SIGKILL: no close event, no destructor, nothing saved). Returns what it
// printed if that went wrong, else empty.
QString crashAfterDraft(TestDatabase &db, const QString &dir, int id, const QStringList &edits,
                        const QStringList &options = {})
{
    QStringList args{QStringLiteral("--drafts"), dir, QStringLiteral("--table"),
                     QStringLiteral("people"), QStringLiteral("--id"), QString::number(id)};
    if (db.isSqlite())
        args << QStringLiteral("--sqlite") << db.spec().path();
    else
        args << QStringLiteral("--pg") << db.spec().toStorageString();
    args << options << edits;
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    editor.setProcessEnvironment(env);
    editor.start(QStringLiteral(CONCORD_DRAFTER), args);
    if (!editor.waitForStarted())
        return QStringLiteral("cannot start the editor: ") + editor.errorString();
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("drafted") && editor.state() == QProcess::Running && clock.elapsed() < 30000) {
        editor.waitForReadyRead(500);
        out += editor.readAllStandardOutput();
    }
    const bool drafted = out.contains("drafted");
    editor.kill();
    editor.waitForFinished();
    if (!drafted)
        return QStringLiteral("no draft: ") + QString::fromUtf8(out + editor.readAllStandardError());
    if (editor.exitStatus() != QProcess::CrashExit)
        return QStringLiteral("the editor was not killed");
    return {};
}

// Answers the drafts offer with the button named `button`; remembers what the box said.
struct OfferAnswer
{
    explicit OfferAnswer(const char *button, std::function<void(QWidget *)> other = {})
        : watcher([this, button, other](QWidget *modal) {
              auto *box = qobject_cast<QMessageBox *>(modal);
              if (box && box->objectName() == QLatin1String("draftsFoundBox")) {
                  ++offers;
                  text = box->text();
                  informative = box->informativeText();
                  if (const QString png = qEnvironmentVariable("CONCORD_DRAFTS_PNG"); !png.isEmpty())
                      box->grab().save(png);
                  clickChild(box, button);
              } else if (other) {
                  other(modal);
              } else {
                  static_cast<QDialog *>(modal)->reject();
              }
          })
    {
    }
    int offers = 0;
    QString text;
    QString informative;
    ModalWatcher watcher;
};

QLineEdit *lineEdit(RecordFormWindow *form, const char *field)
{
    return qobject_cast<QLineEdit *>(form->editorFor(QLatin1String(field)));
}

} // namespace

class tst_Drafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
        RecordFormWindow::setDraftDelay(50);
    }
    void cleanup() { deleteRecordWindows(); }

    void crashedEditsAreOfferedRestoredAndSaved_data() { TestDatabase::addBackendRows(); }
    void crashedEditsAreOfferedRestoredAndSaved();
    void restoredDraftOfAChangedRecordGoesThroughTheConflictDialog_data() { TestDatabase::addBackendRows(); }
    void restoredDraftOfAChangedRecordGoesThroughTheConflictDialog();
    void draftFollowsTheEditsAndGoesWhenTheyDo_data() { TestDatabase::addBackendRows(); }
    void draftFollowsTheEditsAndGoesWhenTheyDo();
    void laterKeepsTheDraftsAndDiscardRemovesThem();
    void draftOfADeletedRecordIsKept();
    void secondWindowsEditsOutliveTheFirstWindowsRevert();
    void twoWindowsOnOneRecordSurviveAKillAsOneMergedDraft_data() { TestDatabase::addBackendRows(); }
    void twoWindowsOnOneRecordSurviveAKillAsOneMergedDraft();
    void clashingWindowsAreRestoredSideBySide_data() { TestDatabase::addBackendRows(); }
    void clashingWindowsAreRestoredSideBySide();
    void gridEditsSurviveAKill_data() { TestDatabase::addBackendRows(); }
    void gridEditsSurviveAKill();
    void gridDraftFollowsTheTypingAndGoesWhenTheRowIsSaved();
    void passwordIsNeverOnDisk();
};

void tst_Drafts::crashedEditsAreOfferedRestoredAndSaved()
{
    CONCORD_OPEN_TEST_DB(db);
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QCOMPARE(crashAfterDraft(db, dir.path(), 1,
                             {QStringLiteral("name=Alice B"), QStringLiteral("city=<null>")}),
             QString());
    // The crash saved nothing.
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 1")).toString(),
             QStringLiteral("Alice"));
    const QList<RecordDraft> drafts = draftsOf(db, dir.path());
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().table(), QStringLiteral("people"));
    QCOMPARE(drafts.first().originals().value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
    QVERIFY(drafts.first().edits().value(QStringLiteral("city")).isNull());

    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    OfferAnswer answer("restoreDraftsButton");
    QVERIFY(window.openConnection(db.spec(), false));
    QCOMPARE(answer.offers, 1);
    QCOMPARE(answer.text, QStringLiteral("Unsaved changes from an earlier session were found for "
                                         "one record."));
    QVERIFY2(answer.informative.contains(QLatin1String("people #1")), qPrintable(answer.informative));

    QCOMPARE(window.browser()->recordWindows().size(), 1);
    RecordFormWindow *form = window.browser()->recordWindows().first();
    QCOMPARE(form->key().value(QStringLiteral("id")).toInt(), 1);
    QVERIFY(form->isDirty());
    QCOMPARE(lineEdit(form, "name")->text(), QStringLiteral("Alice B"));
    QCOMPARE(lineEdit(form, "city")->text(), QString());
    QVERIFY(QFile::exists(form->draftFile()));
    if (const QString png = qEnvironmentVariable("CONCORD_DRAFTS_FORM_PNG"); !png.isEmpty())
        form->grab().save(png);
    QVERIFY(form->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 1")).toString(),
             QStringLiteral("Alice B"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = 1 AND city IS NULL")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 2")).toString(),
             QStringLiteral("Bob"));
    // Saved: the draft is gone, and the next connection offers nothing.
    QVERIFY(draftsOf(db, dir.path()).isEmpty());
    MainWindow again(MainWindow::Persistence::Transient);
    again.setDraftDirectory(dir.path());
    OfferAnswer none("laterDraftsButton");
    QVERIFY(again.openConnection(db.spec(), false));
    QCOMPARE(none.offers, 0);
}

void tst_Drafts::restoredDraftOfAChangedRecordGoesThroughTheConflictDialog()
{
    CONCORD_OPEN_TEST_DB(db);
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QCOMPARE(crashAfterDraft(db, dir.path(), 1, {QStringLiteral("city=Lyon")}), QString());
    // Someone else saves the record after the crash.
    QVERIFY(saveAsOther(db, 1, {{QStringLiteral("city"), QStringLiteral("Rome")}}));

    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    ConflictSnapshot seen;
    int dialogs = 0;
    OfferAnswer answer("restoreDraftsButton", [&](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictDialog *>(modal);
        QVERIFY(dialog);
        ++dialogs;
        RecordFormWindow *form = window.browser()->recordWindows().value(0);
        QVERIFY(form);
        seen = form->model()->conflict(form->currentRow());
        dialog->reject();
    });
    QVERIFY(window.openConnection(db.spec(), false));
    QCOMPARE(answer.offers, 1);
    RecordFormWindow *form = window.browser()->recordWindows().value(0);
    QVERIFY(form);
    QCOMPARE(lineEdit(form, "city")->text(), QStringLiteral("Lyon"));

    QVERIFY(!form->save());
    QCOMPARE(dialogs, 1);
    QVERIFY(seen.isValid());
    QCOMPARE(seen.kind(), ConflictSnapshot::Kind::ChangedByOthers);
    QCOMPARE(seen.original().value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
    QCOMPARE(seen.mine().value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
    QCOMPARE(seen.theirs().value(QStringLiteral("city")).toString(), QStringLiteral("Rome"));
    QCOMPARE(seen.theirs().value(QStringLiteral("modified_by")).toString(), QStringLiteral("bob"));
    // Nothing of theirs was overwritten; the edits and their draft are kept.
    QCOMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 1")).toString(),
             QStringLiteral("Rome"));
    QVERIFY(form->isDirty());
    QCOMPARE(draftsOf(db, dir.path()).size(), 1);
}

void tst_Drafts::draftFollowsTheEditsAndGoesWhenTheyDo()
{
    CONCORD_OPEN_TEST_DB(db);
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    QPointer<RecordFormWindow> form = window.browser()->openRecordWindow(0);
    QVERIFY(form);
    const QString file = form->draftFile();
    QVERIFY(!file.isEmpty());
    QVERIFY(file.startsWith(dir.path()));
    QSignalSpy written(form.data(), &RecordFormWindow::draftWritten);

    auto edit = [&](const QString &text) {
        lineEdit(form, "name")->setText(text);
        // Debounced: nothing is written while the operator is still typing.
        QVERIFY(!QFile::exists(file));
        QVERIFY(written.wait(5000));
        QVERIFY(QFile::exists(file));
    };

    edit(QStringLiteral("Alice S"));
    QCOMPARE(draftsOf(db, dir.path()).first().edits().value(QStringLiteral("name")).toString(),
             QStringLiteral("Alice S"));
    QVERIFY(form->save());
    QVERIFY(!QFile::exists(file));

    edit(QStringLiteral("Alice T"));
    form->revert();
    QVERIFY(!QFile::exists(file));

    edit(QStringLiteral("Alice U"));
    {
        MessageBoxAnswer dontSave(QStringLiteral("unsavedChangesBox"), QMessageBox::Discard);
        QVERIFY(form->reload());
        QVERIFY(dontSave.answered());
    }
    QVERIFY(!QFile::exists(file));

    edit(QStringLiteral("Alice V"));
    {
        MessageBoxAnswer dontSave(QStringLiteral("unsavedChangesBox"), QMessageBox::Discard);
        QVERIFY(form->close());
        QVERIFY(dontSave.answered());
    }
    QVERIFY(!QFile::exists(file));
    QTRY_VERIFY(form.isNull());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 1")).toString(),
             QStringLiteral("Alice S"));
    QVERIFY(draftsOf(db, dir.path()).isEmpty());
}

void tst_Drafts::laterKeepsTheDraftsAndDiscardRemovesThem()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    DraftJournal journal(DraftJournal::databaseIdentity(db.db()), dir.path());
    for (int id : {1, 2}) {
        RecordDraft draft;
        draft.setTable(QStringLiteral("people"));
        draft.setKey(idKey(id));
        draft.setVersion(1);
        draft.setOriginals({{QStringLiteral("city"), QStringLiteral("x")}});
        draft.setEdits({{QStringLiteral("city"), QStringLiteral("Oslo")}});
        QVERIFY(journal.write(draft));
    }
    {
        MainWindow window(MainWindow::Persistence::Transient);
        window.setDraftDirectory(dir.path());
        OfferAnswer later("laterDraftsButton");
        QVERIFY(window.openConnection(db.spec(), false));
        QCOMPARE(later.offers, 1);
        QCOMPARE(later.text, QStringLiteral("Unsaved changes from an earlier session were found "
                                            "for 2 records."));
        QVERIFY(window.browser()->recordWindows().isEmpty());
    }
    QCOMPARE(journal.drafts().size(), 2);
    {
        MainWindow window(MainWindow::Persistence::Transient);
        window.setDraftDirectory(dir.path());
        OfferAnswer discard("discardDraftsButton");
        QVERIFY(window.openConnection(db.spec(), false));
        QCOMPARE(discard.offers, 1);
        QVERIFY(window.browser()->recordWindows().isEmpty());
    }
    QVERIFY(journal.drafts().isEmpty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE city = 'Oslo'")).toInt(), 0);
}

void tst_Drafts::draftOfADeletedRecordIsKept()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QCOMPARE(crashAfterDraft(db, dir.path(), 2, {QStringLiteral("city=Lyon")}), QString());
    QCOMPARE(db.exec(QStringLiteral("DELETE FROM people WHERE id = 2")), QString());

    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    QString warning;
    OfferAnswer answer("restoreDraftsButton", [&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        warning = box->text();
        box->accept();
    });
    QVERIFY(window.openConnection(db.spec(), false));
    QCOMPARE(answer.offers, 1);
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(QLatin1String("people #2")), qPrintable(warning));
    QVERIFY(window.browser()->recordWindows().isEmpty());
    // Nothing is lost without the operator saying so.
    QCOMPARE(draftsOf(db, dir.path()).size(), 1);
}

void tst_Drafts::secondWindowsEditsOutliveTheFirstWindowsRevert()
{
    // Two windows on one record keep a draft each: one dropping its edits must not drop the
    // other's.
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    RecordFormWindow *first = window.browser()->openRecordWindow(0);
    RecordFormWindow *second = window.browser()->openRecordWindow(0);
    QVERIFY(first && second);
    QVERIFY(first->draftFile() != second->draftFile());
    QSignalSpy firstWritten(first, &RecordFormWindow::draftWritten);
    QSignalSpy secondWritten(second, &RecordFormWindow::draftWritten);
    lineEdit(second, "city")->setText(QStringLiteral("Lyon"));
    QVERIFY(secondWritten.wait(5000));
    lineEdit(first, "name")->setText(QStringLiteral("Alice F"));
    QVERIFY(firstWritten.wait(5000));
    QCOMPARE(draftsOf(db, dir.path()).size(), 2);
    // Reverted: no change reaches the other window, which still must keep its draft.
    first->revert();
    QVERIFY(!QFile::exists(first->draftFile()));
    QVERIFY(QFile::exists(second->draftFile()));
    const QList<RecordDraft> drafts = draftsOf(db, dir.path());
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().edits().keys(), QStringList{QStringLiteral("city")});
    QCOMPARE(drafts.first().edits().value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
}

void tst_Drafts::twoWindowsOnOneRecordSurviveAKillAsOneMergedDraft()
{
    // Window 1 edits Name, window 2 City, and the editor is killed: both edits come back, in
    // one window (they touch different fields), and nothing reaches the database before Save.
    CONCORD_OPEN_TEST_DB(db);
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QCOMPARE(crashAfterDraft(db, dir.path(), 1, {QStringLiteral("name=Alice F")},
                             {QStringLiteral("--window2"), QStringLiteral("city=Lyon")}),
             QString());
    const QString unchanged = QStringLiteral("SELECT COUNT(*) FROM people WHERE id = 1 AND "
                                             "name = 'Alice' AND city = 'Paris' AND version = 1");
    QCOMPARE(db.scalar(unchanged).toInt(), 1);
    QCOMPARE(draftsOf(db, dir.path()).size(), 2);

    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    OfferAnswer answer("restoreDraftsButton");
    QVERIFY(window.openConnection(db.spec(), false));
    QCOMPARE(answer.offers, 1);
    QCOMPARE(answer.text, QStringLiteral("Unsaved changes from an earlier session were found for "
                                         "one record."));
    // Named as its window's title names it, and told that two windows' edits become one.
    QVERIFY2(answer.informative.contains(QStringLiteral("Alice — people #1")), qPrintable(answer.informative));
    QVERIFY2(answer.informative.contains(QLatin1String("the changes of 2 windows, merged into one")),
             qPrintable(answer.informative));

    QCOMPARE(window.browser()->recordWindows().size(), 1);
    RecordFormWindow *form = window.browser()->recordWindows().first();
    QVERIFY(form->isDirty());
    QCOMPARE(lineEdit(form, "name")->text(), QStringLiteral("Alice F"));
    QCOMPARE(lineEdit(form, "city")->text(), QStringLiteral("Lyon"));
    // The restored window holds both in its own draft now: a second crash loses nothing either.
    QList<RecordDraft> drafts = draftsOf(db, dir.path());
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().edits().keys(), (QStringList{QStringLiteral("city"), QStringLiteral("name")}));
    QCOMPARE(db.scalar(unchanged).toInt(), 1);

    QVERIFY(form->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = 1 AND "
                                      "name = 'Alice F' AND city = 'Lyon'")).toInt(), 1);
    QVERIFY(draftsOf(db, dir.path()).isEmpty());
}

void tst_Drafts::clashingWindowsAreRestoredSideBySide()
{
    // Both windows changed Name: neither is chosen for the operator. Each comes back in a
    // window of its own, and the offer says why.
    CONCORD_OPEN_TEST_DB(db);
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QCOMPARE(crashAfterDraft(db, dir.path(), 2, {QStringLiteral("name=Bobby")},
                             {QStringLiteral("--window2"), QStringLiteral("name=Robert"),
                              QStringLiteral("--window2"), QStringLiteral("city=Bonn")}),
             QString());
    QCOMPARE(draftsOf(db, dir.path()).size(), 2);

    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    OfferAnswer answer("restoreDraftsButton");
    QVERIFY(window.openConnection(db.spec(), false));
    QCOMPARE(answer.offers, 1);
    QVERIFY2(answer.informative.contains(QStringLiteral("Bob — people #2")), qPrintable(answer.informative));
    QVERIFY2(answer.informative.contains(QLatin1String("2 windows changed Name differently")),
             qPrintable(answer.informative));

    const QList<RecordFormWindow *> forms = window.browser()->recordWindows();
    QCOMPARE(forms.size(), 2);
    QStringList shown;
    for (RecordFormWindow *form : forms) {
        QVERIFY(form->isDirty());
        shown << lineEdit(form, "name")->text() + u'/' + lineEdit(form, "city")->text();
    }
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("Bobby/Berlin"), QStringLiteral("Robert/Bonn")}));
    QCOMPARE(draftsOf(db, dir.path()).size(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = 2 AND "
                                      "name = 'Bob' AND city = 'Berlin' AND version = 1")).toInt(), 1);
}

void tst_Drafts::gridEditsSurviveAKill()
{
    // Typed in the grid: Name committed to the row (not saved), City still in the open cell
    // editor. After the kill both come back, in a window, for the operator to save.
    CONCORD_OPEN_TEST_DB(db);
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QCOMPARE(crashAfterDraft(db, dir.path(), 3,
                             {QStringLiteral("name=Alicia G"), QStringLiteral("city=Oslo")},
                             {QStringLiteral("--grid")}),
             QString());
    const QString unchanged = QStringLiteral("SELECT COUNT(*) FROM people WHERE id = 3 AND "
                                             "name = 'Alicia' AND city = 'Rome' AND version = 1");
    QCOMPARE(db.scalar(unchanged).toInt(), 1);
    const QList<RecordDraft> drafts = draftsOf(db, dir.path());
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().edits().value(QStringLiteral("name")).toString(), QStringLiteral("Alicia G"));
    QCOMPARE(drafts.first().edits().value(QStringLiteral("city")).toString(), QStringLiteral("Oslo"));
    QCOMPARE(drafts.first().originals().value(QStringLiteral("city")).toString(), QStringLiteral("Rome"));

    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    OfferAnswer answer("restoreDraftsButton");
    QVERIFY(window.openConnection(db.spec(), false));
    QCOMPARE(answer.offers, 1);
    QVERIFY2(answer.informative.contains(QStringLiteral("Alicia — people #3")), qPrintable(answer.informative));
    QCOMPARE(window.browser()->recordWindows().size(), 1);
    RecordFormWindow *form = window.browser()->recordWindows().first();
    QCOMPARE(lineEdit(form, "name")->text(), QStringLiteral("Alicia G"));
    QCOMPARE(lineEdit(form, "city")->text(), QStringLiteral("Oslo"));
    QCOMPARE(db.scalar(unchanged).toInt(), 1);
    QVERIFY(form->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = 3 AND "
                                      "name = 'Alicia G' AND city = 'Oslo'")).toInt(), 1);
    QVERIFY(draftsOf(db, dir.path()).isEmpty());
}

void tst_Drafts::gridDraftFollowsTheTypingAndGoesWhenTheRowIsSaved()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    MainWindow window(MainWindow::Persistence::Transient);
    window.setDraftDirectory(dir.path());
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TableBrowser *browser = window.browser();
    QTableView *view = browser->view();
    VersionedTableModel *model = browser->model();
    QSignalSpy written(browser->gridDrafts(), &GridDraftWriter::written);
    const int cityColumn = model->fieldIndex(QStringLiteral("city"));

    // Typing in the cell, not committed yet: its text is kept.
    view->setFocus();
    view->setCurrentIndex(model->index(0, cityColumn));
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    // Opened, nothing typed: nothing to keep.
    browser->gridDrafts()->write();
    QVERIFY(draftsOf(db, dir.path()).isEmpty());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Lyon"));
    QVERIFY(written.wait(5000));
    QList<RecordDraft> drafts = draftsOf(db, dir.path());
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().edits(), (QVariantMap{{QStringLiteral("city"), QStringLiteral("Lyon")}}));
    QCOMPARE(drafts.first().recordName(), QStringLiteral("Alice"));

    // Esc drops the cell's typing, and with it the draft.
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(draftsOf(db, dir.path()).isEmpty());

    // Committed to the row (Tab), not saved: kept. Saved by leaving the row: gone.
    QTRY_VERIFY(!browser->gridUndo()->isEditing());
    editor = openEditor(view, model->index(0, cityColumn));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Nice"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QTRY_VERIFY(model->isDirty());
    QTRY_COMPARE(draftsOf(db, dir.path()).value(0).edits().value(QStringLiteral("city")).toString(),
                 QStringLiteral("Nice"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 1")).toString(),
             QStringLiteral("Paris"));
    if (QWidget *next = QApplication::focusWidget(); next && next != view)
        QTest::keyClick(next, Qt::Key_Escape); // the next cell's editor, opened by Tab
    QTRY_VERIFY(!browser->gridUndo()->isEditing());
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 1")).toString(),
                 QStringLiteral("Nice"));
    QTRY_VERIFY(draftsOf(db, dir.path()).isEmpty());
    QVERIFY(browser->gridDrafts()->files().isEmpty());
}

void tst_Drafts::passwordIsNeverOnDisk()
{
    // As tst_mainwindow's password test: a role of its own with a password, over TCP on
    // 127.0.0.1, where pg_virtualenv's server asks for passwords.
    PasswordRole role("concord_dr");
    const QByteArray password = role.password();
    TestDatabase db(QStringLiteral("psql"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const auto closeForms = qScopeGuard([] { deleteRecordWindows(); });
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(role.create(db), QString());
    const ConnectionSpec spec = role.spec(db);
    const QByteArray serverPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] {
        if (!serverPassword.isEmpty())
            qputenv("PGPASSWORD", serverPassword);
    });

    RecentConnections::clear();
    ModalWatcher watcher([&](QWidget *modal) {
        auto *dialog = qobject_cast<PasswordDialog *>(modal);
        QVERIFY2(dialog, modal->metaObject()->className());
        dialog->passwordEdit()->setText(QString::fromUtf8(password));
        dialog->accept();
    });
    QString draftFile;
    const auto removeDraft = qScopeGuard([&] { QFile::remove(draftFile); });
    {
        // A whole session: connect with the password, edit, and leave a draft behind.
        MainWindow window(MainWindow::Persistence::Settings);
        QVERIFY(window.draftDirectory().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(window.openConnection(spec, false));
        QCOMPARE(watcher.count(), 1);
        QVERIFY(window.openTable(QStringLiteral("people")));
        RecordFormWindow *form = window.browser()->openRecordWindow(0);
        QVERIFY(form);
        QSignalSpy written(form, &RecordFormWindow::draftWritten);
        lineEdit(form, "city")->setText(QStringLiteral("Lyon"));
        QVERIFY(written.wait(5000));
        draftFile = form->draftFile();
        delete form; // as a crash would: the draft stays
        QVERIFY(QFile::exists(draftFile));
        QVERIFY(window.close());
    }
    QCOMPARE(RecentConnections::entries().size(), 1);
    QSettings settings(QStringLiteral("Concord"), QStringLiteral("Concord"));
    settings.sync();

    // Every file of the settings and data folders, in every encoding a QString may be written in.
    const QList<QByteArray> needles{password, QString::fromLatin1(password).toUtf8(),
                                    QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(password).utf16()),
                                               password.size() * 2)};
    QByteArray utf16be;
    for (char c : password)
        utf16be.append('\0').append(c);
    QStringList folders{QFileInfo(settings.fileName()).absolutePath(),
                        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
                        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)};
    QStringList scanned;
    for (const QString &folder : std::as_const(folders)) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : needles)
                QVERIFY2(!bytes.contains(needle), qPrintable(QStringLiteral("password in ") + path));
            QVERIFY2(!bytes.contains(utf16be), qPrintable(QStringLiteral("password (UTF-16) in ") + path));
            scanned << QFileInfo(path).canonicalFilePath();
        }
    }
    // The scan saw what the session wrote: the settings with the recent list, and the draft.
    QVERIFY2(scanned.contains(QFileInfo(settings.fileName()).canonicalFilePath()), qPrintable(scanned.join(u' ')));
    QVERIFY2(scanned.contains(QFileInfo(draftFile).canonicalFilePath()), qPrintable(draftFile));
    RecentConnections::clear();
}

QTEST_MAIN(tst_Drafts)
#include "tst_drafts.moc"
