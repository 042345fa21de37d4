// GridDraftWriter: the grid's edited rows written to the draft journal, as record windows do.
#include "griddraftwriter.h"

#include "recordformwindow.h"

#include <concord/draftjournal.h>
#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QChildEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QMetaProperty>
#include <QSqlIndex>
#include <QTableView>
#include <QTimer>
#include <QUuid>

namespace concord {

namespace {
constexpr int recordNameLength = 48; // as a record window's title shortens it
constexpr char loadedValueProperty[] = "concordDraftLoadedValue";

struct RowEdits
{
    QVariantMap originals;
    QVariantMap edits;
};
} // namespace

GridDraftWriter::GridDraftWriter(QTableView *view, QObject *parent)
    : QObject(parent), m_view(view), m_viewport(view->viewport()),
      m_source(QStringLiteral("grid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &GridDraftWriter::write);
    // The cell editor is a child of the viewport: its typing is watched from when it appears.
    m_viewport->installEventFilter(this);
}

GridDraftWriter::~GridDraftWriter() = default;

void GridDraftWriter::setDirectory(const QString &directory, const QSqlDatabase &db)
{
    dropAll();
    m_journal.reset();
    if (!directory.isEmpty() && db.isValid())
        m_journal = std::make_unique<DraftJournal>(DraftJournal::databaseIdentity(db), directory);
    schedule();
}

void GridDraftWriter::setModel(VersionedTableModel *model, const QString &displayColumn)
{
    // A table is closed once its edits are saved, or the operator chose to lose them.
    dropAll();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_displayColumn = displayColumn;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::dataChanged, this, &GridDraftWriter::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &GridDraftWriter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &GridDraftWriter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &GridDraftWriter::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &GridDraftWriter::schedule);
}

QStringList GridDraftWriter::files() const
{
    QStringList result;
    if (m_journal) {
        for (const QSqlRecord &key : m_written)
            result << m_journal->fileFor(m_writtenTable, key, m_source);
    }
    return result;
}

void GridDraftWriter::schedule()
{
    // Every edit starts the wait again: the draft follows the typing, not each key.
    if (m_journal && m_model)
        m_timer->start(RecordFormWindow::draftDelay());
}

bool GridDraftWriter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::ChildPolished) {
        auto *editor = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child());
        const QMetaProperty value = editor ? editor->metaObject()->userProperty() : QMetaProperty();
        // Polished when shown, once the delegate loaded the cell's value into it: what differs
        // from this later is the user's typing, not an editor's way of showing NULL.
        if (editor && value.isReadable())
            editor->setProperty(loadedValueProperty, value.read(editor));
        if (value.hasNotifySignal()) {
            const QMetaMethod slot = metaObject()->method(metaObject()->indexOfMethod("schedule()"));
            connect(editor, value.notifySignal(), this, slot, Qt::UniqueConnection);
        }
        // Closed without committing (Esc): its text leaves the draft.
        if (editor)
            connect(editor, &QObject::destroyed, this, &GridDraftWriter::schedule, Qt::UniqueConnection);
    }
    return false;
}

QVariant GridDraftWriter::openEditorValue(int *row, int *column) const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.model() != m_model)
        return {};
    const auto children = m_viewport->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QWidget *editor : children) {
        // A visible child of the viewport is the open editor (a closed one waits hidden).
        if (!editor->isVisible())
            continue;
        const auto *line = qobject_cast<const QLineEdit *>(editor);
        if (line ? !line->isModified()
                 : ThreeWayMerge::sameValue(editor->metaObject()->userProperty().read(editor),
                                            editor->property(loadedValueProperty)))
            return {}; // nothing typed into it
        QVariant value;
        if (line)
            value = line->text();
        else if (const auto *combo = qobject_cast<const QComboBox *>(editor))
            value = combo->currentData().isValid() ? combo->currentData() : QVariant(combo->currentText());
        else
            value = editor->metaObject()->userProperty().read(editor);
        // Nothing typed yet, or not told from a NULL: nothing to keep.
        if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            return {};
        *row = index.row();
        *column = index.column();
        return value;
    }
    return {};
}

void GridDraftWriter::write()
{
    m_timer->stop();
    if (!m_journal || !m_model)
        return;
    const VersionedTableModel *model = m_model;
    QMap<int, RowEdits> rows;
    if (model->isDirty()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const VersionedTableModel::RowState state = model->rowState(row);
            if (state == VersionedTableModel::RowState::Clean
                || state == VersionedTableModel::RowState::Inserted
                || state == VersionedTableModel::RowState::Deleted)
                continue;
            const QSqlRecord original = model->originalRecord(row);
            const QSqlRecord current = model->record(row);
            for (int column = 0; column < model->columnCount(); ++column) {
                if (!model->isDirty(model->index(row, column))
                    || ThreeWayMerge::sameValue(current.value(column), original.value(column)))
                    continue;
                rows[row].originals.insert(current.fieldName(column), original.value(column));
                rows[row].edits.insert(current.fieldName(column), current.value(column));
            }
        }
    }
    // What is typed in the open cell and not committed yet: the last few keys before a crash.
    int editorRow = -1;
    int editorColumn = -1;
    const QVariant typed = openEditorValue(&editorRow, &editorColumn);
    if (typed.isValid() && model->rowState(editorRow) != VersionedTableModel::RowState::Inserted) {
        const QString field = model->record().fieldName(editorColumn);
        const QVariant original = model->originalRecord(editorRow).value(editorColumn);
        const QVariant shown = model->index(editorRow, editorColumn).data(Qt::EditRole);
        if (!ThreeWayMerge::sameValue(typed, shown) || rows.value(editorRow).edits.contains(field)) {
            RowEdits &edits = rows[editorRow];
            if (ThreeWayMerge::sameValue(typed, original)
                || typed.toString() == original.toString()) {
                edits.edits.remove(field);
                edits.originals.remove(field);
            } else {
                edits.originals.insert(field, original);
                edits.edits.insert(field, typed);
            }
        }
    }

    const QString table = model->tableName();
    const QSqlIndex keyFields = model->primaryKey();
    QList<QSqlRecord> keys;
    bool wrote = false;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it->edits.isEmpty())
            continue;
        // The key as loaded: an edited key column still names the record it was read as.
        const QSqlRecord original = model->originalRecord(it.key());
        QSqlRecord key = keyFields;
        bool complete = !key.isEmpty();
        for (int i = 0; i < key.count(); ++i) {
            key.setValue(i, original.value(key.fieldName(i)));
            complete = complete && !key.isNull(i);
        }
        if (!complete)
            continue; // no key yet: nothing on disk could name the record
        RecordDraft draft;
        draft.setTable(table);
        draft.setKey(key);
        draft.setVersion(model->rowVersion(it.key()));
        draft.setOriginals(it->originals);
        draft.setEdits(it->edits);
        draft.setSource(m_source);
        if (!m_displayColumn.isEmpty() && !keyFields.contains(m_displayColumn)) {
            QString name = original.value(m_displayColumn).toString().simplified();
            if (name.size() > recordNameLength)
                name = name.left(recordNameLength - 1) + QChar(0x2026);
            draft.setRecordName(name);
        }
        if (m_journal->write(draft)) {
            wrote = true;
            keys << key;
        } else if (m_written.contains(key)) {
            keys << key; // the older draft stays on disk: better than none
        }
    }
    for (const QSqlRecord &key : std::as_const(m_written)) {
        if (!keys.contains(key) || m_writtenTable != table)
            m_journal->remove(m_writtenTable, key, m_source);
    }
    m_written = keys;
    m_writtenTable = table;
    if (wrote)
        Q_EMIT written();
}

void GridDraftWriter::dropAll()
{
    m_timer->stop();
    if (m_journal) {
        for (const QSqlRecord &key : std::as_const(m_written))
            m_journal->remove(m_writtenTable, key, m_source);
    }
    m_written.clear();
    m_writtenTable.clear();
}

} // namespace concord
