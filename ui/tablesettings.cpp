// TableSettings: one QSettings group per connection and table, keyed by a hash of both.
#include "tablesettings.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlDriver>

namespace concord {

namespace {
QSettings settings() { return QSettings(QStringLiteral("Concord"), QStringLiteral("Concord")); }
}

TableSettings::TableSettings(const QString &connection, const QString &qualifiedTable)
    : m_connection(connection), m_table(qualifiedTable)
{
}

QString TableSettings::qualifiedName(const QSqlDatabase &db, const QString &table)
{
    const bool postgres = db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (postgres)
        return table.contains(QLatin1Char('.')) ? table : QStringLiteral("public.") + table;
    // SQLite: the main database unless the name says otherwise (an attached one).
    return QStringLiteral("main.") + table;
}

QString TableSettings::group() const
{
    // Paths and URLs hold slashes, which QSettings reads as nested groups: hash them instead.
    const QByteArray id = QCryptographicHash::hash(
        (m_connection + QLatin1Char('\n') + m_table).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("tables/") + QString::fromLatin1(id.toHex());
}

QString TableSettings::sortColumn() const
{
    return isEnabled() ? settings().value(group() + QStringLiteral("/sortColumn")).toString()
                       : QString();
}

Qt::SortOrder TableSettings::sortOrder() const
{
    const int order = isEnabled() ? settings().value(group() + QStringLiteral("/sortOrder")).toInt() : 0;
    return order == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

QHash<QString, int> TableSettings::columnWidths() const
{
    QHash<QString, int> widths;
    if (!isEnabled())
        return widths;
    const QVariantMap stored = settings().value(group() + QStringLiteral("/columnWidths")).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it.value().toInt() > 0)
            widths.insert(it.key(), it.value().toInt());
    }
    return widths;
}

QStringList TableSettings::hiddenColumns() const
{
    return isEnabled() ? settings().value(group() + QStringLiteral("/hiddenColumns")).toStringList()
                       : QStringList();
}

QSize TableSettings::windowSize() const
{
    return isEnabled() ? settings().value(group() + QStringLiteral("/windowSize")).toSize() : QSize();
}

void TableSettings::saveGrid(const QString &sortColumn, Qt::SortOrder order,
                             const QHash<QString, int> &widths, const QStringList &hidden) const
{
    if (!isEnabled())
        return;
    QSettings s = settings();
    s.beginGroup(group());
    s.setValue(QStringLiteral("connection"), m_connection);
    s.setValue(QStringLiteral("table"), m_table);
    s.setValue(QStringLiteral("sortColumn"), sortColumn);
    s.setValue(QStringLiteral("sortOrder"), int(order));
    QVariantMap stored;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        stored.insert(it.key(), it.value());
    s.setValue(QStringLiteral("columnWidths"), stored);
    s.setValue(QStringLiteral("hiddenColumns"), hidden);
}

void TableSettings::saveWindowSize(const QSize &size) const
{
    if (!isEnabled() || !size.isValid())
        return;
    QSettings s = settings();
    s.beginGroup(group());
    s.setValue(QStringLiteral("connection"), m_connection);
    s.setValue(QStringLiteral("table"), m_table);
    s.setValue(QStringLiteral("windowSize"), size);
}

} // namespace concord
