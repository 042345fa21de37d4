// TableImporter: inserts rows of text (a CSV file's) into a table, each value checked, all in one transaction.
#pragma once

#include <concord/concord_core_export.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace concord {

// Each field is converted as the column needs it, in forms that do not depend on a locale (what
// GridCsvExport writes): a foreign key takes the name the referenced row shows (ReferenceLookup)
// or "#<key>"; a boolean true/false, 1/0, yes/no; a number with a '.', within the declared
// NUMERIC(p,s) digits or integer range; VARCHAR(n) at most n characters; dates and times in ISO
// 8601; a CHECK list one of its values. An empty field is NULL, or the column's default when it
// has one; a required column without a default refuses it.
// insert() writes every row inside one transaction (a savepoint inside the caller's), each row
// under a savepoint of its own, so a row the database refuses (a constraint) is listed and the
// others can still go in. In AllOrNothing mode one failure rolls everything back.
class CONCORD_CORE_EXPORT TableImporter
{
public:
    struct Failure
    {
        int row = -1;   // index into the rows given to insert()
        QString column; // the table's column; empty for a refusal of the whole row
        QString message;
    };
    enum class Mode { AllOrNothing, GoodRows };

    TableImporter(const QSqlDatabase &db, const QString &table);
    ~TableImporter();
    TableImporter(const TableImporter &) = delete;
    TableImporter &operator=(const TableImporter &) = delete;

    // False when the table cannot be read; errorString() says why.
    bool isValid() const;
    QString errorString() const;
    // The table's columns, in its order.
    QStringList columnNames() const;

    // The table column each field of a row goes to, by field position; an empty name skips
    // that field.
    void setMapping(const QStringList &columns);
    QStringList mapping() const;

    // Written into the table's who/when columns (TableSchema::modifiedByColumn()...) of each
    // row, with the time of the import, unless the file maps a column onto them; as
    // VersionedTableModel stamps its own inserts. Empty (the default): left to the database.
    void setOperatorName(const QString &name);

    // One field's value for `column`, or an invalid QVariant and `error`.
    QVariant convert(const QString &column, const QString &text, QString *error) const;

    // Inserts `rows`; returns how many went in (0 when any failed under AllOrNothing).
    int insert(const QList<QStringList> &rows, Mode mode);
    QList<Failure> failures() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace concord
