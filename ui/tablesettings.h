// TableSettings: what the editor remembers about one table of one database, in QSettings.
#pragma once

#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace concord {

// Kept under "tables/<hash>" of QSettings("Concord", "Concord"), the hash taken over the
// connection's storage string (ConnectionSpec::toStorageString(), which never holds a password)
// and the schema-qualified table name, both also stored in plain text beside the values.
// Columns are remembered by name, so a column added or dropped since leaves the others' widths.
// A TableSettings with an empty connection reads nothing and writes nothing (tests, screenshots).
class TableSettings
{
public:
    TableSettings() = default;
    TableSettings(const QString &connection, const QString &qualifiedTable);

    // "public.customers" on PostgreSQL (QPSQL lists other schemas' tables qualified already),
    // "main.customers" on SQLite.
    static QString qualifiedName(const QSqlDatabase &db, const QString &table);

    bool isEnabled() const { return !m_connection.isEmpty() && !m_table.isEmpty(); }

    QString sortColumn() const;
    Qt::SortOrder sortOrder() const;
    QHash<QString, int> columnWidths() const;
    QStringList hiddenColumns() const;
    // The record windows' size; invalid when none was remembered.
    QSize windowSize() const;

    // The grid's state as it is when the table closes.
    void saveGrid(const QString &sortColumn, Qt::SortOrder order, const QHash<QString, int> &widths,
                  const QStringList &hidden) const;
    void saveWindowSize(const QSize &size) const;

private:
    QString group() const;
    QString m_connection;
    QString m_table;
};

} // namespace concord
