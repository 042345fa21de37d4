// ReferenceLookup: the bounded, bound SQL behind foreign-key names in grids and combo boxes.
#include <concord/referencelookup.h>

#include "sqlidentifier_p.h"
#include "textpattern_p.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace concord {

namespace {

// SQLite allows 32766 bound values since 3.32, older builds 999: a batch stays below both.
constexpr int keysPerBatch = 500;

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

QString columnNamed(const QSqlRecord &record, const QStringList &candidates, const QString &except)
{
    for (const QString &candidate : candidates) {
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name.compare(candidate, Qt::CaseInsensitive) == 0 && name != except)
                return name;
        }
    }
    return {};
}

} // namespace

class ReferenceLookup::Private
{
public:
    // By name, not a QSqlDatabase handle: an editor holding a lookup may outlive its window's
    // connection, and a handle would keep that connection "still in use" when it is removed.
    QString connectionName;
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    ForeignKey key;
    QString displayColumn;
    QString detailColumn;
    QString quotedTable; // the referenced table, resolved once
    bool valid = false;
    mutable QSqlError lastError;

    QString field(const QString &name) const
    {
        return detail::quoteIdentifier(db(), name);
    }
    // The three columns every query reads: key, name, detail.
    QString selectList() const
    {
        return QStringLiteral("SELECT %1, %2, %3 FROM %4")
            .arg(field(key.referencedColumn), field(displayColumn), field(detailColumn),
                 quotedTable);
    }
    // Reads every row of an executed query, then lets go of it.
    QList<Entry> readAll(QSqlQuery &query) const
    {
        QList<Entry> entries;
        const bool nameIsKey = displayColumn == key.referencedColumn;
        const bool detailIsKey = detailColumn == key.referencedColumn;
        while (query.next()) {
            Entry entry;
            entry.key = query.value(0);
            const QString keyText = QLatin1Char('#') + entry.key.toString();
            entry.name = nameIsKey ? QString() : query.value(1).toString();
            if (entry.name.isEmpty())
                entry.name = keyText;
            entry.detail = detailIsKey ? keyText : query.value(2).toString();
            entries.append(entry);
        }
        query.finish();
        return entries;
    }
    bool run(QSqlQuery &query) const
    {
        if (query.exec())
            return true;
        lastError = query.lastError();
        return false;
    }
};

ReferenceLookup::ReferenceLookup(const QSqlDatabase &db, const ForeignKey &key)
    : d(std::make_unique<Private>())
{
    d->connectionName = db.connectionName();
    d->key = key;
    if (!db.isOpen() || !db.driver())
        return;
    const QSqlRecord columns = TableSchema::declaredColumns(db, key.referencedTable);
    d->valid = !key.referencedColumn.isEmpty() && columns.contains(key.referencedColumn);
    if (!d->valid)
        return;
    d->quotedTable = detail::quoteTableName(db, key.referencedTable);
    d->displayColumn = TableSchema::displayColumn(db, key.referencedTable);
    if (d->displayColumn.isEmpty())
        d->displayColumn = key.referencedColumn;
    // Whatever a person would use to tell two "Anna Weber" apart; the key when nothing else.
    d->detailColumn = columnNamed(columns,
                                  {QStringLiteral("city"), QStringLiteral("email"),
                                   QStringLiteral("sku"), QStringLiteral("code"),
                                   QStringLiteral("country"), QStringLiteral("phone")},
                                  d->displayColumn);
    if (d->detailColumn.isEmpty())
        d->detailColumn = key.referencedColumn;
}

ReferenceLookup::~ReferenceLookup() = default;
ReferenceLookup::ReferenceLookup(ReferenceLookup &&) noexcept = default;
ReferenceLookup &ReferenceLookup::operator=(ReferenceLookup &&) noexcept = default;

bool ReferenceLookup::isValid() const
{
    return d->valid && d->db().isOpen();
}

ForeignKey ReferenceLookup::foreignKey() const
{
    return d->key;
}

QString ReferenceLookup::displayColumn() const
{
    return d->displayColumn;
}

QString ReferenceLookup::detailColumn() const
{
    return d->detailColumn;
}

QList<ReferenceLookup::Entry> ReferenceLookup::displayFor(const QVariantList &keys) const
{
    QList<Entry> entries;
    if (!isValid())
        return entries;
    QVariantList unique;
    QSet<QString> seen;
    for (const QVariant &key : keys) {
        if (key.isNull() || !key.isValid())
            continue;
        if (!seen.contains(key.toString())) {
            seen.insert(key.toString());
            unique.append(key);
        }
    }
    for (qsizetype start = 0; start < unique.size(); start += keysPerBatch) {
        const QVariantList batch = unique.mid(start, keysPerBatch);
        QStringList marks(batch.size(), QStringLiteral("?"));
        QSqlQuery query(d->db());
        query.setForwardOnly(true);
        query.prepare(d->selectList()
                      + QStringLiteral(" WHERE %1 IN (%2)")
                            .arg(d->field(d->key.referencedColumn), marks.join(QLatin1Char(','))));
        for (const QVariant &key : batch)
            query.addBindValue(key);
        if (!d->run(query))
            return entries;
        entries += d->readAll(query);
    }
    return entries;
}

ReferenceLookup::Entry ReferenceLookup::entryFor(const QVariant &key) const
{
    const QList<Entry> entries = displayFor({key});
    return entries.isEmpty() ? Entry() : entries.first();
}

QList<ReferenceLookup::Entry> ReferenceLookup::search(const QString &text, int limit) const
{
    if (!isValid() || limit <= 0)
        return {};
    const QString name = d->field(d->displayColumn);
    const QString order = QStringLiteral("%1, %2").arg(name, d->field(d->key.referencedColumn));
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (text.isEmpty()) {
        query.prepare(d->selectList() + QStringLiteral(" ORDER BY %1 LIMIT ?").arg(order));
        query.addBindValue(limit);
    } else {
        // The grid filter's case folding (textpattern_p.h): LIKE and ILIKE fold ASCII only, so
        // "álvarez" would miss "Álvarez". GLOB and ~ take their patterns literally, so a typed
        // % or _ is just a character.
        const QString cast = QStringLiteral("CAST(%1 AS TEXT)").arg(name);
        const bool postgres = isPostgres(d->db());
        const QString op = postgres ? QStringLiteral("~") : QStringLiteral("GLOB");
        const QString contains = postgres ? detail::textpattern::containsRegex(text)
                                          : detail::textpattern::containsGlob(text);
        const QString prefix = postgres ? QLatin1Char('^') + contains : contains.mid(1);
        query.prepare(d->selectList()
                      + QStringLiteral(" WHERE %1 %2 ? ORDER BY CASE WHEN %1 %2 ? THEN 0 ELSE 1 END,"
                                       " %3 LIMIT ?")
                            .arg(cast, op, order));
        query.addBindValue(contains);
        query.addBindValue(prefix);
        query.addBindValue(limit);
    }
    if (!d->run(query))
        return {};
    return d->readAll(query);
}

QSqlError ReferenceLookup::lastError() const
{
    return d->lastError;
}

} // namespace concord
