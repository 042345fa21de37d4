// GridUndo: Ctrl+Z in the table browser's grid, taking back the current record's cell edits one by one.
#include "gridundo.h"

#include "fieldundohistory.h"

#include <concord/versionedtablemodel.h>

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QChildEvent>
#include <QKeyEvent>
#include <QItemSelectionModel>
#include <QTableView>

namespace concord {

GridUndo::GridUndo(QTableView *view, QObject *parent)
    : QObject(parent), m_view(view), m_viewport(view->viewport()), m_history(new FieldUndoHistory(this))
{
    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("gridUndoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    // Only in the grid: Ctrl+Z in the filter box undoes its typing.
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setToolTip(tr("Undo the last cell edit of this record (%1)")
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_undo->setEnabled(false);
    view->addAction(m_undo);
    // Cell editors are made as children of the viewport: each is watched for Esc.
    view->viewport()->installEventFilter(this);
    connect(m_undo, &QAction::triggered, this, &GridUndo::undo);
    m_redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("gridRedoAction"));
    // Both keys on every platform: Ctrl+Shift+Z is the desktop's, Ctrl+Y the spreadsheets'.
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                          QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo->setToolTip(tr("Redo the cell edit last undone in this record (%1)")
                           .arg(m_redo->shortcut().toString(QKeySequence::NativeText)));
    m_redo->setEnabled(false);
    view->addAction(m_redo);
    connect(m_redo, &QAction::triggered, this, &GridUndo::redo);
    // A grid cell commits its value once, when its editor closes: no merging of steps. An edit
    // counts only when it comes from an open editor (closing editors still exist while they commit).
    m_history->setRecordingFilter([this] { return isEditing(); });
    connect(m_history, &FieldUndoHistory::changed, this, &GridUndo::updateAction);
}

void GridUndo::setModel(VersionedTableModel *model)
{
    m_history->setModel(model);
    if (model && m_view->selectionModel()) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &GridUndo::updateAction);
    }
    updateAction();
}

bool GridUndo::isEditing() const
{
    // The grid has no index widgets, so a visible child of the viewport is an open editor
    // (a closed one is hidden until it is deleted).
    const auto children =
        m_view->viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    return std::any_of(children.cbegin(), children.cend(),
                       [](const QWidget *child) { return child->isVisible(); });
}

bool GridUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport) {
        // Polished when shown, after the view put the delegate's filter on it: ours, installed
        // last, runs first.
        if (event->type() == QEvent::ChildPolished) {
            QObject *child = static_cast<QChildEvent *>(event)->child();
            if (child->isWidgetType())
                child->installEventFilter(this);
        }
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier)
        return false;
    // The open cell keeps Esc; the record's Revert (Esc too) waits for the next press.
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        // Qt's own Esc closes the editor with RevertModelCache, and QSqlTableModel::revert()
        // drops every edit of the row under OnRowChange. Only this cell's typing goes here.
        auto *editor = qobject_cast<QWidget *>(watched);
        while (editor && editor->parentWidget() != m_view->viewport())
            editor = editor->parentWidget();
        if (editor) {
            QMetaObject::invokeMethod(m_view, "closeEditor", Qt::DirectConnection,
                                      Q_ARG(QWidget *, editor),
                                      Q_ARG(QAbstractItemDelegate::EndEditHint,
                                            QAbstractItemDelegate::NoHint));
        }
    }
    return true;
}

void GridUndo::updateAction()
{
    const int row = m_view->currentIndex().row();
    m_undo->setEnabled(m_history->model() && m_history->canUndo(row));
    m_redo->setEnabled(m_history->model() && m_history->canRedo(row));
    // A group is a paste (GridClipboard): the menu says that the whole paste goes or comes back,
    // not only the cell the cursor is on.
    const int undoSize = m_history->model() ? m_history->nextUndoSize(row) : 0;
    const int redoSize = m_history->model() ? m_history->nextRedoSize(row) : 0;
    m_undo->setText(undoSize > 1 ? tr("&Undo Paste of %1 Cells").arg(undoSize) : tr("&Undo"));
    m_redo->setText(redoSize > 1 ? tr("&Redo Paste of %1 Cells").arg(redoSize) : tr("&Redo"));
}

void GridUndo::undo()
{
    const QModelIndex current = m_view->currentIndex();
    VersionedTableModel *model = m_history->model();
    // Typing in an open cell: Ctrl+Z is that editor's (it takes the key itself; this is the menu).
    const QWidget *focus = QApplication::focusWidget();
    if (!model || !current.isValid() || (focus && m_view->viewport()->isAncestorOf(focus)))
        return;
    const int size = m_history->nextUndoSize(current.row());
    const int column = m_history->undo(current.row());
    if (column < 0)
        return;
    // The cell that changed back becomes the current one, so the user sees what was undone.
    m_view->setCurrentIndex(model->index(current.row(), column));
    emit statusMessage(size > 1 ? tr("Undid the paste of %1 cells").arg(size)
                                : tr("Undid the edit of %1")
                                      .arg(model->headerData(column, Qt::Horizontal).toString()));
    updateAction();
}

void GridUndo::redo()
{
    const QModelIndex current = m_view->currentIndex();
    VersionedTableModel *model = m_history->model();
    const QWidget *focus = QApplication::focusWidget();
    if (!model || !current.isValid() || (focus && m_view->viewport()->isAncestorOf(focus)))
        return;
    const int size = m_history->nextRedoSize(current.row());
    const int column = m_history->redo(current.row());
    if (column < 0)
        return;
    m_view->setCurrentIndex(model->index(current.row(), column));
    emit statusMessage(size > 1 ? tr("Redid the paste of %1 cells").arg(size)
                                : tr("Redid the edit of %1")
                                      .arg(model->headerData(column, Qt::Horizontal).toString()));
    updateAction();
}

} // namespace concord
