// RefreshedCells: which cells of a model another writer's change has just refreshed in place, for a few seconds.
#include "refreshedcells.h"

#include <concord/recordchange.h>
#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QDate>
#include <QLocale>
#include <QSqlIndex>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace concord {

namespace {
int s_markDurationMs = 5000;
// The change banner's amber: the same colour says "someone else changed this" in both places.
const QColor amber(0xf0, 0xa0, 0x20);

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const auto channel = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
                            channel(from.blueF(), to.blueF()));
}
} // namespace

RefreshedCells::RefreshedCells(VersionedTableModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    connect(model, &VersionedTableModel::recordAboutToChangeElsewhere, this,
            &RefreshedCells::takeValuesBefore);
    connect(model, &VersionedTableModel::recordChangedElsewhere, this,
            &RefreshedCells::markChangedCells);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (m_pendingRow >= topLeft.row() && m_pendingRow <= bottomRight.row())
                    m_pendingRefreshed = true;
                else
                    forgetEdited(topLeft.row(), bottomRight.row());
            });
    // Read again (select, or another table): marks find their records by key from now on.
    connect(model, &QAbstractItemModel::modelReset, this, &RefreshedCells::afterReset);
}

void RefreshedCells::setMarkDuration(int ms)
{
    s_markDurationMs = std::max(0, ms);
}

int RefreshedCells::markDuration()
{
    return s_markDurationMs;
}

QVariantList RefreshedCells::valuesOf(int row) const
{
    QVariantList values;
    for (int column = 0; column < m_model->columnCount(); ++column)
        values << m_model->index(row, column).data(Qt::EditRole);
    return values;
}

QVariantList RefreshedCells::keyOf(int row) const
{
    QVariantList key;
    for (int column : m_keyColumns)
        key << m_model->index(row, column).data(Qt::EditRole);
    return key;
}

bool RefreshedCells::sameKey(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!ThreeWayMerge::sameValue(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

int RefreshedCells::rowOf(MarkSet &mark) const
{
    if (!m_model)
        return -1;
    const int rows = m_model->rowCount();
    if (mark.rowHint >= 0 && mark.rowHint < rows && sameKey(keyOf(mark.rowHint), mark.key))
        return mark.rowHint;
    for (int row = 0; row < rows; ++row) {
        if (sameKey(keyOf(row), mark.key)) {
            mark.rowHint = row;
            return row;
        }
    }
    return -1;
}

void RefreshedCells::takeValuesBefore(int row)
{
    // What the user could see until now; the change is compared with it once it is applied.
    m_pendingRow = row;
    m_pendingRefreshed = false;
    m_before = valuesOf(row);
}

void RefreshedCells::markChangedCells(int row, const RecordChange &change)
{
    const bool pending = row == m_pendingRow && m_pendingRefreshed;
    const QVariantList before = m_before;
    m_pendingRow = -1;
    m_pendingRefreshed = false;
    m_before.clear();
    // Only a row the model refreshed in place shows other values; a row that kept its edits or
    // was only marked shows what it showed, and its header says why.
    if (!pending || !m_model || change.isDeleted()
        || m_model->rowState(row) != VersionedTableModel::RowState::Clean)
        return;
    const QVariantList after = valuesOf(row);
    QList<int> columns;
    for (int column = 0; column < after.size() && column < before.size(); ++column) {
        if (!ThreeWayMerge::sameValue(before.at(column), after.at(column)))
            columns << column;
    }
    if (columns.isEmpty())
        return;
    if (m_keyColumns.isEmpty()) {
        const QSqlIndex key = m_model->primaryKey();
        for (int i = 0; i < key.count(); ++i)
            m_keyColumns << m_model->fieldIndex(key.fieldName(i));
        if (m_keyColumns.isEmpty() || m_keyColumns.contains(-1)) {
            m_keyColumns.clear();
            return; // no key, no live changes to mark (the model matches changes by key)
        }
    }
    MarkSet mark{keyOf(row), row, columns, describe(change, m_model), new QTimer(this)};
    mark.timer->setSingleShot(true);
    QTimer *timer = mark.timer;
    connect(timer, &QTimer::timeout, this, [this, timer] { expire(timer); });
    m_marks << mark;
    timer->start(s_markDurationMs);
    emit marksChanged(row);
}

void RefreshedCells::expire(QTimer *timer)
{
    const auto it = std::find_if(m_marks.begin(), m_marks.end(),
                                 [timer](const MarkSet &mark) { return mark.timer == timer; });
    if (it == m_marks.end())
        return;
    const int row = rowOf(*it);
    m_marks.erase(it);
    timer->deleteLater();
    if (row >= 0)
        emit marksChanged(row);
}

void RefreshedCells::forgetEdited(int first, int last)
{
    // A cell the user edited since shows their value, not the other writer's: its mark is over,
    // and it does not come back when the edit is reverted.
    if (m_marks.isEmpty() || !m_model)
        return;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const QVariantList key = keyOf(row);
        const auto edited = [&](int column) { return m_model->isDirty(m_model->index(row, column)); };
        bool changed = false;
        for (auto it = m_marks.begin(); it != m_marks.end();) {
            if (sameKey(it->key, key) && it->columns.removeIf(edited) > 0) {
                changed = true;
                if (it->columns.isEmpty()) {
                    it->timer->deleteLater();
                    it = m_marks.erase(it);
                    continue;
                }
            }
            ++it;
        }
        if (changed)
            emit marksChanged(row);
    }
}

void RefreshedCells::afterReset()
{
    // The marks stay, found by key; only the columns may be others now (another table).
    m_pendingRow = -1;
    m_pendingRefreshed = false;
    const QSqlIndex key = m_model ? m_model->primaryKey() : QSqlIndex();
    QList<int> columns;
    for (int i = 0; i < key.count(); ++i)
        columns << m_model->fieldIndex(key.fieldName(i));
    if (columns == m_keyColumns)
        return;
    m_keyColumns.clear();
    const QList<MarkSet> marks = std::exchange(m_marks, {});
    for (const MarkSet &mark : marks)
        mark.timer->deleteLater();
}

const RefreshedCells::MarkSet *RefreshedCells::markOf(int row, int column) const
{
    if (m_marks.isEmpty() || !m_model)
        return nullptr;
    const QVariantList key = keyOf(row);
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        if (it->columns.contains(column) && sameKey(it->key, key))
            return &*it;
    }
    return nullptr;
}

bool RefreshedCells::isMarked(int row, int column) const
{
    return markOf(row, column) != nullptr;
}

QString RefreshedCells::toolTip(int row, int column) const
{
    const MarkSet *mark = markOf(row, column);
    return mark ? mark->text : QString();
}

QList<int> RefreshedCells::markedColumns(int row) const
{
    QList<int> columns;
    if (m_marks.isEmpty() || !m_model)
        return columns;
    const QVariantList key = keyOf(row);
    for (const MarkSet &mark : m_marks) {
        if (!sameKey(mark.key, key))
            continue;
        for (int column : mark.columns) {
            if (!columns.contains(column))
                columns << column;
        }
    }
    std::sort(columns.begin(), columns.end());
    return columns;
}

QString RefreshedCells::describe(const RecordChange &change, const VersionedTableModel *model)
{
    const QString who = change.changedBy();
    // A change that does not say who made it says nothing reliable about when either (a
    // who/when column the writer did not fill holds an older save's time).
    if (who.isEmpty())
        return tr("Changed by another program");
    QString when;
    bool today = false;
    if (const QDateTime at = change.changedAt(); at.isValid()) {
        const QDateTime local = at.toLocalTime();
        // Seconds ago, as a rule: the time says enough; another day needs the date too. Each
        // has a sentence of its own: languages say "at 14:02" and "on 7 Dec" differently.
        today = local.date() == QDate::currentDate();
        when = today ? QLocale().toString(local.time(), QLocale::ShortFormat)
                     : QLocale().toString(local, QLocale::ShortFormat);
    }
    // As the model tells its own windows from others' (another model of this process, saving
    // under the same operator name; "unknown" is what a model without one saves under).
    QString mine = model ? model->operatorName() : QString();
    if (mine.isEmpty())
        mine = QStringLiteral("unknown");
    if (change.source() && who == mine) {
        if (when.isEmpty())
            return tr("Changed in your other window");
        return (today ? tr("Changed in your other window at %1", "%1 is a time of day")
                      : tr("Changed in your other window at %1", "%1 is a date and time"))
            .arg(when);
    }
    if (when.isEmpty())
        return tr("Changed by %1").arg(who);
    return (today ? tr("Changed by %1 at %2", "%2 is a time of day")
                  : tr("Changed by %1 at %2", "%2 is a date and time"))
        .arg(who, when);
}

QColor RefreshedCells::markColor(const QColor &base)
{
    return mix(base, amber, 0.35);
}

QColor RefreshedCells::markLineColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), amber, 0.85);
}

} // namespace concord
