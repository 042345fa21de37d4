// ReferenceLookup: the bounded, bound SQL behind foreign-key names in grids and combo boxes.
#include <concord/referencelookup.h>

#include "sqlidentifier_p.h"
#include "textpattern_p.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
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

// "orders" -> "Order", "order_lines" -> "Order line", "categories" -> "Category": the English
// singular a table name is usually the plural of, for "Order #5". A name it cannot read stays.
QString singularOf(const QString &table)
{
    QString name = table.mid(table.lastIndexOf(QLatin1Char('.')) + 1);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    const auto ends = [&name](const char *suffix) {
        return name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    };
    if (ends("ies") && name.size() > 4)
        name = name.left(name.size() - 3) + QLatin1Char('y');
    else if (ends("sses") || ends("xes") || ends("ches") || ends("shes"))
        name.chop(2);
    else if (ends("s") && !ends("ss") && !ends("us") && name.size() > 3)
        name.chop(1);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

// A date column's value as the user's locale writes a date; the time of day is left out.
QString localDate(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    QDate date;
    if (value.typeId() == QMetaType::QDate)
        date = value.toDate();
    else if (value.typeId() == QMetaType::QDateTime)
        date = value.toDateTime().date();
    else
        date = QDate::fromString(value.toString().left(10), Qt::ISODate); // SQLite's text
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value.toString();
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
    // A table without a name column (orders) is named by what names it for a person:
    // "Order #5 · Ana Jesus · 30/03/2024", its singular, key, its own references' names and a date.
    struct Join
    {
        QString alias;   // j1, j2: the referenced tables of the row's own foreign keys
        QString on;      // "j1.id = t.customer_id"
        QString table;   // quoted
        QString name;    // "j1.name"
    };
    bool composed = false;
    QString singular;
    QList<Join> joins;
    QString dateColumn;
    mutable QSqlError lastError;

    QString field(const QString &name) const
    {
        return detail::quoteIdentifier(db(), name);
    }
    // A column of the referenced table, which every query calls t.
    QString column(const QString &name) const { return QStringLiteral("t.") + field(name); }
    // The columns every query reads: key, name, detail; a composed name's parts after them.
    QString selectList() const
    {
        if (!composed) {
            return QStringLiteral("SELECT %1, %2, %3 FROM %4 t")
                .arg(column(key.referencedColumn), column(displayColumn), column(detailColumn),
                     quotedTable);
        }
        QStringList columns{column(key.referencedColumn), column(key.referencedColumn),
                            column(key.referencedColumn)};
        QString from = quotedTable + QStringLiteral(" t");
        for (const Join &join : joins) {
            columns << join.name;
            from += QStringLiteral(" LEFT JOIN %1 %2 ON %3").arg(join.table, join.alias, join.on);
        }
        columns << (dateColumn.isEmpty() ? QStringLiteral("NULL") : column(dateColumn));
        return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), from);
    }
    // The texts a search looks in: the name, or a composed name's key and references' names.
    QStringList searchedTexts() const
    {
        if (!composed)
            return {QStringLiteral("CAST(%1 AS TEXT)").arg(column(displayColumn))};
        QStringList texts{QStringLiteral("CAST(%1 AS TEXT)").arg(column(key.referencedColumn))};
        for (const Join &join : joins)
            texts << QStringLiteral("CAST(%1 AS TEXT)").arg(join.name);
        return texts;
    }
    QString composedName(const QSqlQuery &query, const QString &keyText) const
    {
        QStringList parts{QStringLiteral("%1 %2").arg(singular, keyText)};
        for (qsizetype j = 0; j < joins.size(); ++j) {
            const QString name = query.value(3 + int(j)).toString();
            if (!name.isEmpty())
                parts << name;
        }
        const QString date = localDate(query.value(3 + int(joins.size())));
        if (!date.isEmpty())
            parts << date;
        return parts.join(QStringLiteral(" \u00b7 "));
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
            if (composed) {
                entry.name = composedName(query, keyText);
                entry.detail = keyText;
                entries.append(entry);
                continue;
            }
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

    // No name column: the row is named by its kind and key, the names of the rows it refers
    // to (an order's customer) and its date, if it has them.
    if (!TableSchema::nameColumn(db, key.referencedTable).isEmpty())
        return;
    for (const ForeignKey &own : TableSchema::foreignKeys(db, key.referencedTable)) {
        const QString name = TableSchema::nameColumn(db, own.referencedTable);
        if (name.isEmpty() || d->joins.size() >= 2)
            continue;
        Private::Join join;
        join.alias = QStringLiteral("j%1").arg(d->joins.size() + 1);
        join.table = detail::quoteTableName(db, own.referencedTable);
        join.on = QStringLiteral("%1.%2 = %3")
                      .arg(join.alias, d->field(own.referencedColumn), d->column(own.column));
        join.name = join.alias + QLatin1Char('.') + d->field(name);
        d->joins.append(join);
    }
    d->dateColumn = TableSchema::dateColumn(db, key.referencedTable);
    d->composed = !d->joins.isEmpty() || !d->dateColumn.isEmpty();
    d->singular = singularOf(key.referencedTable);
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

bool ReferenceLookup::composesNames() const
{
    return d->composed;
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
                            .arg(d->column(d->key.referencedColumn), marks.join(QLatin1Char(','))));
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
    // A composed name (an order's) reads best newest first; a name, alphabetically.
    const QString keyColumn = d->column(d->key.referencedColumn);
    const QString order = d->composed
        ? keyColumn + QStringLiteral(" DESC")
        : QStringLiteral("%1, %2").arg(d->column(d->displayColumn), keyColumn);
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (text.isEmpty()) {
        query.prepare(d->selectList() + QStringLiteral(" ORDER BY %1 LIMIT ?").arg(order));
        query.addBindValue(limit);
    } else {
        // The grid filter's case folding (textpattern_p.h): LIKE and ILIKE fold ASCII only, so
        // "álvarez" would miss "Álvarez". GLOB and ~ take their patterns literally, so a typed
        // % or _ is just a character.
        const bool postgres = isPostgres(d->db());
        const QString op = postgres ? QStringLiteral("~") : QStringLiteral("GLOB");
        const QString contains = postgres ? detail::textpattern::containsRegex(text)
                                          : detail::textpattern::containsGlob(text);
        const QString prefix = postgres ? QLatin1Char('^') + contains : contains.mid(1);
        const QStringList texts = d->searchedTexts();
        QStringList matches;
        for (const QString &searched : texts)
            matches << QStringLiteral("%1 %2 ?").arg(searched, op);
        query.prepare(d->selectList()
                      + QStringLiteral(" WHERE %1 ORDER BY CASE WHEN %2 %3 ? THEN 0 ELSE 1 END,"
                                       " %4 LIMIT ?")
                            .arg(matches.join(QStringLiteral(" OR ")), texts.first(), op, order));
        for (qsizetype i = 0; i < texts.size(); ++i)
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
