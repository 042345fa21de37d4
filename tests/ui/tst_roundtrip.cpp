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
    qInfo("round-trip matrix on %s: %d cells, %d failed", qPrintable(db.backend()), outcome.cells,
          int(outcome.failures.size()));
    QVERIFY2(outcome.failures.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 cells failed:\n").arg(outcome.failures.size())
                            .arg(outcome.cells)
                        + outcome.failures.join(u'\n')));
}

QTEST_MAIN(tst_RoundTrip)
#include "tst_roundtrip.moc"
