// The editors respect the column's declared type (issue 10, item 4): in the record form
// (FieldEditorFactory) and in the grid (GridCellDelegate), the 11th digit before the point of a
// NUMERIC(12,2), the 41st character of a VARCHAR(40) and a SMALLINT's 40000 cannot be typed.
#include "columnlimits.h"
#include "fieldeditorfactory.h"
#include "gridcelldelegate.h"
#include "testdatabase.h"

#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlError>
#include <QTableView>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

QString createAccounts(TestDatabase &tdb)
{
    return tdb.execAll({
        QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, credit_limit NUMERIC(12,2), "
                       "name VARCHAR(40), level SMALLINT, big BIGINT, version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("INSERT INTO accounts (id, credit_limit, name, level, big) "
                       "VALUES (1, 100.5, 'Ann', 1, 1)"),
    });
}

// Types `text` over whatever the editor shows, as an operator would, and returns what it then
// holds as text.
QString typeInto(QWidget *editor, const QString &text)
{
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
        spin->selectAll();
        QTest::keyClicks(spin, text);
        return spin->text();
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return QStringLiteral("<no editor>");
    edit->selectAll();
    QTest::keyClicks(edit, text);
    return edit->text();
}

// The digits and point of a shown number, without the locale's group separators.
QString digitsOf(const QString &shown)
{
    QString digits;
    for (QChar c : shown)
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-')
            digits += c;
    return digits;
}

} // namespace

class tst_ColumnLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void formEditorsRefuseWhatTheColumnCannotHold_data() { TestDatabase::addBackendRows(); }
    void formEditorsRefuseWhatTheColumnCannotHold();
    void gridEditorsRefuseWhatTheColumnCannotHold_data() { TestDatabase::addBackendRows(); }
    void gridEditorsRefuseWhatTheColumnCannotHold();
    void gridShowsNumbersWithTheirScaleOnTheRight_data() { TestDatabase::addBackendRows(); }
    void gridShowsNumbersWithTheirScaleOnTheRight();
    void unboundedColumnsKeepQtsEditors();
};

void tst_ColumnLimits::formEditorsRefuseWhatTheColumnCannotHold()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createAccounts(tdb), QString());
    FieldEditorFactory factory(tdb.db().connectionName(), QStringLiteral("accounts"));
    const QSqlRecord declared = TableSchema::declaredColumns(tdb.db(), QStringLiteral("accounts"));
    QWidget parent;
    auto editorFor = [&](const QString &column) {
        return factory.createEditor(declared.field(column), {}, &parent);
    };

    QWidget *credit = editorFor(QStringLiteral("credit_limit"));
    auto *number = qobject_cast<QDoubleSpinBox *>(credit);
    QVERIFY(number);
    QCOMPARE(number->decimals(), 2);
    // Digits before the point are not cut as they are typed (issue 20, A2): the model refuses
    // what NUMERIC(12,2) cannot hold, with a message that names the limit.
    QCOMPARE(digitsOf(typeInto(credit, QStringLiteral("12345678901"))), QStringLiteral("12345678901"));
    QCOMPARE(FieldEditorFactory::value(credit).toDouble(), 12345678901.0);
    // A third decimal is not dropped without a word either (issue 20, A2): it stays as typed,
    // and the box refuses it with the limit (tst_typednumbers checks what is stored).
    QCOMPARE(digitsOf(typeInto(credit, QStringLiteral("12.345"))), QStringLiteral("12.345"));
    QCOMPARE(number->hasAcceptableInput(), false);

    QWidget *name = editorFor(QStringLiteral("name"));
    QVERIFY(qobject_cast<QLineEdit *>(name));
    QCOMPARE(typeInto(name, QString(41, u'x')), QString(40, u'x'));

    QWidget *level = editorFor(QStringLiteral("level"));
    if (tdb.isSqlite()) {
        // SQLite's SMALLINT holds 64 bits: 40000 fits; letters do not.
        QCOMPARE(typeInto(level, QStringLiteral("40000")), QStringLiteral("40000"));
        QCOMPARE(typeInto(level, QStringLiteral("4a")), QStringLiteral("4"));
    } else {
        QVERIFY(qobject_cast<QSpinBox *>(level));
        QCOMPARE(typeInto(level, QStringLiteral("40000")), QStringLiteral("4000"));
        QCOMPARE(FieldEditorFactory::value(level).toInt(), 4000);
        QCOMPARE(typeInto(level, QStringLiteral("32767")), QStringLiteral("32767"));
    }

    // BIGINT: the wide line edit takes the 64-bit range, not 19 nines.
    QWidget *big = editorFor(QStringLiteral("big"));
    QVERIFY(qobject_cast<QLineEdit *>(big));
    QCOMPARE(typeInto(big, QStringLiteral("9999999999999999999")), QStringLiteral("999999999999999999"));
    QCOMPARE(typeInto(big, QStringLiteral("9223372036854775807")), QStringLiteral("9223372036854775807"));
}

void tst_ColumnLimits::gridEditorsRefuseWhatTheColumnCannotHold()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createAccounts(tdb), QString());
    // As the browser sets it up (the table's bounds read once), and a delegate given only the
    // columns (the bounds read from the model behind the cell).
    for (const bool withTable : {true, false}) {
        VersionedTableModel model(nullptr, tdb.db());
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setLiveUpdates(false);
        model.setTable(QStringLiteral("accounts"));
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QTableView view;
        auto *cells = new GridCellDelegate(&view);
        const QSqlRecord declared = TableSchema::declaredColumns(tdb.db(), QStringLiteral("accounts"));
        cells->setColumns(declared, model.record());
        if (withTable)
            cells->setLookups(tdb.db(), QStringLiteral("accounts"), declared, model.record());
        view.setItemDelegate(cells);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto openEditor = [&](const QString &column) -> QWidget * {
            const QModelIndex index = model.index(0, model.fieldIndex(column));
            view.setCurrentIndex(index);
            view.edit(index);
            // The editor itself, not the line edit inside a spin box.
            for (QWidget *w : view.viewport()->findChildren<QWidget *>())
                if (w->isVisible() && w->parentWidget() == view.viewport()
                    && (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w)))
                    return w;
            return nullptr;
        };
        auto close = [&](QWidget *editor) {
            QTest::keyClick(editor, Qt::Key_Escape);
            QTRY_VERIFY(!editor->isVisible());
        };

        QWidget *credit = openEditor(QStringLiteral("credit_limit"));
        QVERIFY(credit);
        QCOMPARE(digitsOf(typeInto(credit, QStringLiteral("12345678901"))), QStringLiteral("12345678901"));
        close(credit);

        QWidget *name = openEditor(QStringLiteral("name"));
        QVERIFY(qobject_cast<QLineEdit *>(name));
        QCOMPARE(typeInto(name, QString(41, u'y')), QString(40, u'y'));
        close(name);

        QWidget *level = openEditor(QStringLiteral("level"));
        QVERIFY(level);
        if (tdb.isSqlite()) {
            QCOMPARE(typeInto(level, QStringLiteral("4a")), QStringLiteral("4"));
        } else {
            QVERIFY(qobject_cast<QSpinBox *>(level));
            QCOMPARE(typeInto(level, QStringLiteral("40000")), QStringLiteral("4000"));
        }
        close(level);
    }
}

void tst_ColumnLimits::gridShowsNumbersWithTheirScaleOnTheRight()
{
    // A NUMERIC(12,2) shows 100.50 whether the driver gives a double (SQLite: 100.5) or text
    // (QPSQL: "100.50"), and numbers line up on the right; text stays on the left.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createAccounts(tdb), QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO accounts (id, credit_limit, name, level, big) "
                                     "VALUES (2, 915, 'Bo', 2, 2)")),
             QString());
    VersionedTableModel model(nullptr, tdb.db());
    model.setLiveUpdates(false);
    model.setTable(QStringLiteral("accounts"));
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QTableView view;
    auto *cells = new GridCellDelegate(&view);
    const QSqlRecord declared = TableSchema::declaredColumns(tdb.db(), QStringLiteral("accounts"));
    cells->setColumns(declared, model.record());
    cells->setLookups(tdb.db(), QStringLiteral("accounts"), declared, model.record());
    view.setItemDelegate(cells);
    view.setModel(&model);
    const auto shown = [&](int row, const char *column) {
        return cells->cellOption(model.index(row, model.fieldIndex(QLatin1String(column))));
    };
    QCOMPARE(shown(0, "credit_limit").text, QStringLiteral("100.50"));
    QCOMPARE(shown(1, "credit_limit").text, QStringLiteral("915.00"));
    QCOMPARE(shown(1, "credit_limit").displayAlignment, Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(shown(1, "level").displayAlignment, Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(shown(1, "level").text, QStringLiteral("2"));
    QVERIFY(!(shown(1, "name").displayAlignment & Qt::AlignRight));
    // NULL stays empty, not 0.00.
    QVERIFY(model.setData(model.index(1, model.fieldIndex(QStringLiteral("credit_limit"))),
                          QVariant(QMetaType::fromType<double>())));
    QCOMPARE(shown(1, "credit_limit").text, QString());
}

void tst_ColumnLimits::unboundedColumnsKeepQtsEditors()
{
    QLineEdit edit;
    edit.setMaxLength(7);
    ColumnLimits::apply(&edit, ColumnBounds::fromDeclaredType(QStringLiteral("text"), false));
    QCOMPARE(edit.maxLength(), 7);
    QVERIFY(!edit.validator());
    QSpinBox spin;
    spin.setRange(-5, 5);
    ColumnLimits::apply(&spin, ColumnBounds::fromDeclaredType(QStringLiteral("real"), false));
    QCOMPARE(spin.maximum(), 5);
    ColumnLimits::apply(&spin, ColumnBounds::fromDeclaredType(QStringLiteral("smallint"), false));
    QCOMPARE(spin.minimum(), -32768);
    QCOMPARE(spin.maximum(), 32767);
}

QTEST_MAIN(tst_ColumnLimits)
#include "tst_columnlimits.moc"
