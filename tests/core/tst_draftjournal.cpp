// DraftJournal and VersionedTableModel::restoreEdits: drafts keep types and NULL, live per database,
// record and editor, merge when their fields differ, never hold a password; restored edits save on an unchanged record and conflict on
// a changed one, on every version strategy (version column, xmin, versionless).
#include "testdatabase.h"

#include <concord/draftjournal.h>
#include <concord/versionedtablemodel.h>

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlField>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace concord;
using concord::test::TestDatabase;
using Failure = VersionedTableModel::FailureKind;

namespace {

QSqlRecord idKey(const QVariant &id)
{
    QSqlRecord key;
    key.append(QSqlField(QStringLiteral("id"), id.metaType()));
    key.setValue(0, id);
    return key;
}

RecordDraft makeDraft(const QString &table, const QVariant &id, const QVariantMap &edits)
{
    RecordDraft draft;
    draft.setTable(table);
    draft.setKey(idKey(id));
    draft.setVersion(3);
    draft.setEdits(edits);
    return draft;
}

std::unique_ptr<VersionedTableModel> openTable(const QSqlDatabase &db, const QString &table)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    model->setTable(table);
    model->setSort(0, Qt::AscendingOrder);
    if (!model->select())
        qWarning() << "select failed:" << model->lastError().text();
    return model;
}

QVariant get(VersionedTableModel &m, int row, const char *name)
{
    return m.data(m.index(row, m.fieldIndex(QLatin1String(name))));
}

} // namespace

class tst_DraftJournal : public QObject
{
    Q_OBJECT

private slots:
    void draftKeepsTypesAndNull();
    void draftsArePerDatabaseAndRecord();
    void eachEditorKeepsItsOwnDraftOfARecord();
    void draftsOfOneRecordMergeUnlessTheyClash();
    void draftOfAnEarlierFormatIsRead();
    void identityNeverHoldsThePassword();
    void unreadableFilesAreSkipped();
    void onlyCreatedFoldersAreMadePrivate();

    void restoredEditsSaveOnAnUnchangedRecord_data();
    void restoredEditsSaveOnAnUnchangedRecord();
    void restoredEditsConflictOnAChangedRecord_data();
    void restoredEditsConflictOnAChangedRecord();
    void restoreRefusesARowWithEdits_data() { TestDatabase::addBackendRows(); }
    void restoreRefusesARowWithEdits();
};

void tst_DraftJournal::draftKeepsTypesAndNull()
{
    QTemporaryDir dir;
    DraftJournal journal(QStringLiteral("sqlite:/tmp/x.sqlite"), dir.path());
    const QVariantMap edits{
        {QStringLiteral("null_text"), QVariant(QMetaType::fromType<QString>())},
        {QStringLiteral("empty_text"), QString(QLatin1String(""))},
        {QStringLiteral("untyped_null"), QVariant()},
        {QStringLiteral("qty"), 7},
        {QStringLiteral("big"), qlonglong(1) << 40},
        {QStringLiteral("price"), 2.5},
        {QStringLiteral("when"), QDateTime(QDate(2026, 12, 2), QTime(3, 4, 5))},
        {QStringLiteral("blob"), QByteArray("\x00\x01", 2)},
        {QStringLiteral("flag"), true},
        {QStringLiteral("text"), QStringLiteral("Zoë ünd 🙂")}};
    RecordDraft draft = makeDraft(QStringLiteral("items"), 1, edits);
    draft.setOriginals({{QStringLiteral("null_text"), QStringLiteral("was")},
                        {QStringLiteral("empty_text"), QVariant(QMetaType::fromType<QString>())}});
    QVERIFY2(journal.write(draft), qPrintable(journal.errorString()));

    const QList<RecordDraft> read = journal.drafts();
    QCOMPARE(read.size(), 1);
    const RecordDraft back = read.first();
    QCOMPARE(back.table(), QStringLiteral("items"));
    QCOMPARE(back.key().value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(back.version().toInt(), 3);
    QVERIFY(back.writtenAt().isValid());
    QCOMPARE(back.edits().keys(), edits.keys());
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const QVariant value = back.edits().value(it.key());
        QCOMPARE(value.metaType(), it.value().metaType());
        QCOMPARE(value.isNull(), it.value().isNull());
        QCOMPARE(value, it.value());
    }
    QVERIFY(back.edits().value(QStringLiteral("null_text")).isNull());
    QVERIFY(!back.edits().value(QStringLiteral("empty_text")).isNull());
    QVERIFY(back.originals().value(QStringLiteral("empty_text")).isNull());
    QCOMPARE(back.originals().value(QStringLiteral("null_text")).toString(), QStringLiteral("was"));
}

void tst_DraftJournal::onlyCreatedFoldersAreMadePrivate()
{
    // The folder the caller names is the caller's: a journal that made it private would lock
    // other users out of a shared directory. Only the folders the journal makes are its own.
    const auto privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const auto shared = privateMode | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                      | QFileDevice::ReadOther | QFileDevice::ExeOther;
    const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                      | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                      | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), shared));
    DraftJournal given(QStringLiteral("sqlite:/tmp/given.sqlite"), dir.path());
    QVERIFY2(given.write(makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("name"), 1}})),
             qPrintable(given.errorString()));
    QCOMPARE(QFile::permissions(dir.path()) & mask, shared);
    QCOMPARE(QFile::permissions(given.folder()) & mask, privateMode);

    // A directory the journal has to create, parents and all, is private from the first level
    // it made; the level above, which existed, keeps its mode.
    const QString made = dir.filePath(QStringLiteral("a/b"));
    DraftJournal created(QStringLiteral("sqlite:/tmp/created.sqlite"), made);
    QVERIFY2(created.write(makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("name"), 1}})),
             qPrintable(created.errorString()));
    QCOMPARE(QFile::permissions(dir.path()) & mask, shared);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("a"))) & mask, privateMode);
    QCOMPARE(QFile::permissions(made) & mask, privateMode);
    QCOMPARE(QFile::permissions(created.folder()) & mask, privateMode);
}

void tst_DraftJournal::draftsArePerDatabaseAndRecord()
{
    QTemporaryDir dir;
    DraftJournal shop(QStringLiteral("qpsql:ann@db:5432/shop"), dir.path());
    DraftJournal other(QStringLiteral("qpsql:ann@db:5432/other"), dir.path());
    const QVariantMap edits{{QStringLiteral("name"), QStringLiteral("x")}};
    QVERIFY(shop.write(makeDraft(QStringLiteral("items"), 1, edits)));
    QVERIFY(shop.write(makeDraft(QStringLiteral("items"), 2, edits)));
    QVERIFY(shop.write(makeDraft(QStringLiteral("orders"), 1, edits)));
    QCOMPARE(shop.drafts().size(), 3);
    QVERIFY(!other.hasDrafts());

    // The key names the record whatever type the driver gave it: one draft, replaced.
    QVERIFY(shop.write(makeDraft(QStringLiteral("items"), qlonglong(1),
                                 {{QStringLiteral("name"), QStringLiteral("y")}})));
    QCOMPARE(shop.drafts().size(), 3);
    QCOMPARE(shop.fileFor(QStringLiteral("items"), idKey(1)),
             shop.fileFor(QStringLiteral("items"), idKey(QStringLiteral("1"))));

    QVERIFY(shop.remove(QStringLiteral("items"), idKey(1)));
    QCOMPARE(shop.drafts().size(), 2);
    QVERIFY(shop.remove(QStringLiteral("items"), idKey(1))); // gone already: fine
    QVERIFY(!shop.write(RecordDraft()));                     // no table, key or edit
    QVERIFY(shop.clear());
    QVERIFY(!shop.hasDrafts());
}

void tst_DraftJournal::eachEditorKeepsItsOwnDraftOfARecord()
{
    // Two windows on one record: the second's draft must not replace the first's.
    QTemporaryDir dir;
    DraftJournal journal(QStringLiteral("qpsql:ann@db:5432/shop"), dir.path());
    RecordDraft first = makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("name"), QStringLiteral("x")}});
    first.setSource(QStringLiteral("form:1"));
    first.setRecordName(QStringLiteral("Lena Hofmann"));
    RecordDraft second = makeDraft(QStringLiteral("items"), qlonglong(1), {{QStringLiteral("city"), QStringLiteral("Ulm")}});
    second.setSource(QStringLiteral("form:2"));
    QVERIFY(journal.write(first));
    QVERIFY(journal.write(second));
    QVERIFY(journal.write(makeDraft(QStringLiteral("items"), 2, {{QStringLiteral("name"), QStringLiteral("y")}})));
    QVERIFY(journal.fileFor(QStringLiteral("items"), idKey(1), first.source())
            != journal.fileFor(QStringLiteral("items"), idKey(1), second.source()));
    QCOMPARE(journal.drafts().size(), 3);

    // Grouped by record, whatever type each key came as.
    const QList<QList<RecordDraft>> byRecord = journal.draftsByRecord();
    QCOMPARE(byRecord.size(), 2);
    const QList<RecordDraft> ofOne = byRecord.at(0).size() == 2 ? byRecord.at(0) : byRecord.at(1);
    QCOMPARE(ofOne.size(), 2);
    QStringList sources{ofOne.at(0).source(), ofOne.at(1).source()};
    sources.sort();
    QCOMPARE(sources, (QStringList{QStringLiteral("form:1"), QStringLiteral("form:2")}));
    for (const RecordDraft &draft : ofOne) {
        if (draft.source() == QLatin1String("form:1"))
            QCOMPARE(draft.recordName(), QStringLiteral("Lena Hofmann"));
    }

    // One editor's draft goes alone.
    QVERIFY(journal.remove(second));
    QCOMPARE(journal.drafts().size(), 2);
    QVERIFY(QFile::exists(journal.fileFor(QStringLiteral("items"), idKey(1), first.source())));
}

void tst_DraftJournal::draftsOfOneRecordMergeUnlessTheyClash()
{
    RecordDraft name = makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("name"), QStringLiteral("x")}});
    name.setOriginals({{QStringLiteral("name"), QStringLiteral("a")}});
    RecordDraft city = makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("city"), QVariant()}});
    city.setOriginals({{QStringLiteral("city"), QStringLiteral("Ulm")}});
    const RecordDraft merged = RecordDraft::merged({name, city});
    QVERIFY(merged.isValid());
    QCOMPARE(merged.edits().keys(), (QStringList{QStringLiteral("city"), QStringLiteral("name")}));
    QVERIFY(merged.edits().value(QStringLiteral("city")).isNull());
    QCOMPARE(merged.originals().value(QStringLiteral("city")).toString(), QStringLiteral("Ulm"));
    QCOMPARE(merged.version().toInt(), 3);
    QVERIFY(RecordDraft::clashes({name, city}).isEmpty());

    // The same value typed twice is no clash; another value is.
    RecordDraft sameName = makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("name"), QStringLiteral("x")}});
    QVERIFY(RecordDraft::merged({name, sameName}).isValid());
    RecordDraft otherName = makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("name"), QStringLiteral("z")}});
    QCOMPARE(RecordDraft::clashes({name, city, otherName}), QStringList{QStringLiteral("name")});
    QVERIFY(!RecordDraft::merged({name, city, otherName}).isValid());
    // An empty text and NULL differ.
    RecordDraft emptyCity = makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("city"), QStringLiteral("")}});
    QCOMPARE(RecordDraft::clashes({city, emptyCity}), QStringList{QStringLiteral("city")});

    // Edits made on different versions had different originals: not one draft.
    RecordDraft older = city;
    older.setVersion(2);
    QVERIFY(RecordDraft::clashes({name, older}).isEmpty());
    QVERIFY(!RecordDraft::merged({name, older}).isValid());
}

void tst_DraftJournal::draftOfAnEarlierFormatIsRead()
{
    // Drafts left by a version that kept one per record (file format 1, no source, no name)
    // are still offered after an upgrade, named as that version named them.
    QTemporaryDir dir;
    const QString identity = QStringLiteral("qpsql:ann@db:5432/shop");
    DraftJournal journal(identity, dir.path());
    QVERIFY(QDir().mkpath(journal.folder()));
    QFile file(journal.fileFor(QStringLiteral("items"), idKey(7)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(0x43434446) << quint16(1) << identity << QStringLiteral("items")
        << QStringList{QStringLiteral("id")} << QVariantList{7} << QVariant(3)
        << QVariantMap{{QStringLiteral("name"), QStringLiteral("a")}}
        << QVariantMap{{QStringLiteral("name"), QStringLiteral("b")}} << QDateTime::currentDateTime();
    file.close();
    const QList<RecordDraft> drafts = journal.drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().edits().value(QStringLiteral("name")).toString(), QStringLiteral("b"));
    QVERIFY(drafts.first().source().isEmpty());
    QVERIFY(journal.remove(drafts.first()));
    QVERIFY(!QFile::exists(file.fileName()));
}

void tst_DraftJournal::identityNeverHoldsThePassword()
{
    const QString secret = QStringLiteral("s3cret-Pa55-%1").arg(QCoreApplication::applicationPid());
    QString withPassword, without;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("identity-a"));
        db.setHostName(QStringLiteral("db.example"));
        db.setPort(5433);
        db.setDatabaseName(QStringLiteral("shop"));
        db.setUserName(QStringLiteral("ann"));
        db.setPassword(secret);
        db.setConnectOptions(QStringLiteral("sslmode=require"));
        withPassword = DraftJournal::databaseIdentity(db);
        db.setPassword(QString());
        without = DraftJournal::databaseIdentity(db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("identity-a"));
    QVERIFY2(!withPassword.contains(secret), qPrintable(withPassword));
    QCOMPARE(withPassword, without);
    QVERIFY(withPassword.contains(QLatin1String("ann@db.example:5433/shop")));

    // A SQLite file is the same database whichever way its path was written.
    QTemporaryDir dir;
    QFile(dir.filePath(QStringLiteral("a.sqlite"))).open(QIODevice::WriteOnly);
    QString absolute, relative;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("identity-b"));
        db.setDatabaseName(dir.filePath(QStringLiteral("a.sqlite")));
        absolute = DraftJournal::databaseIdentity(db);
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(dir.path());
        db.setDatabaseName(QStringLiteral("./a.sqlite"));
        relative = DraftJournal::databaseIdentity(db);
        QDir::setCurrent(cwd);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("identity-b"));
    QCOMPARE(relative, absolute);
}

void tst_DraftJournal::unreadableFilesAreSkipped()
{
    QTemporaryDir dir;
    DraftJournal journal(QStringLiteral("sqlite:/x"), dir.path());
    QVERIFY(journal.write(makeDraft(QStringLiteral("items"), 1, {{QStringLiteral("name"), 1}})));
    // A file cut short (a disk that filled up) or of another kind is no draft, and no crash.
    QFile broken(journal.folder() + QStringLiteral("/broken.draft"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("CCDF");
    broken.close();
    QFile file(journal.fileFor(QStringLiteral("items"), idKey(2)));
    QVERIFY(QFile::copy(journal.fileFor(QStringLiteral("items"), idKey(1)), file.fileName()));
    QVERIFY(file.resize(file.size() / 2));
    QCOMPARE(journal.drafts().size(), 1);
    // Another database's draft copied into this folder is not taken for this one's.
    DraftJournal other(QStringLiteral("sqlite:/y"), dir.path());
    QVERIFY(other.write(makeDraft(QStringLiteral("items"), 3, {{QStringLiteral("name"), 1}})));
    QVERIFY(QFile::copy(other.fileFor(QStringLiteral("items"), idKey(3)),
                        journal.folder() + QStringLiteral("/copied.draft")));
    QCOMPARE(journal.drafts().size(), 1);
}

namespace {

// Two tables: "items" with a version column, "plain" without one (Xmin on PostgreSQL,
// Versionless on SQLite).
void addTableRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("-version"))) << b << QStringLiteral("items");
        QTest::newRow(qPrintable(b + QStringLiteral("-noversion"))) << b << QStringLiteral("plain");
    }
}

QString createTables(TestDatabase &db)
{
    const QString error = db.createVersionedTable(
        QStringLiteral("items"), {QStringLiteral("name VARCHAR(40)"), QStringLiteral("qty INTEGER")});
    if (!error.isEmpty())
        return error;
    return db.execAll({QStringLiteral("INSERT INTO items (name, qty) VALUES ('Anvil', 1)"),
                       QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, name VARCHAR(40), "
                                      "qty INTEGER)"),
                       QStringLiteral("INSERT INTO plain VALUES (1, 'Anvil', 1)")});
}

} // namespace

void tst_DraftJournal::restoredEditsSaveOnAnUnchangedRecord_data()
{
    addTableRows();
}

void tst_DraftJournal::restoredEditsSaveOnAnUnchangedRecord()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    TestDatabase db(backend);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createTables(db), QString());

    // The session that crashed: it loaded the row, the draft took its version and originals.
    QVariant version;
    {
        auto before = openTable(db.open(), table);
        QCOMPARE(before->rowCount(), 1);
        version = before->rowVersion(0);
        QCOMPARE(before->originalRecord(0).value(QStringLiteral("name")).toString(), QStringLiteral("Anvil"));
    }
    auto model = openTable(db.open(), table);
    QVERIFY(model->restoreEdits(0, version, {{QStringLiteral("name"), QStringLiteral("Anvil")}},
                                {{QStringLiteral("name"), QStringLiteral("Anvil XL")}}));
    QVERIFY(model->isDirty());
    QCOMPARE(get(*model, 0, "name").toString(), QStringLiteral("Anvil XL"));
    QVERIFY2(model->submitAll(), qPrintable(model->lastError().text()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM %1 WHERE id = 1").arg(table)).toString(),
             QStringLiteral("Anvil XL"));
}

void tst_DraftJournal::restoredEditsConflictOnAChangedRecord_data()
{
    addTableRows();
}

void tst_DraftJournal::restoredEditsConflictOnAChangedRecord()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    TestDatabase db(backend);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createTables(db), QString());

    QVariant version;
    {
        auto before = openTable(db.open(), table);
        version = before->rowVersion(0);
    }
    // Someone else saves the record after the draft was written.
    {
        auto other = openTable(db.open(), table);
        other->setData(other->index(0, other->fieldIndex(QStringLiteral("name"))), QStringLiteral("Theirs"));
        QVERIFY2(other->submitAll(), qPrintable(other->lastError().text()));
    }
    auto model = openTable(db.open(), table);
    QCOMPARE(get(*model, 0, "name").toString(), QStringLiteral("Theirs"));
    QVERIFY(model->restoreEdits(0, version, {{QStringLiteral("name"), QStringLiteral("Anvil")}},
                                {{QStringLiteral("name"), QStringLiteral("Mine")}}));
    QCOMPARE(get(*model, 0, "name").toString(), QStringLiteral("Mine"));
    QVERIFY(!model->submitAll());
    QCOMPARE(model->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(model->hasConflict(0));
    const ConflictSnapshot snapshot = model->conflict(0);
    QCOMPARE(snapshot.original().value(QStringLiteral("name")).toString(), QStringLiteral("Anvil"));
    QCOMPARE(snapshot.mine().value(QStringLiteral("name")).toString(), QStringLiteral("Mine"));
    QCOMPARE(snapshot.theirs().value(QStringLiteral("name")).toString(), QStringLiteral("Theirs"));
    QCOMPARE(snapshot.myChangedFields(), QStringList{QStringLiteral("name")});
    // Nothing of theirs was overwritten, and the edits are kept for the merge.
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM %1 WHERE id = 1").arg(table)).toString(),
             QStringLiteral("Theirs"));
    QVERIFY(model->isDirty());
}

void tst_DraftJournal::restoreRefusesARowWithEdits()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createTables(db), QString());
    auto model = openTable(db.open(), QStringLiteral("items"));
    const QVariant version = model->rowVersion(0);
    QVERIFY(model->setData(model->index(0, model->fieldIndex(QStringLiteral("qty"))), 5));
    QVERIFY(!model->restoreEdits(0, version, {}, {{QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(get(*model, 0, "name").toString(), QStringLiteral("Anvil"));
    model->revertAll();
    // An unknown field or the version column: refused, and the row untouched.
    QVERIFY(!model->restoreEdits(0, version, {}, {{QStringLiteral("nope"), 1}}));
    QVERIFY(!model->restoreEdits(0, version, {}, {{model->versionColumn(), 99}}));
    QVERIFY(!model->isDirty());
    QCOMPARE(model->rowVersion(0), version);
}

QTEST_GUILESS_MAIN(tst_DraftJournal)
#include "tst_draftjournal.moc"
