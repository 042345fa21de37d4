// The round-trip matrix: every column type the editors handle, holding NULL, zero, negatives,
// extremes, fractions, non-ASCII and (SQLite) over-long text, through both editors (record form
// and grid), on both backends, in the C, German and Spanish locales, with the client in UTC.
// Each cell is checked twice: opening the editor and committing without typing leaves the
// database byte for byte as it was, and typing the value again as the locale writes it stores
// exactly that value. The cells that break are listed, and counted, in one failure message.
#include "browsertestsupport.h"
#include "formtestsupport.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

#include <ctime>

using namespace concord;
using namespace concord::test;

namespace {

enum class Family { Integer, Real, Text, Boolean, Temporal, Lookup };

// One column of the matrix table: its declaration on each backend, and its values, one per
// row, as SQL literals (empty: the row leaves it NULL).
struct MatrixColumn
{
    QString name;
    QString sqlite;
    QString psql;
    Family family;
    QStringList sqliteValues;
    QStringList psqlValues; // empty: the same as SQLite's
};

const int rowCount = 6;

QList<MatrixColumn> matrixColumns()
{
    const QString n = QString();
    return {
        {QStringLiteral("i"), QStringLiteral("INTEGER"), QStringLiteral("INTEGER"), Family::Integer,
         {n, QStringLiteral("0"), QStringLiteral("-7"), QStringLiteral("9223372036854775807"),
          QStringLiteral("4294967296"), QStringLiteral("-9223372036854775808")},
         {n, QStringLiteral("0"), QStringLiteral("-7"), QStringLiteral("2147483647"),
          QStringLiteral("1"), QStringLiteral("-2147483648")}},
        {QStringLiteral("s"), QStringLiteral("SMALLINT"), QStringLiteral("SMALLINT"), Family::Integer,
         {n, QStringLiteral("0"), QStringLiteral("-32768"), QStringLiteral("32767"),
          QStringLiteral("12"), QStringLiteral("-1")},
         {}},
        {QStringLiteral("b"), QStringLiteral("BIGINT"), QStringLiteral("BIGINT"), Family::Integer,
         {n, QStringLiteral("0"), QStringLiteral("-9007199254740993"),
          QStringLiteral("9223372036854775807"), QStringLiteral("1"),
          QStringLiteral("-9223372036854775808")},
         {}},
        {QStringLiteral("r"), QStringLiteral("REAL"), QStringLiteral("DOUBLE PRECISION"), Family::Real,
         {n, QStringLiteral("0.0"), QStringLiteral("-2.5"), QStringLiteral("1.5e+300"),
          QStringLiteral("3.14159"), QStringLiteral("-0.001")},
         {}},
        {QStringLiteral("nm"), QStringLiteral("NUMERIC(6,2)"), QStringLiteral("NUMERIC(6,2)"), Family::Real,
         {n, QStringLiteral("0"), QStringLiteral("-9999.99"), QStringLiteral("9999.99"),
          QStringLiteral("12.5"), QStringLiteral("0.01")},
         {}},
        {QStringLiteral("d"), QStringLiteral("DECIMAL(9,3)"), QStringLiteral("DECIMAL(9,3)"), Family::Real,
         {n, QStringLiteral("0"), QStringLiteral("-123456.789"), QStringLiteral("999999"),
          QStringLiteral("2"), QStringLiteral("3")},
         {}},
        {QStringLiteral("t"), QStringLiteral("TEXT"), QStringLiteral("TEXT"), Family::Text,
         {n, QStringLiteral("'0'"), QStringLiteral("'-1'"), QStringLiteral("'Zoë ñandú €'"),
          QStringLiteral("'a''b \"c\"'"), QStringLiteral("' lead and trail '")},
         {}},
        {QStringLiteral("v"), QStringLiteral("VARCHAR(8)"), QStringLiteral("VARCHAR(8)"), Family::Text,
         {n, QStringLiteral("'0'"), QStringLiteral("'Straße'"), QStringLiteral("'abcdefgh'"),
          QStringLiteral("'ü'"), QStringLiteral("'longer than eight'")},
         {n, QStringLiteral("'0'"), QStringLiteral("'Straße'"), QStringLiteral("'abcdefgh'"),
          QStringLiteral("'ü'"), QStringLiteral("'eight ch'")}},
        {QStringLiteral("f"), QStringLiteral("BOOLEAN"), QStringLiteral("BOOLEAN"), Family::Boolean,
         {n, QStringLiteral("FALSE"), QStringLiteral("TRUE"), QStringLiteral("TRUE"),
          QStringLiteral("FALSE"), n},
         {}},
        {QStringLiteral("dt"), QStringLiteral("DATE"), QStringLiteral("DATE"), Family::Temporal,
         {n, QStringLiteral("'1999-12-31'"), QStringLiteral("'2024-02-29'"),
          QStringLiteral("'2099-12-31'"), QStringLiteral("'2000-01-01'"), n},
         {}},
        {QStringLiteral("tm"), QStringLiteral("TIME"), QStringLiteral("TIME"), Family::Temporal,
         {n, QStringLiteral("'00:00:00'"), QStringLiteral("'23:59:59'"),
          QStringLiteral("'12:00:00'"), QStringLiteral("'08:30:15'"), n},
         {}},
        {QStringLiteral("ts"), QStringLiteral("TIMESTAMP"), QStringLiteral("TIMESTAMP"), Family::Temporal,
         {n, QStringLiteral("'2000-01-01 00:00:00'"), QStringLiteral("'2024-02-29 13:45:30'"),
          QStringLiteral("'2099-12-31 23:59:59'"), QStringLiteral("'2024-05-31 08:30:15'"), n},
         {}},
        {QStringLiteral("tz"), QStringLiteral("TIMESTAMPTZ"), QStringLiteral("TIMESTAMPTZ"), Family::Temporal,
         {n, QStringLiteral("'2000-01-01 00:00:00'"), QStringLiteral("'2024-02-29 13:45:30'"),
          QStringLiteral("'2099-12-31 23:59:59'"), QStringLiteral("'2024-05-31 08:30:15'"), n},
         {n, QStringLiteral("'2000-01-01 00:00:00+00'"), QStringLiteral("'2024-02-29 13:45:30+00'"),
          QStringLiteral("'2099-12-31 23:59:59+00'"), QStringLiteral("'2024-05-31 08:30:15+00'"), n}},
        {QStringLiteral("fk"), QStringLiteral("INTEGER REFERENCES tags(id)"),
         QStringLiteral("INTEGER REFERENCES tags(id)"), Family::Lookup,
         {n, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), n, QStringLiteral("1")},
         {}},
    };
}

QString valueOf(const MatrixColumn &column, int row, bool sqlite)
{
    const QStringList &values = sqlite || column.psqlValues.isEmpty() ? column.sqliteValues
                                                                      : column.psqlValues;
    return values.value(row);
}

// The table, one row per value index; a reference table for the lookup.
QString createMatrix(TestDatabase &db)
{
    const bool sqlite = db.isSqlite();
    QString error = db.createVersionedTable(QStringLiteral("tags"),
                                            {QStringLiteral("name VARCHAR(40) NOT NULL")});
    if (!error.isEmpty())
        return error;
    error = db.execAll({QStringLiteral("INSERT INTO tags (name) VALUES ('Alpha')"),
                        QStringLiteral("INSERT INTO tags (name) VALUES ('Beta')"),
                        QStringLiteral("INSERT INTO tags (name) VALUES ('Gamma')")});
    if (!error.isEmpty())
        return error;
    QStringList definitions;
    for (const MatrixColumn &column : matrixColumns())
        definitions << column.name + QLatin1Char(' ') + (sqlite ? column.sqlite : column.psql);
    error = db.createVersionedTable(QStringLiteral("matrix"), definitions);
    if (!error.isEmpty())
        return error;
    for (int row = 0; row < rowCount; ++row) {
        QStringList names;
        QStringList values;
        for (const MatrixColumn &column : matrixColumns()) {
            const QString value = valueOf(column, row, sqlite);
            if (value.isEmpty())
                continue;
            names << column.name;
            values << value;
        }
        error = db.exec(names.isEmpty()
                            ? QStringLiteral("INSERT INTO matrix (version) VALUES (1)")
                            : QStringLiteral("INSERT INTO matrix (%1) VALUES (%2)")
                                  .arg(names.join(u','), values.join(u',')));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// The stored value exactly: SQLite's quote() shows the storage class too (3.0 vs 3 vs '3').
QString stored(TestDatabase &db, const QString &column, int id)
{
    const QString sql = db.isSqlite()
        ? QStringLiteral("SELECT quote(%1) FROM matrix WHERE id = %2").arg(column).arg(id)
        : QStringLiteral("SELECT COALESCE(%1::text, 'NULL') FROM matrix WHERE id = %2")
              .arg(column).arg(id);
    return db.scalar(sql).toString();
}

// Puts the stored value back after a cell that changed it, so the next cells start clean.
void restore(TestDatabase &db, const MatrixColumn &column, int row)
{
    const QString value = valueOf(column, row, db.isSqlite());
    db.exec(QStringLiteral("UPDATE matrix SET %1 = %2 WHERE id = %3")
                .arg(column.name, value.isEmpty() ? QStringLiteral("NULL") : value)
                .arg(row + 1));
}

// The line edit a user types into, inside whatever the editor is.
QLineEdit *lineEditOf(QWidget *editor)
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->lineEdit();
    return editor->findChild<QLineEdit *>();
}

// Types `text` as keys, also non-ASCII (QTest::keyClicks asserts on those).
void typeText(QWidget *target, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(target, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Empties the editor as a user does (select all, Delete), then types `text`.
bool retype(QWidget *editor, const QString &text)
{
    editor->setFocus();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_Delete);
        typeText(plain, text);
        return true;
    }
    QLineEdit *edit = lineEditOf(editor);
    if (!edit)
        return false;
    QWidget *target = qobject_cast<QAbstractSpinBox *>(editor) ? editor : edit;
    if (qobject_cast<QComboBox *>(editor))
        target = edit;
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Delete);
    typeText(target, text);
    return true;
}

// The text for the value as the locale writes it; `shown` is what the editor shows for it,
// which is what a user retypes for dates, names and text.
QString localeText(const MatrixColumn &column, const QString &literal, const QString &shown,
                   const QLocale &locale)
{
    if (literal.isEmpty())
        return QString();
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    switch (column.family) {
    case Family::Integer:
        return l.toString(literal.toLongLong());
    case Family::Real:
        return l.toString(literal.toDouble(), 'g', QLocale::FloatingPointShortest);
    case Family::Text: {
        QString text = literal.mid(1, literal.size() - 2);
        return text.replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    case Family::Temporal: {
        // As a user types into a date editor: the digits, each section moving on to the next.
        QString digits = shown;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return digits;
    }
    default:
        return shown;
    }
}

struct Outcome
{
    int cells = 0;
    QStringList failures;
    void check(bool ok, const QString &what)
    {
        ++cells;
        if (!ok)
            failures << what;
    }
};

QString cellName(const QString &backend, const QString &locale, const char *editor,
                 const QString &column, int row, const char *check)
{
    return QStringLiteral("%1/%2/%3 %4 row %5 %6")
        .arg(backend, locale, QLatin1String(editor), column)
        .arg(row + 1)
        .arg(QLatin1String(check));
}

QWidget *openGridEditor(QTableView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    view->edit(index);
    const auto children = view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->isVisible() && child->isWindow() == false && child->hasFocus())
            return child;
    }
    QWidget *focus = QApplication::focusWidget();
    while (focus && focus->parentWidget() != view->viewport())
        focus = focus->parentWidget();
    return focus;
}

} // namespace

class tst_RoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void matrix_data();
    void matrix();
    void separatorOfAnotherLocaleIsRefused_data();
    void separatorOfAnotherLocaleIsRefused();
    void wholeDecimalSamplesStillTakeFractions_data() { TestDatabase::addBackendRows(); }
    void wholeDecimalSamplesStillTakeFractions();
    void realStepsByOneAndKeepsItsDigits_data() { TestDatabase::addBackendRows(); }
    void realStepsByOneAndKeepsItsDigits();
    void numericOverflowIsRefusedWithItsLimit_data() { TestDatabase::addBackendRows(); }
    void numericOverflowIsRefusedWithItsLimit();
    void gridDateClearsToNull_data() { TestDatabase::addBackendRows(); }
    void gridDateClearsToNull();
    void timestampTakesNoOtherText_data() { TestDatabase::addBackendRows(); }
    void timestampTakesNoOtherText();
    void nullBooleanIsTriStateInForm_data() { TestDatabase::addBackendRows(); }
    void nullBooleanIsTriStateInForm();
    void varcharTypingStopsAtItsLimitAndSaysSo_data() { TestDatabase::addBackendRows(); }
    void varcharTypingStopsAtItsLimitAndSaysSo();

private:
    void formCells(TestDatabase &db, const QString &localeName, Outcome &outcome);
    void gridCells(TestDatabase &db, const QString &localeName, Outcome &outcome);
};

void tst_RoundTrip::initTestCase()
{
    // The client in UTC: time-zone shifts are another suite's matter.
    qputenv("TZ", "UTC");
    tzset();
    useThrowawaySettings();
}

void tst_RoundTrip::cleanup()
{
    QLocale::setDefault(QLocale::c());
    deleteRecordWindows();
}

void tst_RoundTrip::matrix_data()
{
    TestDatabase::addBackendRows();
}

void tst_RoundTrip::formCells(TestDatabase &db, const QString &localeName, Outcome &outcome)
{
    const QList<MatrixColumn> columns = matrixColumns();
    const QLocale locale;
    for (int row = 0; row < rowCount; ++row) {
        QSqlRecord key = db.db().primaryIndex(QStringLiteral("matrix"));
        key.setValue(QStringLiteral("id"), row + 1);
        WindowGuard guard{new RecordFormWindow(DatabaseConnector::clone(db.db()),
                                               QStringLiteral("matrix"), key, -1,
                                               Qt::AscendingOrder, QString(), -1)};
        RecordFormWindow *window = guard.window;
        QVERIFY2(window->isValid(), qPrintable(window->errorString()));
        window->show();
        window->activateWindow();
        for (const MatrixColumn &column : columns) {
            QWidget *editor = window->editorFor(column.name);
            QVERIFY2(editor, qPrintable(column.name));
            const QString literal = valueOf(column, row, db.isSqlite());
            const QString before = stored(db, column.name, row + 1);

            // Open and commit without typing.
            editor->setFocus();
            QTest::keyClick(editor, Qt::Key_Tab);
            window->save();
            const QString afterVisit = stored(db, column.name, row + 1);
            outcome.check(afterVisit == before,
                          cellName(db.backend(), localeName, "form", column.name, row, "visit")
                              + QStringLiteral(": %1 became %2").arg(before, afterVisit));
            if (afterVisit != before) {
                restore(db, column, row);
                window->reload();
            }

            // Type it again as the locale writes it. Text over the column's length cannot be
            // typed (input stops at n); a NULL check box is no state a click reaches.
            const bool overLong = column.family == Family::Text && column.name == QLatin1String("v")
                && literal.size() - 2 > 8;
            if (overLong || (column.family == Family::Boolean && literal.isEmpty()))
                continue;
            bool typed = true;
            if (column.family == Family::Boolean) {
                auto *check = qobject_cast<QCheckBox *>(editor);
                const bool want = literal == QLatin1String("TRUE");
                typed = check != nullptr;
                for (int i = 0; check && i < 3 && check->checkState() != (want ? Qt::Checked : Qt::Unchecked); ++i)
                    QTest::keyClick(check, Qt::Key_Space);
            } else {
                QLineEdit *edit = lineEditOf(editor);
                const QString shown = edit ? edit->text()
                    : qobject_cast<QPlainTextEdit *>(editor)
                        ? qobject_cast<QPlainTextEdit *>(editor)->toPlainText() : QString();
                typed = retype(editor, localeText(column, literal, shown, locale));
                if (auto *focus = QApplication::focusWidget())
                    QTest::keyClick(focus, Qt::Key_Tab);
                else
                    QTest::keyClick(editor, Qt::Key_Tab);
            }
            window->save();
            const QString afterTyping = stored(db, column.name, row + 1);
            outcome.check(typed && afterTyping == before,
                          cellName(db.backend(), localeName, "form", column.name, row, "typed")
                              + QStringLiteral(": %1 became %2").arg(before, afterTyping));
            if (afterTyping != before || window->isDirty()) {
                restore(db, column, row);
                window->reload();
            }
        }
    }
}

void tst_RoundTrip::gridCells(TestDatabase &db, const QString &localeName, Outcome &outcome)
{
    const QList<MatrixColumn> columns = matrixColumns();
    const QLocale locale;
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("matrix")));
    browser.resize(1200, 500);
    browser.show();
    browser.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    VersionedTableModel *model = browser.model();
    QTableView *view = browser.view();
    for (int row = 0; row < rowCount; ++row) {
        for (const MatrixColumn &column : columns) {
            if (column.family == Family::Boolean)
                continue; // toggled in place: no editor opens
            const int modelRow = rowOfId(model, row + 1);
            QVERIFY(modelRow >= 0);
            const QModelIndex index = model->index(modelRow, model->fieldIndex(column.name));
            const QString literal = valueOf(column, row, db.isSqlite());
            const QString before = stored(db, column.name, row + 1);

            QPointer<QWidget> editor = openGridEditor(view, index);
            outcome.check(editor != nullptr,
                          cellName(db.backend(), localeName, "grid", column.name, row, "opens"));
            if (!editor)
                continue;
            QLineEdit *edit = lineEditOf(editor);
            const QString shown = edit ? edit->text() : QString();
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : editor.data(),
                            Qt::Key_Return);
            QTest::qWaitFor([&] { return !editor || !editor->isVisible(); });
            outcome.check(!editor || !editor->isVisible(),
                          cellName(db.backend(), localeName, "grid", column.name, row, "closes"));
            if (editor && editor->isVisible()) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
                QTest::qWaitFor([&] { return !editor || !editor->isVisible(); });
            }
            browser.commitPendingRow();
            const QString afterVisit = stored(db, column.name, row + 1);
            outcome.check(afterVisit == before,
                          cellName(db.backend(), localeName, "grid", column.name, row, "visit")
                              + QStringLiteral(": %1 became %2").arg(before, afterVisit));
            if (afterVisit != before || model->isDirty()) {
                model->revertAll();
                restore(db, column, row);
                browser.reload();
            }

            const bool overLong = column.name == QLatin1String("v") && literal.size() - 2 > 8;
            if (overLong)
                continue;
            const int againRow = rowOfId(model, row + 1);
            const QModelIndex again = model->index(againRow, model->fieldIndex(column.name));
            editor = openGridEditor(view, again);
            if (!editor)
                continue;
            const bool typed = retype(editor, localeText(column, literal, shown, locale));
            if (!editor)
                continue;
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : editor.data(),
                            Qt::Key_Return);
            // Text the editor refuses keeps it open: that is a refusal, and the cell failed.
            QTest::qWait(0);
            if (editor && editor->isVisible()) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
                QTest::qWaitFor([&] { return !editor || !editor->isVisible(); });
            }
            browser.commitPendingRow();
            const QString afterTyping = stored(db, column.name, row + 1);
            outcome.check(typed && afterTyping == before,
                          cellName(db.backend(), localeName, "grid", column.name, row, "typed")
                              + QStringLiteral(": %1 became %2").arg(before, afterTyping));
            if (afterTyping != before || model->isDirty()) {
                model->revertAll();
                restore(db, column, row);
                browser.reload();
            }
        }
    }
}

void tst_RoundTrip::matrix()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createMatrix(db), QString());
    if (!db.isSqlite())
        QCOMPARE(db.exec(QStringLiteral("SET TIME ZONE 'UTC'")), QString());
    Outcome outcome;
    for (const QString &name : {QStringLiteral("C"), QStringLiteral("de_DE"), QStringLiteral("es_ES")}) {
        QLocale::setDefault(name == QLatin1String("C") ? QLocale::c() : QLocale(name));
        formCells(db, name, outcome);
        gridCells(db, name, outcome);
    }
    QLocale::setDefault(QLocale::c());
    // QtTest cuts a long failure message: each failed cell on a line of its own first.
    for (const QString &failure : std::as_const(outcome.failures))
        qWarning("%s", qPrintable(failure));
    qInfo("round-trip matrix on %s: %d cells, %d failed", qPrintable(db.backend()), outcome.cells,
          int(outcome.failures.size()));
    QVERIFY2(outcome.failures.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 cells failed:\n").arg(outcome.failures.size())
                            .arg(outcome.cells)
                        + outcome.failures.join(u'\n')));
}

namespace {

RecordFormWindow *openMatrixWindow(TestDatabase &db, int id)
{
    QSqlRecord key = db.db().primaryIndex(QStringLiteral("matrix"));
    key.setValue(QStringLiteral("id"), id);
    auto *window = new RecordFormWindow(DatabaseConnector::clone(db.db()), QStringLiteral("matrix"),
                                        key, -1, Qt::AscendingOrder, QString(), -1);
    window->show();
    window->activateWindow();
    QTest::qWaitForWindowActive(window);
    return window;
}

// Where keys go: the focused widget (a spin box's line edit...), else the active window.
QWidget *focused()
{
    if (QWidget *widget = QApplication::focusWidget())
        return widget;
    return QApplication::activeWindow();
}

} // namespace

#define OPEN_MATRIX(db)                                                                    \
    CONCORD_OPEN_TEST_DB(db);                                                              \
    QCOMPARE(createMatrix(db), QString())

#define OPEN_MATRIX_WINDOW(var, db, id)                                                    \
    WindowGuard var##Guard{openMatrixWindow(db, id)};                                      \
    RecordFormWindow *var = var##Guard.window;                                             \
    QVERIFY2(var->isValid(), qPrintable(var->errorString()))

void tst_RoundTrip::separatorOfAnotherLocaleIsRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    for (const QString &backend : TestDatabase::backends()) {
        QTest::newRow(qPrintable(backend + QStringLiteral(" de 7.5"))) << backend << u"de_DE"_qs << u"7.5"_qs;
        QTest::newRow(qPrintable(backend + QStringLiteral(" en 7,5"))) << backend << u"en_US"_qs << u"7,5"_qs;
    }
}

// German "7.5" was stored as 75, English "7,5" too: the text is refused, never read as another
// number, in the form and in the grid; NUMERIC, REAL and BIGINT alike.
void tst_RoundTrip::separatorOfAnotherLocaleIsRefused()
{
    OPEN_MATRIX(db);
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QLocale::setDefault(QLocale(locale));
    const QStringList columns{u"nm"_qs, u"r"_qs, u"b"_qs};
    QStringList before;
    for (const QString &column : columns)
        before << stored(db, column, 5);
    {
        OPEN_MATRIX_WINDOW(window, db, 5);
        for (const QString &column : columns) {
            QWidget *editor = window->editorFor(column);
            QVERIFY(editor);
            QVERIFY(retype(editor, typed));
            QTest::keyClick(focused(), Qt::Key_Tab);
        }
        window->save();
        for (qsizetype i = 0; i < columns.size(); ++i)
            QCOMPARE(stored(db, columns.at(i), 5), before.at(i));
    }
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("matrix")));
    browser.show();
    browser.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    VersionedTableModel *model = browser.model();
    for (const QString &column : columns) {
        const QModelIndex index = model->index(rowOfId(model, 5), model->fieldIndex(column));
        QPointer<QWidget> editor = openGridEditor(browser.view(), index);
        QVERIFY2(editor, qPrintable(column));
        QVERIFY(retype(editor, typed));
        QTest::keyClick(focused(), Qt::Key_Return);
        if (editor && editor->isVisible())
            QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!editor || !editor->isVisible());
    }
    browser.commitPendingRow();
    for (qsizetype i = 0; i < columns.size(); ++i)
        QCOMPARE(stored(db, columns.at(i), 5), before.at(i));
}

// SQLite DECIMAL(9,3) whose rows all hold whole numbers: the form once chose the 64-bit
// integer editor from them, and a typed fraction was saved as NULL with "Saved".
void tst_RoundTrip::wholeDecimalSamplesStillTakeFractions()
{
    OPEN_MATRIX(db);
    QVERIFY(db.exec(u"UPDATE matrix SET d = 4"_qs).isEmpty());
    OPEN_MATRIX_WINDOW(window, db, 5);
    QWidget *editor = window->editorFor(u"d"_qs);
    QVERIFY(retype(editor, u"2.25"_qs));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY(window->save());
    QCOMPARE(db.scalar(u"SELECT d FROM matrix WHERE id = 5"_qs).toDouble(), 2.25);
}

// 3.14159 in a REAL/DOUBLE: the form showed 3.14 and one step up saved 4.14.
void tst_RoundTrip::realStepsByOneAndKeepsItsDigits()
{
    OPEN_MATRIX(db);
    OPEN_MATRIX_WINDOW(window, db, 5);
    auto *spin = qobject_cast<QAbstractSpinBox *>(window->editorFor(u"r"_qs));
    QVERIFY(spin);
    QCOMPARE(lineEditOf(spin)->text(), u"3.14159"_qs);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QVERIFY(window->save());
    QCOMPARE(db.scalar(u"SELECT r FROM matrix WHERE id = 5"_qs).toDouble(), 4.14159);
}

// NUMERIC(6,2) takes 4 digits before the point: more is refused with the limit named, never
// cut to 4 digits (99999.5 was saved as 9999.50, 123456.789 as 1234.78).
void tst_RoundTrip::numericOverflowIsRefusedWithItsLimit()
{
    OPEN_MATRIX(db);
    const QString before = stored(db, u"nm"_qs, 5);
    {
        OPEN_MATRIX_WINDOW(window, db, 5);
        QVERIFY(retype(window->editorFor(u"nm"_qs), u"99999.5"_qs));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(!window->save());
        QCOMPARE(stored(db, u"nm"_qs, 5), before);
        const auto labels = window->findChildren<QLabel *>();
        QStringList texts;
        for (const QLabel *label : labels)
            texts << label->text();
        QVERIFY2(texts.join(u'\n').contains(u"it takes at most 4 digit"_qs),
                 qPrintable(texts.join(u'\n')));
    }
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("matrix")));
    browser.show();
    browser.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    VersionedTableModel *model = browser.model();
    QSignalSpy status(&browser, &TableBrowser::statusMessage);
    const QModelIndex index = model->index(rowOfId(model, 5), model->fieldIndex(u"nm"_qs));
    QPointer<QWidget> editor = openGridEditor(browser.view(), index);
    QVERIFY(editor);
    QVERIFY(retype(editor, u"123456.78"_qs));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QVERIFY(!browser.commitPendingRow());
    QCOMPARE(stored(db, u"nm"_qs, 5), before);
    bool named = false;
    for (const QList<QVariant> &args : std::as_const(status))
        named = named || args.value(0).toString().contains(u"it takes at most 4 digit"_qs);
    QVERIFY2(named, qPrintable(status.isEmpty() ? QString() : status.last().value(0).toString()));
}

// An empty date cell opened with F2 showed 1 Jan 2000 and Enter stored it; a set date could
// not be emptied in the grid.
void tst_RoundTrip::gridDateClearsToNull()
{
    OPEN_MATRIX(db);
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("matrix")));
    browser.show();
    browser.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    VersionedTableModel *model = browser.model();
    const QModelIndex index = model->index(rowOfId(model, 3), model->fieldIndex(u"dt"_qs));
    QPointer<QWidget> editor = openGridEditor(browser.view(), index);
    QVERIFY(qobject_cast<QDateTimeEdit *>(editor));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(focused(), Qt::Key_Delete);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(stored(db, u"dt"_qs, 3), u"NULL"_qs);
}

// "yesterday" typed into a SQLite TIMESTAMP was stored: date and time columns get date-time
// editors on both backends, which take no such text.
void tst_RoundTrip::timestampTakesNoOtherText()
{
    OPEN_MATRIX(db);
    const QString before = stored(db, u"ts"_qs, 3);
    OPEN_MATRIX_WINDOW(window, db, 3);
    for (const char *column : {"dt", "tm", "ts", "tz"})
        QVERIFY2(qobject_cast<QDateTimeEdit *>(window->editorFor(QLatin1String(column))), column);
    QWidget *editor = window->editorFor(u"ts"_qs);
    editor->setFocus();
    QTest::keyClicks(editor, "yesterday");
    QTest::keyClick(editor, Qt::Key_Tab);
    window->save();
    QCOMPARE(stored(db, u"ts"_qs, 3), before);
}

// A NULL nullable BOOLEAN showed unchecked in the form, as false; two clicks stored false.
void tst_RoundTrip::nullBooleanIsTriStateInForm()
{
    OPEN_MATRIX(db);
    OPEN_MATRIX_WINDOW(window, db, 1);
    auto *check = qobject_cast<QCheckBox *>(window->editorFor(u"f"_qs));
    QVERIFY(check);
    QCOMPARE(check->checkState(), Qt::PartiallyChecked);
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Tab);
    window->save();
    QCOMPARE(stored(db, u"f"_qs, 1), u"NULL"_qs);
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(check->checkState(), Qt::Checked);
    QVERIFY(window->save());
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM matrix WHERE id = 1 AND f"_qs).toInt(), 1);
}

// VARCHAR(8): typing stops at 8 characters, and the tooltip names the limit.
void tst_RoundTrip::varcharTypingStopsAtItsLimitAndSaysSo()
{
    OPEN_MATRIX(db);
    OPEN_MATRIX_WINDOW(window, db, 2);
    auto *edit = qobject_cast<QLineEdit *>(window->editorFor(u"v"_qs));
    QVERIFY(edit);
    QVERIFY2(edit->toolTip().contains(u"8"_qs), qPrintable(edit->toolTip()));
    QVERIFY(retype(edit, u"abcdefghij"_qs));
    QCOMPARE(edit->text(), u"abcdefgh"_qs);
    QTest::keyClick(edit, Qt::Key_Tab);
    QVERIFY(window->save());
    QCOMPARE(stored(db, u"v"_qs, 2), db.isSqlite() ? u"'abcdefgh'"_qs : u"abcdefgh"_qs);
}

QTEST_MAIN(tst_RoundTrip)
#include "tst_roundtrip.moc"
