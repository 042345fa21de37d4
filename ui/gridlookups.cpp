// GridLookups: per-column editor kinds of the grid and a per-key cache of foreign-key names.
#include "gridlookups.h"

#include <concord/changefeed.h>
#include <concord/recordchange.h>
#include <concord/tableschema.h>

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>

namespace concord {

namespace {
// Keys named per query: a screenful of rows and some more, so scrolling asks seldom.
constexpr int rowsPerBatch = 100;
} // namespace

GridLookups::GridLookups(QObject *parent) : QObject(parent) { }

GridLookups::~GridLookups() = default;

void GridLookups::setTable(const QSqlDatabase &db, const QString &table, const QSqlRecord &declared,
                           const QSqlRecord &columns)
{
    disconnect(m_resetConnection);
    disconnect(m_feedConnection);
    disconnect(m_databaseConnection);
    m_model.clear();
    m_columns.clear();
    m_connectionName.clear();
    m_keysRead = 0;
    if (!db.isValid() || !db.isOpen())
        return;
    m_connectionName = db.connectionName();
    QHash<QString, ForeignKey> keys;
    for (const ForeignKey &key : TableSchema::foreignKeys(db, table))
        keys.insert(key.column, key);
    const QHash<QString, QVariantList> lists = TableSchema::allowedValues(db, table);
    bool anyLookup = false;
    for (int i = 0; i < columns.count(); ++i) {
        const QString name = columns.fieldName(i);
        const QSqlField field = declared.contains(name) ? declared.field(name) : columns.field(i);
        Column column;
        const Kind kind = EditorChoice::kindOf(field, {}, keys.contains(name), lists.contains(name));
        if (kind == Kind::ForeignKey || kind == Kind::Choice || kind == Kind::Boolean)
            column.kind = kind;
        column.nullable = field.requiredStatus() != QSqlField::Required;
        column.storesBool = db.driver()->dbmsType() != QSqlDriver::SQLite;
        column.choices = lists.value(name);
        if (kind == Kind::ForeignKey) {
            column.lookup = std::make_shared<ReferenceLookup>(db, keys.value(name));
            anyLookup = true;
        }
        m_columns.append(column);
    }
    if (anyLookup) {
        if (ChangeFeed *feed = ChangeFeed::forDatabase(db)) {
            m_feedConnection = connect(feed, &ChangeFeed::recordChanged, this,
                                       &GridLookups::onRecordChanged);
            // SQLite says only that another connection committed, not what: a customer renamed
            // in another program may be among the names shown, so they are all read again as
            // they are painted (one query per screenful).
            m_databaseConnection = connect(feed, &ChangeFeed::databaseChanged, this,
                                           &GridLookups::clearNames);
        }
    }
}

GridLookups::Kind GridLookups::kindOf(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).kind : Kind::Text;
}

bool GridLookups::isNullable(int column) const
{
    return column < 0 || column >= m_columns.size() || m_columns.at(column).nullable;
}

QVariantList GridLookups::choices(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).choices : QVariantList();
}

ForeignKey GridLookups::foreignKey(int column) const
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).lookup)
        return {};
    return m_columns.at(column).lookup->foreignKey();
}

QSqlDatabase GridLookups::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool GridLookups::storesBool(int column) const
{
    return column >= 0 && column < m_columns.size() && m_columns.at(column).storesBool;
}

QString GridLookups::nameFor(const QModelIndex &index)
{
    const int c = index.column();
    if (c < 0 || c >= m_columns.size() || !m_columns.at(c).lookup)
        return {};
    const QVariant key = index.data(Qt::EditRole);
    if (key.isNull() || !key.isValid())
        return {};
    watchModel(index.model());
    Column &column = m_columns[c];
    auto found = column.names.constFind(key.toString());
    if (found == column.names.cend()) {
        // This key and those of the next loaded rows, in one query.
        const QAbstractItemModel *model = index.model();
        QVariantList batch{key};
        const int end = qMin(model->rowCount(index.parent()), index.row() + rowsPerBatch);
        for (int row = index.row() + 1; row < end; ++row) {
            const QVariant other = model->index(row, c, index.parent()).data(Qt::EditRole);
            if (!other.isNull() && !column.names.contains(other.toString()))
                batch << other;
        }
        for (const QVariant &k : std::as_const(batch))
            column.names.insert(k.toString(), QString());
        const QList<ReferenceLookup::Entry> entries = column.lookup->displayFor(batch);
        m_keysRead += int(entries.size());
        for (const ReferenceLookup::Entry &entry : entries) {
            column.names.insert(entry.key.toString(), entry.name);
            column.details.insert(entry.key.toString(), entry.detail);
        }
        found = column.names.constFind(key.toString());
    }
    return found->isEmpty()
        ? QCoreApplication::translate("FieldEditorFactory", "#%1").arg(key.toString())
        : *found;
}

QString GridLookups::detailFor(const QModelIndex &index) const
{
    if (index.column() < 0 || index.column() >= m_columns.size())
        return {};
    return m_columns.at(index.column()).details.value(index.data(Qt::EditRole).toString());
}

void GridLookups::clearNames()
{
    bool any = false;
    for (Column &column : m_columns) {
        any = any || !column.names.isEmpty();
        column.names.clear();
        column.details.clear();
    }
    if (any)
        Q_EMIT namesChanged();
}

void GridLookups::watchModel(const QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    disconnect(m_resetConnection);
    m_model = model;
    // A reload re-reads the rows; the names it shows are read again as well.
    m_resetConnection = connect(model, &QAbstractItemModel::modelReset, this,
                                &GridLookups::clearNames);
}

void GridLookups::onRecordChanged(const RecordChange &change)
{
    if (change.key().size() != 1)
        return;
    const QString key = change.key().constFirst().toString();
    bool dropped = false;
    for (Column &column : m_columns) {
        if (column.lookup
            && column.lookup->foreignKey().referencedTable.compare(change.table(), Qt::CaseInsensitive) == 0)
            dropped = column.names.remove(key) || dropped;
    }
    if (dropped)
        Q_EMIT namesChanged();
}

} // namespace concord
