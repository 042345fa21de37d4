// The "items" table the model tests share, and one-line helpers to drive a model over it.
#pragma once

#include "testdatabase.h"

#include <concord/tablepreparer.h>
#include <concord/versionedtablemodel.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

using concord::VersionedTableModel; // the tests name it often

namespace concord::test {

// The items table (or one of the same shape under another name) with `rows` rows.
inline QString makeItemsTable(TestDatabase &tdb, const QString &table, int rows = 3)
{
    QString e = tdb.createVersionedTable(table,
                                         {QStringLiteral("name VARCHAR(100) NOT NULL"),
                                          QStringLiteral("qty INTEGER"),
                                          QStringLiteral("email VARCHAR(100) UNIQUE")});
    if (!e.isEmpty())
        return e;
    QSqlDatabase db = tdb.db();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (name, qty, email) VALUES (?, ?, ?)").arg(table));
    for (int i = 1; i <= rows; ++i) {
        q.addBindValue(QStringLiteral("item %1").arg(i));
        q.addBindValue(i * 10);
        q.addBindValue(QStringLiteral("item%1@example.com").arg(i));
        if (!q.exec())
            return q.lastError().text();
    }
    db.commit();
    return {};
}

inline QString makeItems(TestDatabase &tdb, int rows = 3)
{
    return makeItemsTable(tdb, QStringLiteral("items"), rows);
}

// The items table, and on PostgreSQL the notify trigger that announces other programs' changes
// to it (SQLite's feed needs nothing: it polls).
inline QString makeAnnouncedItems(TestDatabase &tdb, int rows = 3)
{
    if (QString e = makeItems(tdb, rows); !e.isEmpty())
        return e;
    if (tdb.isSqlite())
        return {};
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"));
    return report.ok ? QString() : report.error;
}

// One operator: a model over the items table, ordered by id, with live updates as the library
// ships them (on: it hears of others' saves, and marks the rows, without taking their values).
// Two such models are two programs' worth of stale reads: every stale save must still conflict.
inline std::unique_ptr<VersionedTableModel> openModel(const QSqlDatabase &db,
                                               QSqlTableModel::EditStrategy strategy
                                               = QSqlTableModel::OnManualSubmit)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(strategy);
    model->setTable(QStringLiteral("items"));
    model->setSort(0, Qt::AscendingOrder);
    if (!model->select())
        qWarning() << "select failed:" << model->lastError().text();
    return model;
}

inline std::unique_ptr<VersionedTableModel> openLiveModel(const QSqlDatabase &db)
{
    return openModel(db, QSqlTableModel::OnManualSubmit);
}

inline int col(const VersionedTableModel &m, const char *name)
{
    return m.fieldIndex(QLatin1String(name));
}

inline bool setField(VersionedTableModel &m, int row, const char *name, const QVariant &v)
{
    return m.setData(m.index(row, col(m, name)), v);
}

inline QVariant value(TestDatabase &tdb, const QString &column, int id)
{
    return tdb.scalar(QStringLiteral("SELECT %1 FROM items WHERE id = %2").arg(column).arg(id));
}

} // namespace concord::test
