// A number typed into the record form or the grid is stored as typed, or refused with a message
// naming the column and its limit; never other digits (issue 20, A2; issue 25, 2). NUMERIC(6,2)
// took "1234.567" as 1234.56 with "Saved"; a German "12.5" in an INTEGER became 12, the number
// read on the way while typing.
#include "formtestsupport.h"
#include "gridcelldelegate.h"
#include "recordformwindow.h"
#include "testdatabase.h"

#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStatusBar>
#include <QSqlError>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

#include <memory>

using namespace concord;
using namespace concord::test;

namespace {

QString createLedger(TestDatabase &db)
{
    const QString created = db.createVersionedTable(
        QStringLiteral("ledger"), {QStringLiteral("name VARCHAR(40) NOT NULL"),
                                   QStringLiteral("budget NUMERIC(6,2)"), QStringLiteral("qty INTEGER"),
                                   QStringLiteral("big BIGINT")});
    if (!created.isEmpty())
        return created;
    return db.exec(QStringLiteral("INSERT INTO ledger (name, budget, qty, big) "
                                  "VALUES ('Ann', 100.5, 7, 8)"));
}

// What the column holds, as text the same on both backends ("100.50", "7").
QString held(TestDatabase &db, const QString &column)
{
    const QVariant value = db.scalar(QStringLiteral("SELECT %1 FROM ledger WHERE id = 1").arg(column));
    if (column == QLatin1String("budget"))
        return QString::number(value.toDouble(), 'f', 2);
    return value.toString();
}

RecordFormWindow *openLedger(TestDatabase &db)
{
    QSqlRecord key = db.db().primaryIndex(QStringLiteral("ledger"));
    key.setValue(QStringLiteral("id"), 1);
    return new RecordFormWindow(DatabaseConnector::clone(db.db()), QStringLiteral("ledger"), key, 1,
                                Qt::AscendingOrder, QString(), -1);
}

// Ctrl+A, then the keys, as a user types them into the focused editor.
void retype(QWidget *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
}

QString shownText(QWidget *editor)
{
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        return spin->text();
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text();
    return QStringLiteral("<no editor>");
}

// The browser's grid on the ledger, as TableBrowser sets it up.
struct Grid
{
    explicit Grid(TestDatabase &db) : model(nullptr, db.db())
    {
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setLiveUpdates(false);
        model.setTable(QStringLiteral("ledger"));
        model.select();
        auto *cells = new GridCellDelegate(&view);
        const QSqlRecord declared = TableSchema::declaredColumns(db.db(), QStringLiteral("ledger"));
        cells->setColumns(declared, model.record(), db.isSqlite());
        cells->setLookups(db.db(), QStringLiteral("ledger"), declared, model.record());
        view.setItemDelegate(cells);
        view.setModel(&model);
        view.show();
    }
    // F2 on the column's cell of the one row: the editor that opens.
    QWidget *open(const QString &column)
    {
        const QModelIndex cell = model.index(0, model.fieldIndex(column));
        view.setCurrentIndex(cell);
        view.setFocus();
        QTest::keyClick(view.viewport(), Qt::Key_F2);
        for (QWidget *w : view.viewport()->findChildren<QWidget *>())
            if (w->isVisible() && w->parentWidget() == view.viewport()
                && (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w)))
                return w;
        return nullptr;
    }

    VersionedTableModel model;
    QTableView view;
};

void addBackendAndLocaleRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    for (const char *backend : {"sqlite", "psql"}) {
        const QString b = QString::fromLatin1(backend);
        // Not a whole number in either locale: "12.5" never 12, 125 or 12.5.
        QTest::newRow(qPrintable(b + QStringLiteral("/de 12.5"))) << b << QStringLiteral("de_DE") << QStringLiteral("12.5");
        QTest::newRow(qPrintable(b + QStringLiteral("/de 12,5"))) << b << QStringLiteral("de_DE") << QStringLiteral("12,5");
        QTest::newRow(qPrintable(b + QStringLiteral("/C 12.5"))) << b << QStringLiteral("C") << QStringLiteral("12.5");
        QTest::newRow(qPrintable(b + QStringLiteral("/C 12,5"))) << b << QStringLiteral("C") << QStringLiteral("12,5");
    }
}

// Text that is no number in the locale, but a number in another: a separator the locale does
// not use as its decimal point.
void addBackendAndForeignSeparatorRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    for (const char *backend : {"sqlite", "psql"}) {
        const QString b = QString::fromLatin1(backend);
        QTest::newRow(qPrintable(b + QStringLiteral("/de 12.5"))) << b << QStringLiteral("de_DE") << QStringLiteral("12.5");
        QTest::newRow(qPrintable(b + QStringLiteral("/C 12,5"))) << b << QStringLiteral("C") << QStringLiteral("12,5");
    }
}

const QStringList numberColumns = {QStringLiteral("budget"), QStringLiteral("qty"),
                                   QStringLiteral("big")};

} // namespace

class tst_TypedNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void gridRefusesDigitsTheColumnCannotHold_data() { TestDatabase::addBackendRows(); }
    void gridRefusesDigitsTheColumnCannotHold();
    void formRefusesDigitsTheColumnCannotHold_data() { TestDatabase::addBackendRows(); }
    void formRefusesDigitsTheColumnCannotHold();
    void refusedWholeNumberKeepsTheOldValueInTheForm_data() { addBackendAndLocaleRows(); }
    void refusedWholeNumberKeepsTheOldValueInTheForm();
    void refusedWholeNumberKeepsTheOldValueInTheGrid_data() { addBackendAndLocaleRows(); }
    void refusedWholeNumberKeepsTheOldValueInTheGrid();
    void gridKeepsTextThatIsNoNumberAndSaysWhy_data() { addBackendAndForeignSeparatorRows(); }
    void gridKeepsTextThatIsNoNumberAndSaysWhy();
    void formSaveRefusesTextThatIsNoNumber_data() { addBackendAndForeignSeparatorRows(); }
    void formSaveRefusesTextThatIsNoNumber();
};

void tst_TypedNumbers::gridRefusesDigitsTheColumnCannotHold()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createLedger(db), QString());
    Grid grid(db);
    QVERIFY(QTest::qWaitForWindowActive(&grid.view));

    // More decimals than NUMERIC(6,2) holds: the editor refuses them itself (the box would round
    // them away before the model could see them).
    const QString tooManyDecimals =
        QStringLiteral("Budget has too many decimals: it takes at most 2 digits after the decimal point.");
    for (const QString &typed : {QStringLiteral("1234.567"), QStringLiteral("123456.789")}) {
        QPointer<QWidget> editor = grid.open(QStringLiteral("budget"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        retype(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        // Refused: the editor stays open on what was typed, and says why.
        QVERIFY2(editor && editor->isVisible(), qPrintable(typed));
        QCOMPARE(shownText(editor), typed);
        QTRY_COMPARE(QToolTip::text(), tooManyDecimals);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!editor || !editor->isVisible());
        QVERIFY2(grid.model.submitAll(), qPrintable(grid.model.lastError().text()));
        QCOMPARE(held(db, QStringLiteral("budget")), QStringLiteral("100.50"));
    }

    // Too many digits before the point: the edit is kept, and the model refuses to send it,
    // naming the limit.
    {
        QPointer<QWidget> editor = grid.open(QStringLiteral("budget"));
        QVERIFY(editor);
        retype(editor, QStringLiteral("12345.6"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible());
        QVERIFY(!grid.model.submitAll());
        QVERIFY2(grid.model.lastError().text().contains(
                     QLatin1String("it takes at most 4 digit")),
                 qPrintable(grid.model.lastError().text()));
        grid.model.revertAll();
        QCOMPARE(held(db, QStringLiteral("budget")), QStringLiteral("100.50"));
    }

    // What the column holds is taken.
    QPointer<QWidget> editor = grid.open(QStringLiteral("budget"));
    QVERIFY(editor);
    retype(editor, QStringLiteral("1234.56"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QVERIFY2(grid.model.submitAll(), qPrintable(grid.model.lastError().text()));
    QCOMPARE(held(db, QStringLiteral("budget")), QStringLiteral("1234.56"));
}

void tst_TypedNumbers::formRefusesDigitsTheColumnCannotHold()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createLedger(db), QString());
    for (const char *typed : {"1234.567", "12345.6"}) {
        {
            WindowGuard guard{openLedger(db)};
            RecordFormWindow *window = guard.window;
            QVERIFY2(window->isValid(), qPrintable(window->errorString()));
            window->show();
            QVERIFY(QTest::qWaitForWindowActive(window));
            QWidget *budget = window->editorFor(QStringLiteral("budget"));
            QVERIFY(budget);
            retype(budget, QLatin1String(typed));
            // Refused before anything is sent, naming the field and the limit (too many digits
            // before the point by the model); the decimals typed stay to be corrected.
            QVERIFY2(!window->save(), typed);
            QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Budget")));
            QStringList shown;
            for (const QLabel *label : window->findChildren<QLabel *>())
                shown << label->text();
            QVERIFY2(shown.join(u'\n').contains(QLatin1String("Budget"))
                         && shown.join(u'\n').contains(QLatin1String("it takes at most")),
                     qPrintable(shown.join(u'\n')));
            if (QLatin1String(typed) == QLatin1String("1234.567"))
                QCOMPARE(shownText(budget), QLatin1String(typed));
        }
        QCOMPARE(held(db, QStringLiteral("budget")), QStringLiteral("100.50"));
    }
}

void tst_TypedNumbers::refusedWholeNumberKeepsTheOldValueInTheForm()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QLocale::setDefault(QLocale(locale));
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createLedger(db), QString());
    for (const QString &column : {QStringLiteral("qty"), QStringLiteral("big")}) {
        const QString before = held(db, column);
        {
            WindowGuard guard{openLedger(db)};
            RecordFormWindow *window = guard.window;
            QVERIFY2(window->isValid(), qPrintable(window->errorString()));
            window->show();
            QVERIFY(QTest::qWaitForWindowActive(window));
            QWidget *editor = window->editorFor(column);
            QVERIFY(editor);
            retype(editor, typed);
            window->save();
        }
        QCOMPARE(held(db, column), before);
    }
}

void tst_TypedNumbers::refusedWholeNumberKeepsTheOldValueInTheGrid()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QLocale::setDefault(QLocale(locale));
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createLedger(db), QString());
    for (const QString &column : {QStringLiteral("qty"), QStringLiteral("big")}) {
        const QString before = held(db, column);
        Grid grid(db);
        QVERIFY(QTest::qWaitForWindowActive(&grid.view));
        QPointer<QWidget> editor = grid.open(column);
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        retype(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        if (column == QLatin1String("big")) {
            // The 64-bit line edit keeps the text and says why Enter did nothing.
            QVERIFY(editor && editor->isVisible());
            QCOMPARE(shownText(editor), typed);
            QTRY_VERIFY(QToolTip::text().contains(typed));
        }
        // The cell is left, as a user clicks elsewhere.
        if (editor && editor->isVisible())
            grid.view.setFocus();
        QTRY_VERIFY(!editor || !editor->isVisible());
        grid.model.submitAll();
        QCOMPARE(held(db, column), before);
    }
}

// A German "12.5" in a NUMERIC, INTEGER or BIGINT cell, then Enter: the editor closed without a
// word and the text was lost. It stays open on the text, and a tooltip at the cell says why.
void tst_TypedNumbers::gridKeepsTextThatIsNoNumberAndSaysWhy()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QLocale::setDefault(QLocale(locale));
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createLedger(db), QString());
    for (const QString &column : numberColumns) {
        const QString before = held(db, column);
        Grid grid(db);
        QVERIFY(QTest::qWaitForWindowActive(&grid.view));
        QPointer<QWidget> editor = grid.open(column);
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        QToolTip::hideText();
        retype(editor, typed);
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Tab}) {
            QTest::keyClick(editor, key);
            QVERIFY2(editor && editor->isVisible(), qPrintable(column));
            QCOMPARE(shownText(editor), typed);
            QTRY_VERIFY2(QToolTip::isVisible() && QToolTip::text().contains(typed),
                         qPrintable(column + u' ' + QToolTip::text()));
        }
        // The cell is left, as a user clicks elsewhere: nothing is written, and the cell says why.
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        grid.view.setFocus();
        QTRY_VERIFY(!editor || !editor->isVisible());
        QTRY_VERIFY2(QToolTip::isVisible() && QToolTip::text().contains(typed),
                     qPrintable(column + u' ' + QToolTip::text()));
        QVERIFY(!grid.model.isDirty());
        QVERIFY2(grid.model.submitAll(), qPrintable(grid.model.lastError().text()));
        QCOMPARE(held(db, column), before);
    }
}

// The same text in the record form, then Ctrl+S: the field went back to the old value and the
// status bar said "Saved". Save is refused with the message, the text kept for correction.
void tst_TypedNumbers::formSaveRefusesTextThatIsNoNumber()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QLocale::setDefault(QLocale(locale));
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createLedger(db), QString());
    for (const QString &column : numberColumns) {
        const QString before = held(db, column);
        {
            WindowGuard guard{openLedger(db)};
            RecordFormWindow *window = guard.window;
            QVERIFY2(window->isValid(), qPrintable(window->errorString()));
            window->show();
            QVERIFY(QTest::qWaitForWindowActive(window));
            QWidget *editor = window->editorFor(column);
            QVERIFY(editor);
            retype(editor, typed);
            QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
            const QString status = window->statusBar()->currentMessage();
            QVERIFY2(status.contains(typed) && !status.contains(QLatin1String("Saved")),
                     qPrintable(column + u' ' + status));
            QCOMPARE(shownText(editor), typed);
            QVERIFY(!window->save());
            QCOMPARE(shownText(editor), typed);
        }
        QCOMPARE(held(db, column), before);
    }
}

QTEST_MAIN(tst_TypedNumbers)
#include "tst_typednumbers.moc"
