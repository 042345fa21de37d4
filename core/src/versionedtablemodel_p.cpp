// The steps behind VersionedTableModel that read: where rows come from, how a row finds its
// record, and what select() checks first. The write steps are in versionedtablemodel_save.cpp.
#include "versionedtablemodel_p.h"

#include "localecollation_p.h"
#include "recordkey_p.h"
#include "textpattern_p.h"
#include "wallclock_p.h"

#include <concord/tablepreparer.h>
#include <concord/tableschema.h>

#include <QSqlField>
#include <QSqlIndex>

namespace concord {

using detail::recordKey;

// ---------------------------------------------------------------------------------------------
// Rows and records

detail::RowStore *VersionedTableModel::Private::store() const
{
    // Someone may have called setQuery() on us: then the rows are no longer ours to read.
    return rows && cache()->query.result() == rows ? rows : nullptr;
}

int VersionedTableModel::Private::insertedRows() const
{
    // QSqlTableModel counts its inserted rows by walking the whole edit cache, on every
    // rowCount() and data() call: with thousands of edited rows that makes editing quadratic.
    // The count only changes when rows are inserted, removed or reset, which structureChanged()
    // hears of.
    if (insertedMemo < 0) {
        int n = 0;
        for (const CachedRow &r : std::as_const(cache()->cache))
            n += r.insert() ? 1 : 0;
        insertedMemo = n;
    }
    return insertedMemo;
}

int VersionedTableModel::Private::storeRow(int row) const
{
    const detail::RowStore *s = store();
    if (!s || row < 0)
        return -1;
    int offset = 0;
    if (insertedRows() > 0) {
        // As QSqlTableModel::indexInQuery: rows inserted above this one are not in the store.
        const auto &rows = cache()->cache;
        const auto it = rows.constFind(row);
        if (it != rows.constEnd() && it->insert())
            return -1;
        for (auto i = rows.constBegin(); i != rows.constEnd() && i.key() <= row; ++i)
            offset += i->insert() ? 1 : 0;
    }
    const int r = row - offset;
    return r < s->count() ? r : -1;
}

QVariant VersionedTableModel::Private::bindable(const QString &name, const QVariant &value) const
{
    return wallClock.contains(name) ? detail::wallClockValue(value) : value;
}

QString VersionedTableModel::Private::keyOf(int row) const
{
    // A record renumbered elsewhere is known by its new key, though the row still shows the old.
    if (const detail::RowStore *s = store(); s && s->hasMovedKeys()) {
        if (const int r = storeRow(row); r >= 0 && s->isMoved(r))
            return s->keyAt(r);
    }
    const auto &rows = cache()->cache;
    const auto it = rows.constFind(row);
    if (it != rows.constEnd() && it->op() != CacheOp::None)
        return recordKey(it->primaryValues(q->primaryKey())); // empty for a row not inserted yet
    const int s = storeRow(row);
    return s < 0 ? QString() : store()->keyAt(s);
}

QSqlRecord VersionedTableModel::Private::layoutRecord(const QSqlRecord &values) const
{
    QSqlRecord rec = q->record();
    for (int i = 0; i < rec.count(); ++i)
        rec.setValue(i, values.value(rec.fieldName(i)));
    return rec;
}

void VersionedTableModel::Private::takeTheirs(int row, const QSqlRecord &theirs)
{
    auto &rows = cache()->cache;
    if (const auto entry = rows.find(row); entry != rows.end())
        entry->refresh(true, theirs);
    if (const int s = storeRow(row); s >= 0) {
        QVariantList list;
        list.reserve(theirs.count());
        for (int i = 0; i < theirs.count(); ++i)
            list << theirs.value(i);
        store()->setValues(s, list);
    }
    records.settle(keyOf(row));
    emit q->headerDataChanged(Qt::Vertical, row, row);
    emit q->dataChanged(q->index(row, 0), q->index(row, q->columnCount() - 1));
}

QString VersionedTableModel::Private::columnTitle(const QString &field) const
{
    // A unique key over several columns comes as "a, b": each is named on its own.
    QStringList titles;
    for (const QString &name : field.split(QLatin1String(", "), Qt::SkipEmptyParts)) {
        const int column = q->fieldIndex(name);
        const QString title = column < 0 ? QString()
                                         : q->headerData(column, Qt::Horizontal).toString();
        titles << (title.isEmpty() ? name : title);
    }
    return titles.join(QLatin1String(", "));
}

int VersionedTableModel::Private::rowOfKey(const QString &key) const
{
    // Records with state of their own always have an entry in the edit cache.
    const auto &rows = cache()->cache;
    const detail::RowStore *s = store();
    const bool moved = s && s->hasMovedKeys();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        if (it->op() == CacheOp::None)
            continue;
        if (moved ? keyOf(it.key()) == key : recordKey(it->primaryValues(q->primaryKey())) == key)
            return it.key();
    }
    return -1;
}

QSqlRecord VersionedTableModel::Private::databaseKey(int row) const
{
    QSqlRecord keys = q->primaryValues(row);
    if (const detail::RowStore *s = store(); s && s->hasMovedKeys()) {
        if (const int r = storeRow(row); r >= 0 && s->isMoved(r)) {
            const QVariantList moved = s->keyValuesAt(r);
            for (int i = 0; i < keys.count() && i < moved.size(); ++i)
                keys.setValue(i, moved.at(i));
        }
    }
    return keys;
}

bool VersionedTableModel::Private::rekeyRow(int row, const QString &from, const QVariantList &to)
{
    // Only a row of the store can be known by another key than the one it shows; a row this
    // model inserted is known by its edit-cache entry, which holds values, not an identity.
    const int s = storeRow(row);
    detail::RowStore *st = store();
    if (s < 0 || !st || !st->moveKey(s, to))
        return false;
    const QString key = st->keyAt(s);
    records.rekey(from, key);
    if (const auto it = unsettled.constFind(from); it != unsettled.constEnd()) {
        const UnsettledUpdate lost = *it;
        unsettled.erase(it);
        unsettled.insert(key, lost);
    }
    return true;
}

QSqlRecord VersionedTableModel::Private::storedRecord(int row) const
{
    QSqlRecord rec = q->record();
    const QVariantList &values = store()->values(row);
    for (int i = 0; i < rec.count(); ++i)
        rec.setValue(i, values.value(i));
    return rec;
}

QSqlRecord VersionedTableModel::Private::original(int row) const
{
    // The row as the database held it when we last read or wrote it: a reverted copy of the
    // cached row, or the stored row when the row was never touched.
    const auto &rows = cache()->cache;
    const auto it = rows.constFind(row);
    if (it == rows.constEnd() || it->op() == CacheOp::None) {
        const int s = storeRow(row);
        return s < 0 ? QSqlRecord() : storedRecord(s);
    }
    CachedRow copy = *it;
    if (copy.op() == CacheOp::Insert)
        return {};
    copy.revert();
    return copy.rec();
}

void VersionedTableModel::Private::structureChanged(bool reset)
{
    insertedMemo = -1;
    ++rowsEpoch;
    if (reset)
        ++resetEpoch;
}

void VersionedTableModel::Private::clearRecordState()
{
    records.clear();
    pending.clear();
    appliedInHook.clear();
    unsettled.clear();
}

bool VersionedTableModel::Private::refuseWhileBusy()
{
    if (busy == 0)
        return false;
    fail(FailureKind::Database,
         QSqlError(tr("The rows cannot be reloaded or moved while a save is under way; try again "
                      "once it has finished."),
                   QString(), QSqlError::StatementError));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Reading

QString VersionedTableModel::Private::checkTable()
{
    // Decides the strategy, or why the table is refused. Nothing that could be edited safely is
    // refused: without a version column the comparison is made on xmin or on the changed
    // values; only an explicitly chosen strategy the table cannot serve is refused.
    const QSqlRecord rec = q->record();
    const QString name = q->tableName();
    versionName.clear();
    readOnly.clear();
    auditByServer = false;
    if (rec.isEmpty())
        return tr("There is no table named %1.").arg(name);
    const bool automatic = wantedStrategy == VersionStrategy::Automatic;
    if (q->primaryKey().isEmpty()) {
        // A view's rows come from other tables, often several or computed: nothing names the
        // stored row an edit would go to. Said as such, not as a missing key the user could add.
        if (TableSchema::isView(q->database(), name)) {
            if (!automatic)
                return tr("%1 is a view: its rows cannot be saved. Edit the tables it reads from.")
                    .arg(name);
            readOnly = tr("%1 is a view. Its rows cannot be edited here; edit the tables it "
                          "reads from.").arg(name);
            strategy = VersionStrategy::Versionless;
            return {};
        }
        if (!automatic)
            return tr("Table %1 has no primary key, so a row cannot be told apart from its copies "
                      "and saving it safely is impossible. Add a primary key to edit it.").arg(name);
        readOnly = tr("Table %1 has no primary key, so its rows cannot be told apart: it is shown "
                      "read-only. Add a primary key to edit it.").arg(name);
        strategy = VersionStrategy::Versionless;
        return {};
    }
    const int vi = rec.indexOf(versionColumn);
    switch (wantedStrategy) {
    case VersionStrategy::Xmin:
        if (!isPostgres())
            return tr("The xmin strategy needs PostgreSQL; %1 is not on a PostgreSQL server.").arg(name);
        strategy = VersionStrategy::Xmin;
        versionName = QStringLiteral("xmin");
        return {};
    case VersionStrategy::Versionless:
        strategy = VersionStrategy::Versionless;
        return {};
    case VersionStrategy::Automatic:
        if (vi < 0) {
            strategy = isPostgres() ? VersionStrategy::Xmin : VersionStrategy::Versionless;
            if (strategy == VersionStrategy::Xmin)
                versionName = QStringLiteral("xmin");
            return {};
        }
        break;
    case VersionStrategy::Client:
    case VersionStrategy::Trigger:
        break;
    }
    if (vi < 0)
        return tr("Table %1 has no version column \"%2\". Add one to edit it safely: "
                  "ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1").arg(name, versionColumn);
    // A REAL or NUMERIC version compares inexactly and cannot be counted up exactly.
    bool integer = false;
    if (isSqlite()) {
        // QSQLITE reports BIGINT as text; SQLite's own rule is "the declared type contains INT".
        QSqlQuery info(q->database());
        info.prepare(!resolved.schema.isEmpty()
                         ? QStringLiteral("SELECT type FROM pragma_table_info(?, ?) WHERE name = ?")
                         : QStringLiteral("SELECT type FROM pragma_table_info(?) WHERE name = ?"));
        info.addBindValue(resolved.name.isEmpty() ? name : resolved.name);
        if (!resolved.schema.isEmpty())
            info.addBindValue(resolved.schema);
        info.addBindValue(versionColumn);
        integer = info.exec() && info.next()
                  && info.value(0).toString().contains(QLatin1String("INT"), Qt::CaseInsensitive);
    } else {
        integer = detail::isIntegerType(rec.field(vi).metaType().id());
    }
    if (!integer)
        return tr("The version column \"%2\" of %1 must have an integer type, so that versions "
                  "compare exactly. Change it to INTEGER (or BIGINT).").arg(name, versionColumn);
    const bool trigger = TablePreparer::hasVersionTrigger(q->database(), name);
    if (wantedStrategy == VersionStrategy::Trigger && !trigger)
        return tr("Table %1 has no version trigger. Install it with: concord --prepare %1 "
                  "--strategy trigger").arg(name);
    strategy = trigger ? VersionStrategy::Trigger : VersionStrategy::Client;
    versionName = versionColumn;
    return {};
}

QString VersionedTableModel::Private::checkRows()
{
    // NULLs in the version column or (SQLite allows it) in the key: such a row could never be
    // saved conditionally. Refuse and say how to fix it, rather than skip rows silently.
    const QSqlRecord rec = q->record();
    QStringList keyNulls;
    for (int c : std::as_const(keyColumns))
        if (rec.field(c).requiredStatus() != QSqlField::Required)
            keyNulls << field(rec.fieldName(c)) + QStringLiteral(" IS NULL");
    auto count = [&](const QString &where) -> int {
        QSqlQuery check(q->database());
        check.setForwardOnly(true);
        if (check.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table(), where))
            && check.next())
            return check.value(0).toInt();
        return 0;
    };
    if (isSqlite() && !keyNulls.isEmpty()) {
        if (const int n = count(keyNulls.join(QStringLiteral(" OR "))))
            return tr("%n row(s) of %1 have no primary key value (NULL), so they cannot be told "
                      "apart. Give them a key first.", nullptr, n).arg(q->tableName());
    }
    if (countsVersion() && rec.field(versionIndex()).requiredStatus() != QSqlField::Required) {
        if (const int n = count(field(versionName) + QStringLiteral(" IS NULL")))
            return tr("%n row(s) of %1 have no version. Initialise them first: "
                      "UPDATE %1 SET %2 = 1 WHERE %2 IS NULL", nullptr, n)
                .arg(q->tableName(), versionName);
    }
    return {};
}

QString VersionedTableModel::Private::whereClause(QVariantList *binds, bool bound) const
{
    QStringList where;
    if (!q->filter().isEmpty())
        where << QLatin1Char('(') + q->filter() + QLatin1Char(')');
    if (!textFilter.isEmpty()) {
        QString op;
        QString pattern;
        if (isSqlite()) {
            op = QStringLiteral("GLOB");
            pattern = detail::textpattern::containsGlob(textFilter);
        } else if (isPostgres()) {
            op = QStringLiteral("~");
            pattern = detail::textpattern::containsRegex(textFilter);
        } else {
            op = QStringLiteral("LIKE");
            pattern = detail::textpattern::containsLike(textFilter);
        }
        const QString escape = op == QLatin1String("LIKE") ? QStringLiteral(" ESCAPE '\\'") : QString();
        QString value = QStringLiteral("?");
        if (!bound) {
            QSqlField f(QString(), QMetaType::fromType<QString>());
            f.setValue(pattern);
            value = driver()->formatValue(f);
        }
        const QSqlRecord rec = q->record();
        QStringList any;
        for (int i = 0; i < rec.count(); ++i) {
            if (rec.fieldName(i) == versionName)
                continue;
            any << QStringLiteral("CAST(%1 AS TEXT) %2 %3%4").arg(field(rec.fieldName(i)), op, value, escape);
            if (bound)
                *binds << pattern;
        }
        // A foreign key shows as its referenced row's name in an editor: an operator who reads
        // "Ana Jesus" in orders.customer_id and types "Ana" expects that order found.
        const QString comparison = QStringLiteral("%1 %2%3").arg(op, value, escape);
        for (const QString &term : referenceFilterTerms(comparison)) {
            any << term;
            if (bound)
                *binds << pattern;
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return where.join(QStringLiteral(" AND "));
}

const QList<VersionedTableModel::Private::Reference> &
VersionedTableModel::Private::referenceNames() const
{
    if (references)
        return *references;
    QList<Reference> found;
    const QSqlDatabase db = q->database();
    const QSqlRecord rec = q->record();
    // (A column of a key over several columns matches on its own part: a filter may find a
    // little more there, never less.)
    for (const ForeignKey &key : TableSchema::foreignKeys(db, q->tableName())) {
        const QString name = TableSchema::displayColumn(db, key.referencedTable);
        // A referenced table with nothing but its key to show is already matched by the key.
        if (!rec.contains(key.column) || name.isEmpty() || name == key.referencedColumn)
            continue;
        found << Reference{key.column, detail::quoteTableName(db, key.referencedTable),
                           detail::quoteIdentifier(db, key.referencedColumn),
                           detail::quoteIdentifier(db, name)};
    }
    references = found;
    return *references;
}

QStringList VersionedTableModel::Private::referenceFilterTerms(const QString &comparison) const
{
    QStringList terms;
    for (const Reference &ref : referenceNames())
        terms << QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE CAST(%4 AS TEXT) %5)")
                     .arg(field(ref.column), ref.key, ref.table, ref.name, comparison);
    return terms;
}

QString VersionedTableModel::Private::referenceSortTerm(const QString &column) const
{
    for (const Reference &ref : referenceNames()) {
        if (ref.column != column)
            continue;
        // The alias keeps a table that refers to itself (employees.manager_id) apart from the
        // row being sorted.
        return QStringLiteral("(SELECT r.%1 FROM %2 r WHERE r.%3 = %4.%5)")
            .arg(ref.name, ref.table, ref.key, table(), field(ref.column));
    }
    return {};
}

QString VersionedTableModel::Private::sortCollation() const
{
    // SQLite sorts text by its bytes: the sort column, when it holds text, sorts in the user's
    // language instead. Only the sort term: the key that breaks ties stays binary, and a number
    // column keeps its index. PostgreSQL already sorts by the column's collation.
    const QSqlRecord rec = q->record();
    if (!isSqlite() || sortColumn < 0 || sortColumn >= rec.count()
        || rec.field(sortColumn).metaType().id() != QMetaType::QString
        || !detail::ensureLocaleCollation(q->database()))
        return {};
    return detail::localeCollationName();
}

std::unique_ptr<detail::RowStore> VersionedTableModel::Private::makeStore() const
{
    const QSqlRecord rec = q->record();
    QStringList cols;
    QStringList selected;
    for (int i = 0; i < rec.count(); ++i) {
        cols << columnRef(rec.fieldName(i));
        selected << valueExpr(rec.fieldName(i));
    }
    // setFilter() is SQL text as in QSqlTableModel: a `?` in it (PostgreSQL's jsonb operator)
    // is not ours to bind, so then every value is written in by the driver instead.
    const bool bound = !q->filter().contains(QLatin1Char('?'));
    QVariantList binds;
    const QString where = whereClause(&binds, bound);
    QList<detail::KeysetBrowser::SortTerm> order;
    const QString collation = sortCollation();
    if (sortColumn >= 0 && sortColumn < rec.count() && !keyColumns.contains(sortColumn)) {
        detail::KeysetBrowser::SortTerm term{sortColumn, sortOrder == Qt::DescendingOrder, true,
                                             collation, QString()};
        if (sortByNames) {
            term.expression = referenceSortTerm(rec.fieldName(sortColumn));
            // The key is a number; the name it stands for is text, sorted as text is.
            if (!term.expression.isEmpty())
                term.collation = isSqlite() && detail::ensureLocaleCollation(q->database())
                    ? detail::localeCollationName() : QString();
        }
        order << term;
    }
    for (int c : std::as_const(keyColumns)) {
        const bool descending = c == sortColumn && sortOrder == Qt::DescendingOrder;
        order << detail::KeysetBrowser::SortTerm{c, descending, false,
                                                 c == sortColumn ? collation : QString(), QString()};
    }
    auto browser = std::make_unique<detail::KeysetBrowser>(q->database(), table(), cols, selected,
                                                           keyColumns, where, binds, bound, order);
    return std::make_unique<detail::RowStore>(rec, keyColumns, std::move(browser));
}

QSqlError VersionedTableModel::Private::readError(const QSqlError &error) const
{
    const QString db = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return QSqlError(tr("The rows of %1 could not be read: %2").arg(q->tableName(), db.trimmed()),
                     QString(), error.type(), error.nativeErrorCode());
}

} // namespace concord
