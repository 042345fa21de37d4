// GridLookups: the grid's foreign-key, CHECK-list and boolean columns, and the names shown for keys.
#pragma once

#include "editorchoice.h"

#include <concord/referencelookup.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

class QAbstractItemModel;
class QModelIndex;
class QSqlRecord;

namespace concord {

class RecordChange;

// The grid asks EditorChoice, as the record form does, which columns are lookups, lists or check
// boxes. For lookups it never reads the referenced table whole: the first time a key is painted,
// the keys of that row and the next ones already loaded are named in one query
// (ReferenceLookup::displayFor), and kept. A re-read of the grid's model, a save of a
// referenced row announced on the ChangeFeed, or (SQLite) another connection's commit drops
// what was kept.
class GridLookups : public QObject
{
    Q_OBJECT
public:
    using Kind = EditorChoice::Kind;

    explicit GridLookups(QObject *parent = nullptr);
    ~GridLookups() override;

    // `declared` as the table declares its columns, `columns` the model's, in the grid's order.
    // An invalid `db` clears everything.
    void setTable(const QSqlDatabase &db, const QString &table, const QSqlRecord &declared,
                  const QSqlRecord &columns);

    // ForeignKey, Choice or Boolean for those columns; Text for all the others, which keep the
    // delegate's standard editors.
    Kind kindOf(int column) const;
    bool isNullable(int column) const;
    QVariantList choices(int column) const;
    ForeignKey foreignKey(int column) const;
    QSqlDatabase database() const;
    // The column stores booleans as bool (PostgreSQL) rather than as 0/1 (SQLite).
    bool storesBool(int column) const;

    // The name of the row the key at `index` refers to; empty for NULL, "#key" for a key whose
    // row is not there.
    QString nameFor(const QModelIndex &index);
    // What tells that row from another of the same name (its city, email... or "#key"), read
    // with its name; empty until nameFor() read it. Shown in the cell's tooltip.
    QString detailFor(const QModelIndex &index) const;
    void clearNames();
    // Keys named by the database so far, for the tests: the grid must not read them all.
    int keysRead() const { return m_keysRead; }

Q_SIGNALS:
    // Names were dropped: what the grid shows may be stale.
    void namesChanged();

private:
    struct Column
    {
        Kind kind = Kind::Text;
        bool nullable = true;
        bool storesBool = false;
        QVariantList choices;
        std::shared_ptr<ReferenceLookup> lookup;
        QHash<QString, QString> names; // key as text -> name; empty: no such row
        QHash<QString, QString> details; // key as text -> ReferenceLookup::Entry::detail
    };
    void watchModel(const QAbstractItemModel *model);
    void onRecordChanged(const RecordChange &change);

    QString m_connectionName;
    QList<Column> m_columns;
    QPointer<const QAbstractItemModel> m_model;
    QMetaObject::Connection m_resetConnection;
    QMetaObject::Connection m_feedConnection;
    QMetaObject::Connection m_databaseConnection;
    int m_keysRead = 0;
};

} // namespace concord
