// ReferenceLookup: names the rows a foreign key refers to, and finds them by name, a few at a time.
#pragma once

#include <concord/concord_core_export.h>
#include <concord/tableschema.h>

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

namespace concord {

// What a grid cell or a combo box needs to show for a foreign key, without ever reading the whole
// referenced table: displayFor() names the keys on screen (one bound IN (...) per batch), search()
// returns at most `limit` rows whose name contains the typed text, in any letter case. Each call
// reads its rows to the end, so no SELECT is left open to hold a SQLite read lock. The lookup
// keeps the connection's name, not a handle: once that connection is closed it finds nothing.
class CONCORD_CORE_EXPORT ReferenceLookup
{
public:
    struct Entry
    {
        QVariant key;   // as the driver returns it (int, qlonglong or text)
        QString name;   // the display column's text; "#<key>" when that is empty
        QString detail; // the second column (city, email, sku...) or "#<key>": tells equal names apart
    };

    // `key` as TableSchema::foreignKeys() gives it; the names come from
    // TableSchema::displayColumn(referencedTable).
    ReferenceLookup(const QSqlDatabase &db, const ForeignKey &key);
    ~ReferenceLookup();
    ReferenceLookup(ReferenceLookup &&) noexcept;
    ReferenceLookup &operator=(ReferenceLookup &&) noexcept;

    // False when the referenced table or column does not exist.
    bool isValid() const;
    ForeignKey foreignKey() const;
    QString displayColumn() const;
    // The column shown next to equal names; the referenced key column when the table has none.
    QString detailColumn() const;
    // True when the referenced table has no name column (TableSchema::nameColumn) but foreign
    // keys or a date: its rows are then named "Order #5 · Ana Jesus · 30/03/2024" (the table's
    // singular and the key, the names of the rows it refers to, its date in the locale's short
    // format), and search() finds them by key or by those names.
    bool composesNames() const;

    // The entries of `keys` that exist, in no particular order. Keys are compared as text, so
    // an int from the grid finds the qlonglong the driver returns.
    QList<Entry> displayFor(const QVariantList &keys) const;
    // One key's entry; an Entry with a null key when the row does not exist.
    Entry entryFor(const QVariant &key) const;
    // At most `limit` entries whose name contains `text` in any letter case (also outside ASCII),
    // names that start with it first, then by name. An empty `text` gives the first rows by name.
    QList<Entry> search(const QString &text, int limit) const;

    QSqlError lastError() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace concord
