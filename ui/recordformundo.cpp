// RecordFormUndo: Ctrl+Z and Esc in a record form: undo field edits, revert a field, then the record.
#include "recordformundo.h"

#include "fieldundohistory.h"
#include "recordformview.h"

#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QApplication>
#include <QDataWidgetMapper>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlRecord>
#include <QTextEdit>

namespace concord {

RecordFormUndo::RecordFormUndo(VersionedTableModel *model, QDataWidgetMapper *mapper,
                               RecordFormView *form, QWidget *window)
    : QObject(window), m_model(model), m_mapper(mapper), m_form(form), m_window(window),
      m_history(new FieldUndoHistory(this))
{
    // Every keystroke reaches the model; one undo takes back the whole field edit.
    m_history->setMergeEdits(true);
    m_history->setRecordingFilter([this] { return m_userEdits > 0; });
    m_history->setModel(model);

    const auto keyText = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), window);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setToolTip(tr("Undo the last field edit (%1)")
                           .arg(keyText(QKeySequence(QKeySequence::Undo))));
    m_undo->setStatusTip(tr("Undo the typing in this field, then the form's last field edit"));
    m_redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), window);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    // Both keys on every platform, as in the grid: the desktop's and the spreadsheets'.
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                          QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setToolTip(tr("Redo the field edit last undone (%1)").arg(keyText(m_redo->shortcut())));
    m_redo->setStatusTip(tr("Redo the typing in this field, then the form's last undone field edit"));
    m_escape = new QAction(tr("Revert &Field"), window);
    m_escape->setObjectName(QStringLiteral("escapeAction"));
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escape->setStatusTip(tr("Put the field back as loaded; pressed again, the whole record"));
    window->addActions({m_undo, m_redo, m_escape});
    connect(m_undo, &QAction::triggered, this, &RecordFormUndo::undo);
    connect(m_redo, &QAction::triggered, this, &RecordFormUndo::redo);
    connect(m_escape, &QAction::triggered, this, &RecordFormUndo::escape);
    connect(m_history, &FieldUndoHistory::changed, this, &RecordFormUndo::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &RecordFormUndo::updateActions);
    connect(mapper, &QDataWidgetMapper::currentIndexChanged, this, &RecordFormUndo::updateActions);
    connect(qApp, &QApplication::focusChanged, this, &RecordFormUndo::onFocusChanged);
    updateActions();
}

void RecordFormUndo::watchEditors()
{
    for (QWidget *editor : m_form->editors()) {
        editor->installEventFilter(this);
        // Spin boxes and editable combos type into a line edit of their own.
        for (QWidget *inner : editor->findChildren<QLineEdit *>())
            inner->installEventFilter(this);
    }
}

int RecordFormUndo::row() const
{
    return m_mapper->currentIndex();
}

QWidget *RecordFormUndo::focusedEditor() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return nullptr;
    for (QWidget *editor : m_form->editors()) {
        if (editor == focus || editor->isAncestorOf(focus))
            return editor;
    }
    return nullptr;
}

bool RecordFormUndo::hasOwnUndo(const QWidget *editor)
{
    if (!editor)
        return false;
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return !edit->isReadOnly() && edit->isUndoAvailable();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return !text->isReadOnly() && text->document()->isUndoAvailable();
    if (const auto *text = qobject_cast<const QTextEdit *>(editor))
        return !text->isReadOnly() && text->document()->isUndoAvailable();
    const auto inner = editor->findChildren<QLineEdit *>();
    return std::any_of(inner.cbegin(), inner.cend(), [](const QLineEdit *edit) {
        return !edit->isReadOnly() && edit->isUndoAvailable();
    });
}

bool RecordFormUndo::hasOwnRedo(const QWidget *editor)
{
    if (!editor)
        return false;
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return !edit->isReadOnly() && edit->isRedoAvailable();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return !text->isReadOnly() && text->document()->isRedoAvailable();
    if (const auto *text = qobject_cast<const QTextEdit *>(editor))
        return !text->isReadOnly() && text->document()->isRedoAvailable();
    const auto inner = editor->findChildren<QLineEdit *>();
    return std::any_of(inner.cbegin(), inner.cend(), [](const QLineEdit *edit) {
        return !edit->isReadOnly() && edit->isRedoAvailable();
    });
}

bool RecordFormUndo::isRedoKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
        || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
}

bool RecordFormUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) && !hasOwnUndo(focusedEditor())) {
            // The field has nothing of its own to undo: left unaccepted, the key reaches the
            // window's Undo, which takes back the form's last field edit.
            event->ignore();
            return true;
        }
        if (isRedoKey(key) && !hasOwnRedo(focusedEditor())) {
            // The same for Redo: the field's own first, then the form's.
            event->ignore();
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && m_escape->isEnabled()) {
            // Editors claim Esc for themselves (QLineEdit does), though they do nothing with it:
            // with edits to revert, it goes to the window's Esc.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void RecordFormUndo::onFocusChanged(QWidget *old, QWidget *now)
{
    if (!m_mapper || !m_model || !m_form)
        return; // the window is going
    const bool ours = (old && m_window->isAncestorOf(old)) || (now && m_window->isAncestorOf(now));
    if (!ours)
        return;
    // Typing into another field, or into this one after a visit elsewhere, is another step.
    m_history->closeGroup();
    updateActions();
}

void RecordFormUndo::undo()
{
    const int r = row();
    if (r < 0)
        return;
    QWidget *editor = focusedEditor();
    if (hasOwnUndo(editor)) {
        // From the menu, with typing in the field to take back: the field's own undo, as the key.
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->undo();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->undo();
        else if (auto *rich = qobject_cast<QTextEdit *>(editor))
            rich->undo();
        else if (auto *inner = editor->findChild<QLineEdit *>())
            inner->undo();
        updateActions();
        return;
    }
    const int column = m_history->undo(r);
    if (column < 0)
        return;
    // The field that changed back takes the focus, so the user sees what was undone.
    if (QWidget *changed = m_mapper->mappedWidgetAt(column))
        changed->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(
        tr("Undid the edit of %1").arg(m_form->fieldLabel(m_model->record().fieldName(column))));
    updateActions();
}

void RecordFormUndo::redo()
{
    const int r = row();
    if (r < 0)
        return;
    QWidget *editor = focusedEditor();
    if (hasOwnRedo(editor)) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->redo();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->redo();
        else if (auto *rich = qobject_cast<QTextEdit *>(editor))
            rich->redo();
        else if (auto *inner = editor->findChild<QLineEdit *>())
            inner->redo();
        updateActions();
        return;
    }
    const int column = m_history->redo(r);
    if (column < 0)
        return;
    if (QWidget *changed = m_mapper->mappedWidgetAt(column))
        changed->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(
        tr("Redid the edit of %1").arg(m_form->fieldLabel(m_model->record().fieldName(column))));
    updateActions();
}

void RecordFormUndo::escape()
{
    const int r = row();
    if (r < 0)
        return;
    if (QWidget *editor = focusedEditor()) {
        const int column = m_mapper->mappedSection(editor);
        if (m_history->isFieldChanged(r, column)) {
            m_history->revertField(r, column);
            Q_EMIT statusMessage(tr("%1 is back as loaded; Esc again reverts the record")
                                     .arg(m_form->fieldLabel(m_model->record().fieldName(column))));
            updateActions();
            return;
        }
    }
    if (m_model->isDirty())
        Q_EMIT revertRecordRequested();
    updateActions();
}

void RecordFormUndo::updateActions()
{
    if (!m_mapper || !m_model || !m_form)
        return;
    const int r = row();
    QWidget *editor = focusedEditor();
    const int column = editor ? m_mapper->mappedSection(editor) : -1;
    const bool fieldChanged = r >= 0 && m_history->isFieldChanged(r, column);
    m_undo->setEnabled(r >= 0 && (hasOwnUndo(editor) || m_history->canUndo(r)));
    m_redo->setEnabled(r >= 0 && (hasOwnRedo(editor) || m_history->canRedo(r)));
    // Disabled, Esc is not taken from anyone: with no edits it does what it did before.
    m_escape->setEnabled(r >= 0 && (fieldChanged || m_model->isDirty()));
    m_escape->setText(fieldChanged ? tr("Revert &Field") : tr("Revert &Record"));
}

} // namespace concord
