// RefreshedCells: which cells of a model another writer's change has just refreshed in place, for a few seconds.
#include "refreshedcells.h"

#include <concord/recordchange.h>
#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QDate>
#include <QLocale>
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
    // Read again: the values shown are the database's now, and rows may be other rows.
    connect(model, &QAbstractItemModel::modelReset, this, &RefreshedCells::dropAll);
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
    MarkSet mark{QPersistentModelIndex(m_model->index(row, 0)), columns,
                 describe(change, m_model), new QTimer(this)};
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
    const QPersistentModelIndex row = it->row;
    m_marks.erase(it);
    timer->deleteLater();
    if (row.isValid())
        emit marksChanged(row.row());
}

void RefreshedCells::forgetEdited(int first, int last)
{
    // A cell the user edited since shows their value, not the other writer's: its mark is over,
    // and it does not come back when the edit is reverted.
    QList<int> rows;
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it) {
        const int row = it->row.isValid() ? it->row.row() : -1;
        if (row < first || row > last)
            continue;
        const auto edited = [&](int column) { return m_model->isDirty(m_model->index(row, column)); };
        if (it->columns.removeIf(edited) > 0 && !rows.contains(row))
            rows << row;
    }
    for (int row : std::as_const(rows))
        emit marksChanged(row);
}

void RefreshedCells::dropAll()
{
    const QList<MarkSet> marks = std::exchange(m_marks, {});
    for (const MarkSet &mark : marks)
        mark.timer->deleteLater();
    m_pendingRow = -1;
    // No row to name: the model was reset, and its views repaint everything anyway.
}

const RefreshedCells::MarkSet *RefreshedCells::markOf(int row, int column) const
{
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        if (it->row.isValid() && it->row.row() == row && it->columns.contains(column))
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
    for (const MarkSet &mark : m_marks) {
        if (!mark.row.isValid() || mark.row.row() != row)
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
    if (const QDateTime at = change.changedAt(); at.isValid()) {
        const QDateTime local = at.toLocalTime();
        // Seconds ago, as a rule: the time says enough; another day needs the date too.
        when = local.date() == QDate::currentDate()
            ? QLocale().toString(local.time(), QLocale::ShortFormat)
            : QLocale().toString(local, QLocale::ShortFormat);
    }
    // As the model tells its own windows from others' (another model of this process, saving
    // under the same operator name; "unknown" is what a model without one saves under).
    QString mine = model ? model->operatorName() : QString();
    if (mine.isEmpty())
        mine = QStringLiteral("unknown");
    if (change.source() && who == mine) {
        return when.isEmpty() ? tr("Changed in your other window")
                              : tr("Changed in your other window at %1").arg(when);
    }
    return when.isEmpty() ? tr("Changed by %1").arg(who) : tr("Changed by %1 at %2").arg(who, when);
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
