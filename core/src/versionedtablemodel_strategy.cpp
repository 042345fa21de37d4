// What the version strategies change in VersionedTableModel's statements: the versionless
// comparison of original values, and what xmin and server-filled who/when read back.
#include "versionedtablemodel_p.h"

#include <QSqlField>

namespace concord {

bool VersionedTableModel::Private::failReadOnly()
{
    return fail(FailureKind::TableRefused, QSqlError(readOnly, QString(), QSqlError::StatementError));
}

void VersionedTableModel::Private::readColumnTypes()
{
    // Only the versionless comparison on PostgreSQL needs them (see compareTerm).
    sqlTypes.clear();
    if (strategy != VersionStrategy::Versionless || !isPostgres() || !readOnly.isEmpty())
        return;
    QSqlQuery query(q->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod), attcollation <> 0 "
                                 "FROM pg_attribute "
                                 "WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped"));
    query.addBindValue(table());
    collatable.clear();
    if (query.exec()) {
        while (query.next()) {
            sqlTypes.insert(query.value(0).toString(), query.value(1).toString());
            if (query.value(2).toBool())
                collatable.insert(query.value(0).toString());
        }
    }
}

QString VersionedTableModel::Private::compareTerm(int column, const QVariant &original) const
{
    const QString name = q->record().fieldName(column);
    const QString col = field(name);
    // NULL never equals anything, NULL included: "still NULL" is its own test, with no value bound.
    if (original.isNull())
        return col + QStringLiteral(" IS NULL");
    // "Still what I read" means the same characters, whatever the column's collation calls
    // equal: under NOCASE, RTRIM, citext or a non-deterministic collation 'McDonald' written
    // over 'mcdonald' by someone else would otherwise pass for unchanged, and be overwritten.
    if (!isPostgres())
        return col + QStringLiteral(" COLLATE BINARY = ?"); // SQLite hands back what it stores
    // PostgreSQL infers the bound value's type from the column, so REAL, NUMERIC and text
    // compare in the column's own type. Three kinds need care: a column with a collation (text,
    // varchar, char, citext, domains over them) compares by its text under "C", which is byte
    // equality (the bound value first takes the column's type, so CHAR(n)'s padding goes as the
    // stored value's does); timestamps are read to the millisecond (QDateTime) but stored to the
    // microsecond; and json, xml and the geometric types have no equality operator at all, so
    // they compare by their text.
    const QString type = sqlTypes.value(name);
    if (collatable.contains(name))
        return QStringLiteral("CAST(%1 AS text) COLLATE \"C\" = CAST(CAST(? AS %2) AS text) COLLATE \"C\"")
            .arg(col, type);
    if (type.startsWith(QLatin1String("timestamp")))
        return QStringLiteral("date_trunc('milliseconds', %1) = date_trunc('milliseconds', CAST(? AS %2))")
            .arg(col, type);
    static const QStringList noEquality{QStringLiteral("json"), QStringLiteral("xml"),
                                        QStringLiteral("point"), QStringLiteral("line"),
                                        QStringLiteral("lseg"), QStringLiteral("box"),
                                        QStringLiteral("path"), QStringLiteral("polygon"),
                                        QStringLiteral("circle")};
    if (noEquality.contains(type))
        return QStringLiteral("CAST(%1 AS text) = CAST(? AS text)").arg(col);
    return col + QStringLiteral(" = ?");
}

QSqlQuery *VersionedTableModel::Private::versionlessUpdate(const QList<int> &written,
                                                           const QList<int> &compared,
                                                           const QVariantList &originals)
{
    const QSqlRecord rec = q->record();
    QStringList sets;
    for (int i : written)
        sets << field(rec.fieldName(i)) + QStringLiteral(" = ?");
    QStringList terms{keyAndVersionCondition()};
    for (qsizetype k = 0; k < compared.size(); ++k)
        terms << compareTerm(compared.at(k), originals.at(k));
    // The text differs with the NULL pattern of the originals; prepare() keeps each one.
    return prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3%4")
                       .arg(table(), sets.join(QStringLiteral(", ")),
                            terms.join(QStringLiteral(" AND ")), returningClause()));
}

QSqlQuery *VersionedTableModel::Private::versionlessDelete(const QList<int> &compared,
                                                           const QVariantList &originals)
{
    QStringList terms{keyAndVersionCondition()};
    for (qsizetype k = 0; k < compared.size(); ++k)
        terms << compareTerm(compared.at(k), originals.at(k));
    return prepare(QStringLiteral("DELETE FROM %1 WHERE %2")
                       .arg(table(), terms.join(QStringLiteral(" AND "))));
}

QList<int> VersionedTableModel::Private::returnedColumns() const
{
    QList<int> cols;
    const QSqlRecord rec = q->record();
    if (strategy == VersionStrategy::Xmin)
        cols << versionIndex();
    if (auditByServer) {
        for (const QString &audit : {modifiedByColumn, modifiedAtColumn})
            if (const int i = audit.isEmpty() ? -1 : rec.indexOf(audit); i >= 0)
                cols << i;
    }
    return cols;
}

QString VersionedTableModel::Private::returningClause() const
{
    if (!returnsOnUpdate())
        return {};
    QStringList exprs;
    const QSqlRecord rec = q->record();
    for (int i : returnedColumns())
        exprs << columnExpr(rec.fieldName(i));
    return QStringLiteral(" RETURNING ") + exprs.join(QStringLiteral(", "));
}

} // namespace concord
