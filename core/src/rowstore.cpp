// RowStore: rows read page by page, served to QSqlQueryModel through the QSqlResult interface.
#include "rowstore_p.h"

#include "recordkey_p.h"

#include <QSqlDriver>
#include <QSqlField>

#include <limits>

namespace concord::detail {

namespace {

// QSqlResult needs a driver; the real one must not be it, or QSqlQueryModel would ask the real
// driver for QuerySize and read no further than the first page. This one offers no features.
class StoreDriver : public QSqlDriver
{
public:
    bool hasFeature(DriverFeature) const override { return false; }
    bool open(const QString &, const QString &, const QString &, const QString &, int,
              const QString &) override { return false; }
    void close() override {}
    QSqlResult *createResult() const override { return nullptr; }
};

const QSqlDriver *storeDriver()
{
    // Never deleted: results may outlive any one model, and a QObject destroyed during static
    // teardown, after the application object, is trouble for no gain.
    static const StoreDriver *driver = new StoreDriver;
    return driver;
}

} // namespace

RowStore::RowStore(const QSqlRecord &layout, const QList<int> &keyColumns,
                   std::unique_ptr<KeysetBrowser> browser)
    : QSqlResult(storeDriver()), m_layout(layout), m_keyColumns(keyColumns),
      m_kinds(detail::keyKinds(layout, keyColumns)),
      m_browser(std::move(browser))
{
    setSelect(true);
    setActive(true);
    setForwardOnly(false);
    setAt(QSql::BeforeFirstRow);
    if (m_browser)
        setQuery(m_browser->keyStatement());
}

RowStore::~RowStore() = default;

QString RowStore::keyOf(const QVariantList &values) const
{
    return recordKey(values, m_keyColumns, m_kinds);
}

bool RowStore::append(const QVariantList &values)
{
    const QString key = keyOf(values);
    if (!key.isEmpty()) {
        if (m_index.contains(key))
            return false;
        m_index.insert(key, int(m_rows.size()));
    }
    m_rows << values;
    m_keys << key;
    return true;
}

void RowStore::setValues(int row, const QVariantList &values)
{
    // A renumbered row's key is no longer in its values: compare with the key it is known by.
    bool keyChanged = !m_moved.isEmpty() && m_moved.remove(row) > 0;
    for (qsizetype k = 0; k < m_keyColumns.size() && !keyChanged; ++k) {
        const int c = m_keyColumns.at(k);
        const QVariant now = values.value(c);
        const QVariant &before = m_rows.at(row).at(c);
        keyChanged = now.metaType() == before.metaType()
            ? now != before : keyPart(now, m_kinds.at(k)) != keyPart(before, m_kinds.at(k));
    }
    m_rows[row] = values;
    if (keyChanged) {
        const QString key = keyOf(values);
        // A key column was edited and saved: the record is known by its new key now.
        m_index.remove(m_keys.at(row));
        m_keys[row] = key;
        m_index.insert(key, row);
    }
}

bool RowStore::moveKey(int row, const QVariantList &keyValues)
{
    const QString key = recordKey(keyValues, m_kinds);
    if (key.isEmpty() || row < 0 || row >= count())
        return false;
    if (key == m_keys.at(row))
        return true;
    if (m_index.value(key, -2) != -2)
        return false; // another row (or a record this model inserted) has that key
    m_index.remove(m_keys.at(row));
    m_keys[row] = key;
    m_index.insert(key, row);
    m_moved.insert(row, keyValues);
    return true;
}

QVariantList RowStore::keyValuesAt(int row) const
{
    if (const auto it = m_moved.constFind(row); it != m_moved.constEnd())
        return *it;
    QVariantList key;
    for (int c : m_keyColumns)
        key << m_rows.at(row).value(c);
    return key;
}

void RowStore::reserveKey(const QString &key)
{
    if (!key.isEmpty() && !m_index.contains(key))
        m_index.insert(key, -1);
}

bool RowStore::loadUntil(int wanted)
{
    while (count() < wanted && !atEnd()) {
        const int before = count();
        if (!m_browser->fetchPage(*this, wanted - before)) {
            if (m_onError)
                m_onError(m_browser->lastError());
            return false;
        }
    }
    return true;
}

QVariant RowStore::data(int column)
{
    const int row = at();
    if (row < 0 || row >= count())
        return {};
    return m_rows.at(row).value(column);
}

bool RowStore::isNull(int column)
{
    return data(column).isNull();
}

bool RowStore::reset(const QString &)
{
    return false; // the rows come only from the browser
}

bool RowStore::fetch(int row)
{
    if (row < 0)
        return false;
    loadUntil(row + 1);
    if (row >= count())
        return false;
    setAt(row);
    return true;
}

bool RowStore::fetchFirst()
{
    return fetch(0);
}

bool RowStore::fetchLast()
{
    loadUntil(std::numeric_limits<int>::max());
    return count() > 0 && fetch(count() - 1);
}

int RowStore::size()
{
    return -1;
}

int RowStore::numRowsAffected()
{
    return -1;
}

QSqlRecord RowStore::record() const
{
    return m_layout;
}

} // namespace concord::detail
