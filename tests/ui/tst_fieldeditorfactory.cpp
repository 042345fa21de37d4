// Tests for FieldEditorFactory without a database: which editor a column gets (also for SQLite's
// loosely typed columns), NULLs that stay NULL unless edited, values typed for their column, labels.
#include "fieldeditorfactory.h"
#include "nullabledoublespinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include <limits>
#include <memory>

using namespace concord;
using Kind = FieldEditorFactory::Kind;

namespace {

QSqlField field(const QString &name, QMetaType type, bool required = false, int length = -1)
{
    QSqlField f(name, type, QStringLiteral("t"));
    f.setRequiredStatus(required ? QSqlField::Required : QSqlField::Optional);
    f.setLength(length);
    return f;
}

QVariant null(QMetaType type)
{
    return QVariant(type);
}

} // namespace

class tst_FieldEditorFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindFollowsColumn_data();
    void kindFollowsColumn();
    void declaredTypeWinsOverSamples();
    void editorWidgetFollowsKind();
    void loadingIsNotAnEdit();
    void nullStaysNullUnlessEdited();
    void emptiedTextFollowsItsColumnsRule();
    void stepsFromNullStartAtZeroOrToday();
    void sqliteTextDatesAreWrittenBackAsText();
    void bigIntegersRoundTrip();
    void refusedNumberGoesBackToTheValueBeforeTyping();
    void readOnlyEditorsRefuseInput();
    void labelsReadAsWords();

private:
    // No connection: no foreign keys, which need a database (the window tests cover them).
    FieldEditorFactory m_factory{QString(), QStringLiteral("t")};
    QWidget m_parent;
};

void tst_FieldEditorFactory::kindFollowsColumn_data()
{
    QTest::addColumn<QSqlField>("column");
    QTest::addColumn<QVariantList>("samples");
    QTest::addColumn<Kind>("kind");

    const QMetaType text = QMetaType::fromType<QString>();
    QTest::newRow("bool") << field("active", QMetaType::fromType<bool>()) << QVariantList{}
                          << Kind::Boolean;
    QTest::newRow("int") << field("qty", QMetaType::fromType<int>()) << QVariantList{3, 5}
                         << Kind::Integer;
    QTest::newRow("sqlite integer holding 64 bits")
        << field("big", QMetaType::fromType<int>()) << QVariantList{qlonglong(5'000'000'000)}
        << Kind::BigInteger;
    QTest::newRow("int8") << field("id", QMetaType::fromType<qlonglong>()) << QVariantList{}
                          << Kind::BigInteger;
    QTest::newRow("double") << field("price", QMetaType::fromType<double>()) << QVariantList{}
                            << Kind::Decimal;
    QTest::newRow("date") << field("due", QMetaType::fromType<QDate>()) << QVariantList{}
                          << Kind::Date;
    QTest::newRow("timestamp") << field("at", QMetaType::fromType<QDateTime>()) << QVariantList{}
                               << Kind::DateTime;
    QTest::newRow("varchar") << field("name", text, false, 100) << QVariantList{"Anvil"}
                             << Kind::Text;
    QTest::newRow("long varchar") << field("body", text, false, 1000) << QVariantList{}
                                  << Kind::LongText;
    QTest::newRow("text named notes") << field("notes", text) << QVariantList{"x"}
                                      << Kind::LongText;
    QTest::newRow("text named description") << field("description", text) << QVariantList{}
                                            << Kind::LongText;
    // SQLite: DATE, TIMESTAMP, DECIMAL and BIGINT columns are QString fields to Qt.
    QTest::newRow("sqlite date") << field("due", text) << QVariantList{"2024-05-31", null(text)}
                                 << Kind::Date;
    QTest::newRow("sqlite timestamp")
        << field("seen", text) << QVariantList{"2024-05-31 10:00:00", "2024-06-01T08:30:00"}
        << Kind::DateTime;
    QTest::newRow("sqlite numeric affinity, decimals")
        << field("amount", text) << QVariantList{qlonglong(10000), 2606.99} << Kind::Decimal;
    QTest::newRow("sqlite integer affinity") << field("count", text)
                                             << QVariantList{qlonglong(7)} << Kind::BigInteger;
    QTest::newRow("text that only looks like a date sometimes")
        << field("code", text) << QVariantList{"2024-05-31", "A-17"} << Kind::Text;
    QTest::newRow("no values, named like a date") << field("created_on", text) << QVariantList{}
                                                  << Kind::Date;
    QTest::newRow("no values, named like a time") << field("modified_at", text)
                                                  << QVariantList{null(text)} << Kind::DateTime;
    QTest::newRow("values win over the name") << field("ship_date", text)
                                              << QVariantList{"soon"} << Kind::Text;
}

void tst_FieldEditorFactory::kindFollowsColumn()
{
    QFETCH(QSqlField, column);
    QFETCH(QVariantList, samples);
    QFETCH(Kind, kind);
    QCOMPARE(m_factory.kindOf(column, samples), kind);
}

// The declared type decides before any value (issue 25, items 3 and 7; issue 20, A4): whole
// numbers in a DECIMAL(9,3) still make it a decimal, text in a TIMESTAMP still a date-time.
void tst_FieldEditorFactory::declaredTypeWinsOverSamples()
{
    const QMetaType text = QMetaType::fromType<QString>();
    const auto declared = [](const char *type) {
        return ColumnBounds::fromDeclaredType(QLatin1String(type), true);
    };
    QCOMPARE(EditorChoice::kindOf(field("d", text), {qlonglong(2), qlonglong(3)}, false, false,
                                  declared("DECIMAL(9,3)")),
             Kind::Decimal);
    QCOMPARE(EditorChoice::kindOf(field("ts", text), {u"yesterday"_qs}, false, false,
                                  declared("TIMESTAMP")),
             Kind::DateTime);
    QCOMPARE(EditorChoice::kindOf(field("tm", text), {u"08:30"_qs}, false, false, declared("TIME")),
             Kind::Time);
    QCOMPARE(EditorChoice::kindOf(field("dt", text), {u"soon"_qs}, false, false, declared("DATE")),
             Kind::Date);
    QCOMPARE(EditorChoice::kindOf(field("r", text), {qlonglong(1)}, false, false, declared("REAL")),
             Kind::Decimal);
    // SQLite's INTEGER is Int to Qt and holds 64 bits: the 64-bit spin box, whatever it holds.
    QCOMPARE(EditorChoice::kindOf(field("i", QMetaType::fromType<int>()), {qlonglong(1) << 40},
                                  false, false, declared("INTEGER")),
             Kind::Integer);
    QCOMPARE(EditorChoice::kindOf(field("b", text), {qlonglong(1)}, false, false, declared("BIGINT")),
             Kind::BigInteger);
}

void tst_FieldEditorFactory::editorWidgetFollowsKind()
{
    auto make = [this](const QSqlField &f, const QVariantList &samples = {}) {
        return m_factory.createEditor(f, samples, &m_parent);
    };
    QVERIFY(qobject_cast<QLineEdit *>(make(field("name", QMetaType::fromType<QString>()))));
    QVERIFY(qobject_cast<QPlainTextEdit *>(make(field("notes", QMetaType::fromType<QString>()))));
    auto *spin = qobject_cast<QSpinBox *>(make(field("qty", QMetaType::fromType<int>())));
    QVERIFY(spin);
    QVERIFY(spin->maximum() == std::numeric_limits<int>::max());
    auto *big = qobject_cast<QLineEdit *>(make(field("id", QMetaType::fromType<qlonglong>())));
    QVERIFY(big);
    QVERIFY(big->validator());
    auto *number = qobject_cast<QDoubleSpinBox *>(make(field("p", QMetaType::fromType<double>())));
    QVERIFY(number);
    // A REAL/DOUBLE keeps every digit it has (issue 25, item 4): 3.14159 is not 3.14.
    QCOMPARE(FieldEditorFactory::value(number), QVariant(QMetaType::fromType<double>()));
    m_factory.setValue(number, 3.14159);
    QCOMPARE(FieldEditorFactory::value(number).toDouble(), 3.14159);
    QVERIFY(number->maximum() >= 1e9);
    auto *date = qobject_cast<QDateTimeEdit *>(make(field("d", QMetaType::fromType<QDate>())));
    QVERIFY(date);
    QVERIFY(date->calendarPopup());
    QCOMPARE(date->displayedSections() & QDateTimeEdit::TimeSections_Mask, 0);
    QVERIFY(qobject_cast<QCheckBox *>(make(field("b", QMetaType::fromType<bool>()))));
}

void tst_FieldEditorFactory::loadingIsNotAnEdit()
{
    QWidget *editor = m_factory.createEditor(field("name", QMetaType::fromType<QString>()), {},
                                             &m_parent);
    QSignalSpy edited(&m_factory, &FieldEditorFactory::edited);
    m_factory.setValue(editor, QStringLiteral("Anvil"));
    QVERIFY(!FieldEditorFactory::isEdited(editor));
    QCOMPARE(edited.count(), 0);

    static_cast<QLineEdit *>(editor)->setText(QStringLiteral("Bolt"));
    QVERIFY(FieldEditorFactory::isEdited(editor));
    QCOMPARE(edited.count(), 1);
    m_factory.setValue(editor, QStringLiteral("Crate"));
    QVERIFY2(!FieldEditorFactory::isEdited(editor), "a load resets the edited flag");
}

void tst_FieldEditorFactory::nullStaysNullUnlessEdited()
{
    const QList<QSqlField> columns{
        field("name", QMetaType::fromType<QString>()),
        field("notes", QMetaType::fromType<QString>()),
        field("qty", QMetaType::fromType<int>()),
        field("id", QMetaType::fromType<qlonglong>()),
        field("price", QMetaType::fromType<double>()),
        field("due", QMetaType::fromType<QDate>()),
        field("seen", QMetaType::fromType<QDateTime>()),
        field("due_text", QMetaType::fromType<QString>()), // a SQLite date, by its values
    };
    for (const QSqlField &column : columns) {
        const QVariantList samples = column.name() == QLatin1String("due_text")
            ? QVariantList{QStringLiteral("2024-05-31")}
            : QVariantList{};
        QWidget *editor = m_factory.createEditor(column, samples, &m_parent);
        m_factory.setValue(editor, QVariant(column.metaType()));
        QVERIFY2(FieldEditorFactory::value(editor).isNull(), qPrintable(column.name()));
        QVERIFY(!FieldEditorFactory::isEdited(editor));
    }
}

void tst_FieldEditorFactory::emptiedTextFollowsItsColumnsRule()
{
    // A nullable column: emptied is NULL, whether the field held NULL or text.
    QWidget *editor = m_factory.createEditor(field("nickname", QMetaType::fromType<QString>()), {},
                                             &m_parent);
    auto *edit = static_cast<QLineEdit *>(editor);
    m_factory.setValue(editor, null(QMetaType::fromType<QString>()));
    QVERIFY(!edit->placeholderText().isEmpty()); // NULL is shown, not just an empty box
    edit->setText(QStringLiteral("x"));
    edit->clear();
    QVERIFY2(FieldEditorFactory::value(editor).isNull(), "typed and erased: still NULL");
    QVERIFY(!FieldEditorFactory::isEmptyButRequired(FieldEditorFactory::value(editor), editor));

    m_factory.setValue(editor, QStringLiteral("Anvil"));
    QVERIFY(edit->placeholderText().isEmpty());
    edit->clear();
    QVERIFY2(FieldEditorFactory::value(editor).isNull(), "erased text is NULL, not ''");
    auto *notes = static_cast<QPlainTextEdit *>(m_factory.createEditor(
        field("notes", QMetaType::fromType<QString>(), false, 1000), {}, &m_parent));
    m_factory.setValue(notes, QStringLiteral("Heavy"));
    notes->clear();
    QVERIFY2(FieldEditorFactory::value(notes).isNull(), "long text too");

    // NOT NULL with a default: NULL would be refused, so empty is ''.
    QSqlField titled = field("title", QMetaType::fromType<QString>(), true);
    titled.setDefaultValue(QStringLiteral("Member"));
    auto *title = static_cast<QLineEdit *>(m_factory.createEditor(titled, {}, &m_parent));
    m_factory.setValue(title, QStringLiteral("Chair"));
    title->clear();
    const QVariant value = FieldEditorFactory::value(title);
    QVERIFY2(!value.isNull() && value.toString().isEmpty(), "'' where NULL is not allowed");
    QVERIFY(!FieldEditorFactory::isEmptyButRequired(value, title));

    // NOT NULL without a default: empty is no value, and the form must refuse it.
    auto *name = static_cast<QLineEdit *>(
        m_factory.createEditor(field("name", QMetaType::fromType<QString>(), true), {}, &m_parent));
    m_factory.setValue(name, QStringLiteral("Anvil"));
    QVERIFY(!FieldEditorFactory::isEmptyButRequired(FieldEditorFactory::value(name), name));
    name->clear();
    QVERIFY(FieldEditorFactory::isEmptyButRequired(FieldEditorFactory::value(name), name));
    FieldEditorFactory::setReadOnly(name, true);
    QVERIFY2(!FieldEditorFactory::isEmptyButRequired(FieldEditorFactory::value(name), name),
             "a read-only field is the model's to fill");
}

void tst_FieldEditorFactory::stepsFromNullStartAtZeroOrToday()
{
    auto *spin = static_cast<QSpinBox *>(
        m_factory.createEditor(field("qty", QMetaType::fromType<int>()), {}, &m_parent));
    m_factory.setValue(spin, null(QMetaType::fromType<int>()));
    spin->stepBy(1);
    QCOMPARE(FieldEditorFactory::value(spin), QVariant(0));
    QVERIFY(FieldEditorFactory::isEdited(spin));

    auto *number = static_cast<QDoubleSpinBox *>(
        m_factory.createEditor(field("price", QMetaType::fromType<double>()), {}, &m_parent));
    m_factory.setValue(number, null(QMetaType::fromType<double>()));
    number->stepBy(-1);
    QCOMPARE(FieldEditorFactory::value(number).toDouble(), 0.0);

    auto *date = static_cast<QDateTimeEdit *>(
        m_factory.createEditor(field("due", QMetaType::fromType<QDate>()), {}, &m_parent));
    m_factory.setValue(date, null(QMetaType::fromType<QDate>()));
    date->stepBy(1);
    QCOMPARE(FieldEditorFactory::value(date).toDate(), QDate::currentDate());

    // A required column has no NULL to show: it starts at zero and steps from there.
    auto *required = static_cast<QSpinBox *>(
        m_factory.createEditor(field("n", QMetaType::fromType<int>(), true), {}, &m_parent));
    QVERIFY(required->specialValueText().isEmpty());
    m_factory.setValue(required, 4);
    required->stepBy(-1);
    QCOMPARE(FieldEditorFactory::value(required), QVariant(3));
}

void tst_FieldEditorFactory::sqliteTextDatesAreWrittenBackAsText()
{
    const QMetaType text = QMetaType::fromType<QString>();
    QWidget *date = m_factory.createEditor(field("due", text), {QStringLiteral("2024-05-31")},
                                           &m_parent);
    m_factory.setValue(date, QStringLiteral("2024-05-31"));
    static_cast<QDateTimeEdit *>(date)->setDate(QDate(2024, 6, 1));
    QCOMPARE(FieldEditorFactory::value(date), QVariant(QStringLiteral("2024-06-01")));

    QWidget *stamp = m_factory.createEditor(field("seen", text),
                                            {QStringLiteral("2024-05-31 10:00:00")}, &m_parent);
    m_factory.setValue(stamp, QStringLiteral("2024-05-31 10:00:00"));
    QCOMPARE(static_cast<QDateTimeEdit *>(stamp)->dateTime(),
             QDateTime(QDate(2024, 5, 31), QTime(10, 0)));
    QCOMPARE(FieldEditorFactory::value(stamp), QVariant(QStringLiteral("2024-05-31 10:00:00")));
}

void tst_FieldEditorFactory::bigIntegersRoundTrip()
{
    QWidget *editor = m_factory.createEditor(field("id", QMetaType::fromType<qlonglong>()), {},
                                             &m_parent);
    const qlonglong big = 9'007'199'254'740'993; // not exact as a double
    m_factory.setValue(editor, big);
    QCOMPARE(FieldEditorFactory::value(editor).toLongLong(), big);
    auto *edit = static_cast<QLineEdit *>(editor);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("12a3"));
    QCOMPARE(edit->text(), QStringLiteral("123")); // the validator takes digits only
}

void tst_FieldEditorFactory::readOnlyEditorsRefuseInput()
{
    QWidget *editor = m_factory.createEditor(field("name", QMetaType::fromType<QString>()), {},
                                             &m_parent);
    m_factory.setValue(editor, QStringLiteral("Anvil"));
    FieldEditorFactory::setReadOnly(editor, true);
    QVERIFY(FieldEditorFactory::isReadOnly(editor));
    QTest::keyClicks(editor, QStringLiteral("x"));
    QCOMPARE(static_cast<QLineEdit *>(editor)->text(), QStringLiteral("Anvil"));
    QVERIFY(!FieldEditorFactory::isEdited(editor));
}

void tst_FieldEditorFactory::labelsReadAsWords()
{
    QCOMPARE(FieldEditorFactory::labelText(QStringLiteral("credit_limit")),
             QStringLiteral("Credit limit"));
    QCOMPARE(FieldEditorFactory::labelText(QStringLiteral("customer_id"), true),
             QStringLiteral("Customer"));
    QCOMPARE(FieldEditorFactory::labelText(QStringLiteral("customer_id")),
             QStringLiteral("Customer ID"));
    QCOMPARE(FieldEditorFactory::labelText(QStringLiteral("createdOn")),
             QStringLiteral("Created on"));
    QCOMPARE(FieldEditorFactory::labelText(QStringLiteral("id")), QStringLiteral("ID"));
}

void tst_FieldEditorFactory::refusedNumberGoesBackToTheValueBeforeTyping()
{
    // Issue 25, 2 (seen on a real X server): in German "12.5" was refused with a tooltip, and
    // yet 12 was stored, the number read on the way while typing. The box must go back to what
    // it held before the typing began.
    NullableDoubleSpinBox box(true, 2, 1e6);
    box.setLocale(QLocale(QLocale::German, QLocale::Germany));
    box.setNullableValue(39.9);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    box.setFocus();
    QTest::keyClick(&box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(&box, QStringLiteral("12.5"));
    QTest::keyClick(&box, Qt::Key_Return);
    QCOMPARE(box.nullableValue().toDouble(), 39.9);
    // What the locale writes is taken.
    QTest::keyClick(&box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(&box, QStringLiteral("12,5"));
    QTest::keyClick(&box, Qt::Key_Return);
    QCOMPARE(box.nullableValue().toDouble(), 12.5);
}

QTEST_MAIN(tst_FieldEditorFactory)
#include "tst_fieldeditorfactory.moc"
