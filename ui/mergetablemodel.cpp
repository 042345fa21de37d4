// The conflict dialog's per-field table: Field | Original | Yours | Theirs | Result | Status over a MergeResult.
#include "mergetablemodel.h"

#include "icons.h"
#include "numbertext.h"

#include <concord/threewaymerge.h>

#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QTime>

namespace concord {

namespace {

// Tints are blended into the palette's own base colour, never fixed: the text colour of the
// palette then keeps its contrast in a light and in a dark theme alike.
QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

const QColor conflictTint(0xe8, 0x59, 0x0c);
const QColor resolvedTint(0x2f, 0x9e, 0x44);

constexpr int maxDisplayChars = 200;

} // namespace

MergeTableModel::MergeTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_palette(QGuiApplication::palette())
{
}

void MergeTableModel::setMerge(const MergeResult &merge, Deletion deletion)
{
    beginResetModel();
    m_merge = merge;
    m_deletion = deletion;
    resolveBookkeeping();
    rebuildRows();
    endResetModel();
    Q_EMIT choicesChanged();
}

QStringList MergeTableModel::refreshMerge(const MergeResult &merge)
{
    MergeResult next = merge;
    QStringList dropped;
    if (m_deletion == Deletion::None) {
        for (const FieldMerge &before : m_merge.fields()) {
            if (before.choice() == FieldMerge::Choice::None)
                continue;
            const FieldMerge *after = next.field(before.name());
            if (!after || after->status() == FieldMerge::Status::Unchanged)
                continue;
            if (ThreeWayMerge::sameValue(before.theirs(), after->theirs()))
                next.choose(before.name(), before.choice(), before.result());
            else if (after->isConflict())
                dropped << before.name();
        }
    }
    setMerge(next, Deletion::None);
    return dropped;
}

void MergeTableModel::setBookkeepingFields(const QStringList &names)
{
    beginResetModel();
    m_bookkeeping = names;
    resolveBookkeeping();
    rebuildRows();
    endResetModel();
    Q_EMIT choicesChanged();
}

void MergeTableModel::setHideUnchanged(bool hide)
{
    if (hide == m_hideUnchanged)
        return;
    beginResetModel();
    m_hideUnchanged = hide;
    rebuildRows();
    endResetModel();
}

void MergeTableModel::resolveBookkeeping()
{
    // The save writes the who/when columns itself, so what either side had there is no choice
    // to put to the user; taking theirs keeps the merge from asking.
    for (const QString &name : std::as_const(m_bookkeeping)) {
        const FieldMerge *field = m_merge.field(name);
        if (field && field->needsChoice())
            m_merge.choose(field->name(), FieldMerge::Choice::Theirs);
    }
}

void MergeTableModel::rebuildRows()
{
    m_rows.clear();
    const QList<FieldMerge> &fields = m_merge.fields();
    for (int i = 0; i < fields.size(); ++i) {
        if (isShown(fields.at(i)))
            m_rows << i;
    }
}

bool MergeTableModel::isShown(const FieldMerge &field) const
{
    if (m_bookkeeping.contains(field.name(), Qt::CaseInsensitive))
        return false;
    return !m_hideUnchanged || field.status() != FieldMerge::Status::Unchanged;
}

QString MergeTableModel::fieldName(int row) const
{
    const FieldMerge *field = fieldAt(row);
    return field ? field->name() : QString();
}

int MergeTableModel::rowOfField(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_merge.fields().at(m_rows.at(row)).name() == name)
            return row;
    }
    return -1;
}

const FieldMerge *MergeTableModel::fieldAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_merge.fields().at(m_rows.at(row));
}

bool MergeTableModel::canChoose(int row) const
{
    const FieldMerge *field = fieldAt(row);
    return field && m_deletion == Deletion::None
           && !ThreeWayMerge::sameValue(field->mine(), field->theirs());
}

bool MergeTableModel::choose(int row, FieldMerge::Choice choice, const QVariant &custom)
{
    const FieldMerge *field = fieldAt(row);
    if (!field || m_deletion != Deletion::None)
        return false;
    if (choice != FieldMerge::Choice::Custom && !canChoose(row))
        return false;
    if (!m_merge.choose(field->name(), choice, custom))
        return false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT choicesChanged();
    return true;
}

int MergeTableModel::autoMergedCount() const
{
    int n = 0;
    for (const FieldMerge &field : m_merge.fields()) {
        if (m_bookkeeping.contains(field.name(), Qt::CaseInsensitive))
            continue;
        if (field.status() == FieldMerge::Status::TakenFromMine
            || field.status() == FieldMerge::Status::TakenFromTheirs
            || field.status() == FieldMerge::Status::SameChange)
            ++n;
    }
    return m_deletion == Deletion::None ? n : 0;
}

int MergeTableModel::conflictCount() const
{
    int n = 0;
    for (const FieldMerge &field : m_merge.fields()) {
        if (field.isConflict() && !m_bookkeeping.contains(field.name(), Qt::CaseInsensitive))
            ++n;
    }
    return m_deletion == Deletion::None ? n : 0;
}

int MergeTableModel::unresolvedCount() const
{
    int n = 0;
    for (const FieldMerge &field : m_merge.fields()) {
        if (isUnresolvedConflict(field))
            ++n;
    }
    return n;
}

void MergeTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
}

bool MergeTableModel::isUnresolvedConflict(const FieldMerge &field) const
{
    return m_deletion == Deletion::None && field.needsChoice();
}

bool MergeTableModel::resultFromMine(const FieldMerge &field) const
{
    if (field.choice() != FieldMerge::Choice::None)
        return field.choice() == FieldMerge::Choice::Mine;
    return field.status() == FieldMerge::Status::TakenFromMine;
}

bool MergeTableModel::resultFromTheirs(const FieldMerge &field) const
{
    if (field.choice() != FieldMerge::Choice::None)
        return field.choice() == FieldMerge::Choice::Theirs;
    return field.status() == FieldMerge::Status::TakenFromTheirs;
}

void MergeTableModel::setFieldLabels(const QHash<QString, QString> &labels)
{
    m_labels = labels;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FieldColumn), index(m_rows.size() - 1, FieldColumn));
}

QString MergeTableModel::fieldLabel(const QString &name) const
{
    const QString label = m_labels.value(name);
    return label.isEmpty() ? name : label;
}

void MergeTableModel::setColumnBounds(const QHash<QString, ColumnBounds> &bounds)
{
    m_bounds = bounds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
}

QString MergeTableModel::cellText(const QString &field, const QVariant &value) const
{
    if (const QString number = NumberText::scaled(value, m_bounds.value(field), QLocale());
        !number.isEmpty())
        return number;
    return displayText(value);
}

QString MergeTableModel::displayText(const QVariant &value)
{
    if (value.isNull())
        return tr("(none)");
    QString text;
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        text = QLocale().toString(value.toDateTime(), QLocale::ShortFormat);
        break;
    case QMetaType::QDate:
        text = QLocale().toString(value.toDate(), QLocale::ShortFormat);
        break;
    case QMetaType::QTime:
        text = QLocale().toString(value.toTime(), QLocale::ShortFormat);
        break;
    case QMetaType::QByteArray:
        return tr("(%n byte(s) of binary data)", nullptr, int(value.toByteArray().size()));
    default:
        text = value.toString();
    }
    // One line per cell: a line break would hide the rest of the text in the row.
    text.replace(QLatin1String("\r\n"), QStringLiteral(" \u21b5 "));
    text.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    if (text.size() > maxDisplayChars)
        text = text.left(maxDisplayChars) + QChar(0x2026);
    return text;
}

QString MergeTableModel::statusText(const FieldMerge &field) const
{
    if (m_deletion == Deletion::ByThem) {
        return field.status() == FieldMerge::Status::Unchanged ? tr("unchanged")
                                                             : tr("changed by you");
    }
    if (m_deletion == Deletion::ByMe) {
        return field.status() == FieldMerge::Status::Unchanged ? tr("unchanged")
                                                             : tr("changed by them");
    }
    switch (field.choice()) {
    case FieldMerge::Choice::Mine:
        return tr("chosen: yours");
    case FieldMerge::Choice::Theirs:
        return tr("chosen: theirs");
    case FieldMerge::Choice::Custom:
        return tr("edited by hand");
    case FieldMerge::Choice::None:
        break;
    }
    switch (field.status()) {
    case FieldMerge::Status::Unchanged:
        return tr("unchanged");
    case FieldMerge::Status::TakenFromMine:
        return tr("merged: yours");
    case FieldMerge::Status::TakenFromTheirs:
        return tr("merged: theirs");
    case FieldMerge::Status::SameChange:
        return tr("merged: same change");
    case FieldMerge::Status::Conflict:
        break;
    }
    return tr("conflict: choose");
}

int MergeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant MergeTableModel::cellValue(const FieldMerge &field, int column) const
{
    switch (column) {
    case OriginalColumn:
        return field.original();
    case MineColumn:
        return field.mine();
    case TheirsColumn:
        return field.theirs();
    case ResultColumn:
        // Re-creating the record saves my values as they are.
        return m_deletion == Deletion::ByThem ? field.mine() : field.result();
    default:
        return {};
    }
}

bool MergeTableModel::isDeletedSide(int column) const
{
    return (column == TheirsColumn && m_deletion == Deletion::ByThem)
           || (column == MineColumn && m_deletion == Deletion::ByMe);
}

bool MergeTableModel::isPlaceholder(const FieldMerge &field, int column) const
{
    // Cells that show a stand-in text rather than a value: "(deleted)", "(none)".
    if (isDeletedSide(column))
        return true;
    if (column == ResultColumn && isUnresolvedConflict(field))
        return false; // "(choose)" is a call to act, shown bold rather than faded
    return column >= OriginalColumn && column <= ResultColumn && cellValue(field, column).isNull();
}

QVariant MergeTableModel::data(const QModelIndex &index, int role) const
{
    const FieldMerge *field = index.isValid() ? fieldAt(index.row()) : nullptr;
    if (!field)
        return {};
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        if (column == FieldColumn)
            return fieldLabel(field->name());
        if (column == StatusColumn)
            return statusText(*field);
        if (isDeletedSide(column))
            return tr("(deleted)");
        if (column == ResultColumn && isUnresolvedConflict(*field))
            return tr("(choose)");
        return cellText(field->name(), cellValue(*field, column));
    case Qt::EditRole:
        if (column == ResultColumn) {
            // Editing starts from the value the user is most likely to adjust: their own.
            return field->choice() == FieldMerge::Choice::None && field->isConflict()
                       ? field->mine()
                       : field->result();
        }
        if (column == FieldColumn)
            return field->name();
        return cellValue(*field, column);
    case Qt::DecorationRole:
        if (column == FieldColumn && isUnresolvedConflict(*field))
            return Icons::get(QStringLiteral("conflict"));
        return {};
    case Qt::ToolTipRole:
        return toolTip(*field, column);
    case Qt::TextAlignmentRole: {
        // Numbers line up on the right, as in the grid.
        const ColumnBounds bounds = m_bounds.value(field->name());
        const bool number = bounds.integral || bounds.integerDigits >= 0;
        if (number && column >= OriginalColumn && column <= ResultColumn && !isDeletedSide(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Qt::BackgroundRole:
        return background(*field, column);
    case Qt::ForegroundRole:
        return foreground(*field, column);
    case Qt::FontRole:
        return font(*field, column);
    default:
        return {};
    }
}

QString MergeTableModel::toolTip(const FieldMerge &field, int column) const
{
    if (isUnresolvedConflict(field) && column != OriginalColumn && column != MineColumn
        && column != TheirsColumn)
        return tr("Both sides changed this field differently: use yours, use theirs, or edit the "
                  "Result cell.");
    switch (column) {
    case FieldColumn:
        // The label is the form's; the column's own name is what a database user searches for.
        if (fieldLabel(field.name()) != field.name())
            return tr("%1 (column %2)").arg(fieldLabel(field.name()), field.name());
        Q_FALLTHROUGH();
    case StatusColumn:
        if (field.status() == FieldMerge::Status::SameChange && field.choice() == FieldMerge::Choice::None)
            return tr("You and the other side changed this field to the same value.");
        return statusText(field);
    case TheirsColumn:
        if (isDeletedSide(column))
            return tr("Someone else deleted this record.");
        break;
    case MineColumn:
        if (isDeletedSide(column))
            return tr("You deleted this record.");
        break;
    default:
        break;
    }
    // The cell may be cut short or flattened to one line; the tool tip shows it whole.
    const QVariant value = cellValue(field, column);
    return value.isNull() ? displayText(value) : value.toString();
}

QVariant MergeTableModel::background(const FieldMerge &field, int column) const
{
    const QColor base = m_palette.color(QPalette::Base);
    if (isUnresolvedConflict(field))
        return blend(base, conflictTint, 0.30);
    if (m_deletion != Deletion::None || field.status() == FieldMerge::Status::Unchanged)
        return {};
    if (field.isConflict() && column == FieldColumn)
        return blend(base, conflictTint, 0.12);
    if (column == ResultColumn)
        return blend(base, resolvedTint, 0.22);
    return {};
}

QVariant MergeTableModel::foreground(const FieldMerge &field, int column) const
{
    const bool muted = isPlaceholder(field, column)
                       || (column == StatusColumn && field.status() == FieldMerge::Status::Unchanged);
    if (!muted)
        return {};
    return blend(m_palette.color(QPalette::Text), m_palette.color(QPalette::Base), 0.40);
}

QVariant MergeTableModel::font(const FieldMerge &field, int column) const
{
    // Not only colour: the conflicting field and the side a merged value came from are bold,
    // and placeholders are italic, so the table reads without colour too.
    QFont f;
    bool changed = false;
    if (isUnresolvedConflict(field) && (column == FieldColumn || column == StatusColumn
                                        || column == ResultColumn)) {
        f.setBold(true);
        changed = true;
    }
    if (m_deletion == Deletion::None && ((column == MineColumn && resultFromMine(field))
                             || (column == TheirsColumn && resultFromTheirs(field)))) {
        f.setBold(true);
        changed = true;
    }
    if (isPlaceholder(field, column)) {
        f.setItalic(true);
        changed = true;
    }
    return changed ? QVariant(f) : QVariant();
}

QVariant MergeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn:
            return tr("Field");
        case OriginalColumn:
            return tr("Original");
        case MineColumn:
            return tr("Yours");
        case TheirsColumn:
            return tr("Theirs");
        case ResultColumn:
            return tr("Result");
        case StatusColumn:
            return tr("Status");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case OriginalColumn:
            return tr("The value when you started editing");
        case MineColumn:
            return tr("Your edit");
        case TheirsColumn:
            return tr("The value someone else saved meanwhile");
        case ResultColumn:
            return tr("The value that will be saved");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags MergeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const FieldMerge *field = index.isValid() ? fieldAt(index.row()) : nullptr;
    if (field && index.column() == ResultColumn && m_deletion == Deletion::None
        && field->isConflict())
        f |= Qt::ItemIsEditable;
    return f;
}

bool MergeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const FieldMerge *field = fieldAt(index.row());
    const QVariant edited = coerce(*field, value);
    // Typing exactly one side's value is that side's choice, and says so in the Status column.
    if (ThreeWayMerge::sameValue(edited, field->mine()))
        return choose(index.row(), FieldMerge::Choice::Mine);
    if (ThreeWayMerge::sameValue(edited, field->theirs()))
        return choose(index.row(), FieldMerge::Choice::Theirs);
    return choose(index.row(), FieldMerge::Choice::Custom, edited);
}

QVariant MergeTableModel::coerce(const FieldMerge &field, const QVariant &edited) const
{
    // Editors hand back text; the field keeps the type the database gave its other values, so a
    // number stays a number for the driver. Text that does not convert is saved as typed, and
    // the database's own check decides.
    if (edited.metaType().id() != QMetaType::QString)
        return edited;
    QMetaType type;
    for (const QVariant &v : {field.theirs(), field.mine(), field.original()}) {
        if (!v.isNull()) {
            type = v.metaType();
            break;
        }
    }
    if (!type.isValid() || type.id() == QMetaType::QString)
        return edited;
    if (edited.toString().isEmpty())
        return QVariant(type);
    QVariant converted = edited;
    return converted.convert(type) ? converted : edited;
}

} // namespace concord
