// RowStore: the rows a VersionedTableModel has read, handed to QSqlQueryModel as its query result.
//
// QSqlQueryModel reads its rows through a QSqlQuery, seeking row by row. Giving it a QSqlResult
// of our own (public Qt API, meant for driver writers) lets the rows come from KeysetBrowser's
// pages instead of one long-open cursor: QSqlQueryModel, QSqlTableModel's edit cache and every
// view keep working unchanged, and a row, once read, never changes identity under them.
//
// It also knows each row's record key, so a repeat (a row that moved past the last one read, or
// one this model inserted itself) is dropped instead of shown twice.
#pragma once

#include "keysetbrowser_p.h"
#include "recordkey_p.h"

#include <QHash>
#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>

#include <functional>
#include <memory>

namespace concord::detail {

class RowStore : public QSqlResult
{
public:
    // `keyColumns` index the layout; `browser` may be null for a store that is filled by hand.
    RowStore(const QSqlRecord &layout, const QList<int> &keyColumns,
             std::unique_ptr<KeysetBrowser> browser);
    ~RowStore() override;

    // Reads pages until `count` rows are held or the table has no more. False on an error.
    bool loadUntil(int count);
    int count() const { return int(m_rows.size()); }
    bool atEnd() const { return !m_browser || m_browser->atEnd(); }
    // The rows there will be once every page is read: the keys select() read, or exactly the
    // rows held once all are read (a record deleted before its page was read is left out).
    int totalCount() const { return atEnd() ? count() : std::max(count(), m_browser->keyCount()); }
    QSqlError pageError() const { return m_browser ? m_browser->lastError() : QSqlError(); }
    // Called when a page fails while QSqlQueryModel is scrolling, which cannot report it itself.
    void setErrorHandler(std::function<void(const QSqlError &)> handler) { m_onError = std::move(handler); }

    const QVariantList &values(int row) const { return m_rows.at(row); }
    // After a save or a re-read: the row as the database now holds it.
    void setValues(int row, const QVariantList &values);
    QString statementText() const { return lastQuery(); }
    QString keyAt(int row) const { return m_keys.at(row); }
    QString keyOf(const QVariantList &values) const;
    // How each key part is spelled (recordkey_p.h), from the layout's key column types.
    const QList<KeyKind> &keyKinds() const { return m_kinds; }
    // The row holding the record with this key, or -1 (not read yet, or shown by other means).
    int rowOfKey(const QString &key) const { return m_index.value(key, -1); }
    // False (and nothing stored) when a row with the same key is held already.
    bool append(const QVariantList &values);
    // A record shown by other means (inserted by this model): a page that brings it is a repeat.
    void reserveKey(const QString &key);
    // Another writer renumbered the record held at `row`: from now on it is known by `keyValues`
    // (in key-column order), while its values stay as read, since a model changes values only
    // when asked. The next setValues() of the row ends that. False, and nothing changed, when
    // another row holds a record with that key.
    bool moveKey(int row, const QVariantList &keyValues);
    bool hasMovedKeys() const { return !m_moved.isEmpty(); }
    bool isMoved(int row) const { return m_moved.contains(row); }
    // The key the record held at `row` has in the database, as far as this store knows: the one
    // read, or the one it was renumbered to. In key-column order.
    QVariantList keyValuesAt(int row) const;

protected:
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool reset(const QString &query) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;

private:
    QSqlRecord m_layout;
    QList<int> m_keyColumns;
    QList<KeyKind> m_kinds;
    std::unique_ptr<KeysetBrowser> m_browser;
    std::function<void(const QSqlError &)> m_onError;
    QList<QVariantList> m_rows;
    QList<QString> m_keys;
    QHash<QString, int> m_index; // key -> row, or -1 for a reserved key
    QHash<int, QVariantList> m_moved; // row -> the key values it was renumbered to (moveKey)
};

} // namespace concord::detail
