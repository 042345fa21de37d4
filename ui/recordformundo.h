// RecordFormUndo: Ctrl+Z and Esc in a record form: undo field edits, revert a field, then the record.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDataWidgetMapper;
class QKeyEvent;
class QWidget;

namespace concord {

class FieldUndoHistory;
class RecordFormView;
class VersionedTableModel;

// The keys, as MS Access has them:
// - Ctrl+Z inside a field whose own undo has something (the typing since the field was loaded)
//   is that field's own undo, as in any text box. Once the field has nothing of its own left to
//   undo, or the focus is elsewhere, Ctrl+Z takes back the form's last field edit: one whole
//   field edit per press, newest first, each field then shown as loaded or as edited before.
//   When every edit is taken back, the record is clean again (nothing to save).
// - Esc in a field that differs from its value at the last load or save puts that value back.
// - Esc again (or in an unchanged field) reverts the whole record, as Revert Changes does.
// - Esc with no edits at all does nothing, as before.
// A field edit is everything typed into one field until the focus leaves it. The history is the
// record's and ends with its edits: on save, revert, reload, or another record.
class RecordFormUndo : public QObject
{
    Q_OBJECT
public:
    RecordFormUndo(VersionedTableModel *model, QDataWidgetMapper *mapper, RecordFormView *form,
                   QWidget *window);

    // Watches the form's editors for Ctrl+Z; call once the form's fields are built.
    void watchEditors();
    QAction *undoAction() const { return m_undo; }
    // Ctrl+Shift+Z and Ctrl+Y: the field's own redo first, then the form's last undone edit.
    QAction *redoAction() const { return m_redo; }
    QAction *escapeAction() const { return m_escape; }
    FieldUndoHistory *history() const { return m_history; }

    // Edits made while one of these lives are the user's, and undoable (the window passes
    // typing to the model inside one). Others (a dialog putting values back) are not kept.
    class UserEdit
    {
    public:
        explicit UserEdit(RecordFormUndo *undo) : m_undo(undo)
        {
            if (m_undo)
                ++m_undo->m_userEdits;
        }
        ~UserEdit()
        {
            if (m_undo)
                --m_undo->m_userEdits;
        }
        UserEdit(const UserEdit &) = delete;
        UserEdit &operator=(const UserEdit &) = delete;

    private:
        RecordFormUndo *m_undo;
    };

public Q_SLOTS:
    void undo();
    void redo();
    void escape();
    void updateActions();

Q_SIGNALS:
    void revertRecordRequested();
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int row() const;
    // The form's editor that holds the focus (or a child of it), or nullptr.
    QWidget *focusedEditor() const;
    static bool hasOwnUndo(const QWidget *editor);
    static bool hasOwnRedo(const QWidget *editor);
    static bool isRedoKey(const QKeyEvent *key);
    void onFocusChanged(QWidget *old, QWidget *now);

    QPointer<VersionedTableModel> m_model;
    QPointer<QDataWidgetMapper> m_mapper;
    QPointer<RecordFormView> m_form;
    QWidget *m_window;
    FieldUndoHistory *m_history;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_escape;
    int m_userEdits = 0;
};

} // namespace concord
