// TableBrowser, its editing of rows: saving the edited row, new, deleted and reverted records,
// the open cell editor, failed saves in the status bar and conflicts handed to ConflictDialog.
#include "tablebrowser.h"

#include "conflictdialog.h"
#include "deleteconfirmation.h"
#include "griddraftwriter.h"
#include "messagebar.h"
#include "recordformwindow.h"

#include <concord/conflictsnapshot.h>
#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QAbstractItemDelegate>
#include <QPointer>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>
#include <QTableView>

namespace concord {

bool TableBrowser::commitPendingRow()
{
    if (!m_model)
        return true;
    closeOpenEditor(true);
    if (!m_model->isDirty())
        return true;
    if (m_model->submit())
        return true;
    reportFailedSave();
    return false;
}

bool TableBrowser::hasUnsavedEdits()
{
    if (!m_model)
        return false;
    closeOpenEditor(true);
    return m_model->isDirty();
}

void TableBrowser::insertNewRow()
{
    if (!m_model || m_model->isReadOnly() || !commitPendingRow())
        return;
    if (!m_model->insertRow(0)) {
        reportProblem(m_model->lastError().text());
        return;
    }
    // The cursor goes to the first cell the user fills in (not an id the database assigns),
    // open for typing; the record is checked when the user leaves the row, not now.
    // The table's declaration knows what a query's columns do not: which values the database assigns.
    int column = 0;
    const QSqlRecord declared = TableSchema::declaredColumns(m_db, m_model->tableName());
    const QSqlIndex key = m_model->primaryKey();
    // Nor the who/when columns, which the model itself writes on every save.
    const QStringList audit{m_model->modifiedByColumn(), m_model->modifiedAtColumn()};
    const auto assignedByDatabase = [&](int c) {
        const QString name = m_model->record().fieldName(c);
        const QSqlField field = declared.field(name);
        return field.isAutoValue() || audit.contains(name, Qt::CaseInsensitive)
               || (key.contains(name) && !field.defaultValue().toString().isEmpty());
    };
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (!m_view->isColumnHidden(c) && !assignedByDatabase(c)
            && (m_model->flags(m_model->index(0, c)) & Qt::ItemIsEditable)) {
            column = c;
            break;
        }
    }
    const QModelIndex index = m_model->index(0, column);
    m_view->scrollToTop();
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    emit statusMessage(tr("New record: it is saved when you leave the row"));
}

void TableBrowser::deleteCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (!m_model || m_model->isReadOnly() || row < 0)
        return;
    const QString named = recordName(row);
    const QString question = named.isEmpty()
        ? tr("Delete this record from “%1”?").arg(m_table)
        : tr("Delete %1?").arg(named);
    if (!DeleteConfirmation::ask(this, question))
        return;
    closeOpenEditor(true);
    // A refused delete shows the row as it was before, edits included.
    QList<std::pair<int, QVariant>> edits;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex cell = m_model->index(row, column);
        if (m_model->isDirty(cell))
            edits.append({column, cell.data(Qt::EditRole)});
    }
    // Under OnRowChange this deletes at once, conditional on the row's version like any save.
    if (!m_model->removeRow(row)) {
        switch (m_model->lastFailure()) {
        case VersionedTableModel::FailureKind::ChangedByOthers:
        case VersionedTableModel::FailureKind::DeletedByOthers:
            // A conflict: the conflict dialog has it, with the row still marked for deletion.
            break;
        default: {
            // Refused (others refer to it, a lock, a lost connection): nothing was deleted, so
            // the row is shown as it is again rather than as a deletion waiting to be saved.
            // The model's words for a delete already end in "Nothing was deleted."
            // A refusal before any statement (the model turned it down) may carry no text.
            QString reason = m_model->lastError().text();
            if (reason.isEmpty())
                reason = tr("Not deleted.");
            m_model->revertRow(row);
            for (const auto &[column, value] : std::as_const(edits))
                m_model->setData(m_model->index(row, column), value, Qt::EditRole);
            reportProblem(reason);
            break;
        }
        }
        return;
    }
    selectKeepingPosition();
    emit statusMessage(tr("Deleted"));
}

QString TableBrowser::recordName(int row) const
{
    // As a record window's title names it: "Lena Hofmann — customers #5", by the saved values.
    if (m_model->rowState(row) == VersionedTableModel::RowState::Inserted)
        return {};
    const QSqlRecord key = RecordFormWindow::keyOf(m_model, row);
    if (key.isEmpty())
        return {};
    QStringList parts;
    for (int i = 0; i < key.count(); ++i)
        parts << key.value(i).toString();
    QString label = tr("%1 #%2").arg(m_table, parts.join(QStringLiteral(", ")));
    const QString column = TableSchema::displayColumn(m_db, m_table);
    if (column.isEmpty() || key.contains(column))
        return label;
    QString value = m_model->originalRecord(row).value(column).toString().simplified();
    constexpr int longest = 48; // the title's limit too
    if (value.size() > longest)
        value = value.left(longest - 1) + QChar(0x2026);
    return value.isEmpty() ? label : tr("%1 — %2").arg(value, label);
}

void TableBrowser::saveCurrentRow()
{
    if (!m_model)
        return;
    closeOpenEditor(true);
    if (!m_model->isDirty()) {
        emit statusMessage(tr("Nothing to save"));
        return;
    }
    commitPendingRow();
}

void TableBrowser::revertCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (!m_model || row < 0)
        return;
    closeOpenEditor(false);
    m_model->revertRow(row);
    m_messageBar->clear(); // the edits it was about are gone
    emit statusMessage(tr("Edits dropped"));
}

QWidget *TableBrowser::openEditor() const
{
    // The grid has no index widgets, so a visible child of the viewport is an open editor.
    // (QAbstractItemView::state() would say so, but it is protected.)
    const auto children =
        m_view->viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

void TableBrowser::closeOpenEditor(bool commit)
{
    QWidget *editor = openEditor();
    if (!editor)
        return;
    // commitData and closeEditor are protected slots of the view; the meta-object reaches them.
    if (commit)
        QMetaObject::invokeMethod(m_view, "commitData", Qt::DirectConnection,
                                  Q_ARG(QWidget *, editor));
    QMetaObject::invokeMethod(m_view, "closeEditor", Qt::DirectConnection,
                              Q_ARG(QWidget *, editor),
                              Q_ARG(QAbstractItemDelegate::EndEditHint,
                                    QAbstractItemDelegate::NoHint));
}

void TableBrowser::onConflictDetected(const ConflictSnapshot &snapshot)
{
    emit statusMessage(conflictText(snapshot));
    // The model reports this from inside the view's commit: open the dialog once that unwinds.
    const QPointer<VersionedTableModel> model = m_model;
    const int row = snapshot.row();
    QMetaObject::invokeMethod(
        this,
        [this, model, row] {
            if (model && model == m_model)
                resolveConflict(row);
        },
        Qt::QueuedConnection);
}

void TableBrowser::resolveConflict(int row)
{
    if (m_resolving || !m_model->hasConflict(row))
        return;
    m_resolving = true;
    const ConflictDialog::Outcome outcome = ConflictDialog::resolve(m_model, row, this);
    m_resolving = false;
    QString text;
    switch (outcome) {
    case ConflictDialog::Outcome::SavedMerge:
        text = tr("Conflict resolved: the merged record is saved");
        break;
    case ConflictDialog::Outcome::ReloadedTheirs:
        text = tr("Conflict resolved: the record now shows the other change");
        break;
    case ConflictDialog::Outcome::OverwroteMine:
        text = tr("Conflict resolved: your version is saved over the other");
        break;
    case ConflictDialog::Outcome::Recreated:
        text = tr("Conflict resolved: the deleted record is saved again");
        break;
    case ConflictDialog::Outcome::Discarded:
        text = tr("Conflict resolved: your edits are dropped");
        break;
    case ConflictDialog::Outcome::Cancelled:
        text = tr("Conflict not resolved: your edits are kept. Save again to resolve it, or "
                  "revert the record.");
        // What is still to do, kept in view under the grid until it is done.
        emit statusMessage(text);
        m_messageBar->showMessage(text, MessageBar::Kind::Information);
        return;
    }
    m_messageBar->clear();
    emit statusMessage(text);
}

void TableBrowser::reportFailedLeave()
{
    // The cursor is still in the new record (Ctrl+N moved it there, or a cell's Enter closed
    // its editor): the record is checked when it is left or saved, not before it is filled in.
    const int row = m_view->currentIndex().row();
    if (m_model && row >= 0
        && m_model->rowState(row) == VersionedTableModel::RowState::Inserted)
        return;
    reportFailedSave();
}

void TableBrowser::reportFailedSave()
{
    if (!m_model || !m_model->isDirty())
        return;
    switch (m_model->lastFailure()) {
    case VersionedTableModel::FailureKind::ConstraintViolation:
    case VersionedTableModel::FailureKind::Database:
        reportProblem(tr("Not saved: %1 Fix the value or revert the record.")
                          .arg(m_model->lastError().text()));
        break;
    default:
        // Conflicts were reported when detected; None means nothing failed.
        break;
    }
}

QString TableBrowser::conflictText(const ConflictSnapshot &snapshot) const
{
    if (snapshot.isDeletedByOthers())
        return tr("Conflict: someone else deleted this record");
    const QString byColumn = m_model ? m_model->modifiedByColumn() : QString();
    const QString by =
        byColumn.isEmpty() ? QString() : snapshot.theirs().value(byColumn).toString();
    if (by.isEmpty())
        return tr("Conflict with a change by someone else");
    return tr("Conflict with a change by %1").arg(by);
}

void TableBrowser::handOverEditorOfRow(int row)
{
    // A cell being typed in holds its text in the editor only. Handed to the model before a
    // change made elsewhere is applied, it makes the row an edited one, which keeps its edits
    // (and meets the conflict on leaving the row) instead of being refreshed under the user.
    QWidget *editor = openEditor();
    if (!editor || m_view->currentIndex().row() != row)
        return;
    // Not closeOpenEditor(true): the editor stays open, and the user goes on typing in it.
    QMetaObject::invokeMethod(m_view, "commitData", Qt::DirectConnection, Q_ARG(QWidget *, editor));
}

void TableBrowser::setDraftDirectory(const QString &directory)
{
    m_gridDrafts->setDirectory(directory, m_db);
}

} // namespace concord
