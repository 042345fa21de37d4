// RecordFormWindow: edits one record of a table in a form, on its own connection, with conflict handling.
#pragma once

#include <concord/recordchange.h>
#include <concord/recorddraft.h>

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlRecord>

#include <memory>

class QAction;
class QDataWidgetMapper;
class QLabel;
class QSqlTableModel;
class QTimer;

namespace concord {

class ReferenceLookup;

class ChangeBanner;
class ChangedFieldMarks;
class ConflictSnapshot;
class DraftJournal;
class FieldEditorFactory;
class LiveNoticeLabel;
class RecordFormUndo;
class RecordFormView;
class VersionedTableModel;

// One editor per visible column, bound through a QDataWidgetMapper to a VersionedTableModel of its
// own (OnManualSubmit). Saves are conditional on the record's version: when someone else saved or
// deleted it meanwhile, ConflictDialog lets the operator merge. Each edit goes into the model at
// once (unsaved until Save), so a change someone else saves meanwhile finds the edits there: the
// model keeps them, and a ChangeBanner offers to compare or reload before any save. The title
// names the record by its display value, with ":2", ":3"... for further windows on the same
// record. The window deletes itself on close.
class RecordFormWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the record of `table` whose primary key holds the values in `key` (one field per key
    // column, as keyOf() gives). Rows are read in the browser's order (same sort column/order and
    // text filter) so that next and previous follow the grid; `rowHint`, the row the browser
    // showed the record at, is only where to look first. When no row holds the key (someone
    // deleted the record meanwhile), the window is invalid and says so: it never shows another.
    // Takes ownership of `connection`, a named connection of its own (its own snapshot); closes
    // it (DatabaseConnector::close) when the window is destroyed, after its model is gone.
    RecordFormWindow(const QSqlDatabase &connection, const QString &table, const QSqlRecord &key,
                     int sortColumn = -1, Qt::SortOrder order = Qt::AscendingOrder,
                     const QString &textFilter = {}, int rowHint = -1,
                     QWidget *parent = nullptr);
    ~RecordFormWindow() override;

    // The primary-key values of `row` in `model`: the fields of model->primaryKey(), with the
    // row's values. Empty when the model has no primary key or no such row.
    static QSqlRecord keyOf(const QSqlTableModel *model, int row);

    // False if the table could not be opened or the record is not there (errorString() says why).
    bool isValid() const { return m_valid; }
    // The primary-key values of the record shown.
    QSqlRecord key() const { return m_key; }
    QString table() const { return m_table; }
    QString errorString() const { return m_errorString; }
    VersionedTableModel *model() const { return m_model; }
    int currentRow() const { return m_row; }
    // Edits not saved yet: in the editors, or kept in the model after a failed save.
    bool isDirty() const;
    // The editor of a column, or nullptr (the version column has none). For tests.
    QWidget *editorFor(const QString &field) const;
    // The bar that says the record changed elsewhere (hidden while nothing did).
    ChangeBanner *changeBanner() const { return m_banner; }
    // Ctrl+Z and Esc (Edit menu), and the marks on fields edited since the record was loaded;
    // nullptr while the window is invalid.
    RecordFormUndo *undo() const { return m_undo; }
    ChangedFieldMarks *changedFieldMarks() const { return m_marks; }
    // 1 for the first window on its record, 2 for the second (":2" in the title), and so on;
    // a number freed by a closed window goes to the next window opened on that record.
    int windowNumber() const { return m_windowNumber; }
    // The record's display value in the title ("Lena Hofmann"), as last saved; empty if none.
    QString displayValue() const { return m_displayValue; }

    // Crash safety (recordformwindow_drafts.cpp): unsaved edits go to a DraftJournal in
    // `directory` (empty, the default: nowhere), draftDelay() ms after the last edit, and the
    // draft goes once the edits are saved, reverted, reloaded or not saved on close. Each
    // window writes a draft of its own (its draftFile()), also beside another on one record.
    void setDraftDirectory(const QString &directory);
    QString draftFile() const;
    // How long after the last edit a draft is written; 2 s unless changed (tests make it short).
    static void setDraftDelay(int ms);
    static int draftDelay();
    // Puts a draft of the record shown back into the form, on top of the draft's original and
    // version: saving then conflicts (the usual dialog) if the record changed since the draft
    // was written. False when the draft is of another record or the form has edits already.
    bool restoreDraft(const RecordDraft &draft);
    // The same for drafts of one record by several editors (RecordDraft::merged()): false when
    // they cannot be one. The window takes their files over: they go once its own is written.
    bool restoreDrafts(const QList<RecordDraft> &drafts);

public Q_SLOTS:
    bool save();
    void revert();
    bool reload();
    bool deleteRecord();
    void next();
    void previous();

Q_SIGNALS:
    // A save (or delete) reached the database, so the main window can refresh its grid.
    void recordSaved(const QString &table);
    // The unsaved edits were written to the draft journal.
    void draftWritten();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // How long a status message stays.
    static constexpr int statusTimeoutMs = 8000;
    // Every record window alive, to number the windows on one record (":2", ":3"...).
    static QList<RecordFormWindow *> &liveWindows();

    bool open(const QSqlRecord &key, int rowHint, int sortColumn, Qt::SortOrder order,
              const QString &textFilter);
    void createActions();
    void createForm();

    void showRow(int row);
    bool ensureRowLoaded(int row);
    int findRow(const QSqlRecord &key, int hint);
    QSqlRecord keyOf(int row) const;
    void relocate(int fallbackRow);

    // Every row shown has a key, and each key a number among the windows showing it.
    void claimWindowNumber();
    void releaseWindowNumber();
    QString recordIdentity() const;
    void refreshDisplayValue(const RecordChange &change = {});
    void updateTitle();

    // Live awareness (recordformwindow_live.cpp): what the model applied, and the banner's ways out.
    void passEditToModel(QWidget *editor);
    // Text still pending in the editor that has the focus (a number box emptied to mean NULL, a
    // name typed into a lookup and not picked yet) becomes its value, as leaving the field would
    // make it. Save, Close, Next and the other ways out move no focus, so each calls this first.
    // False, with the field marked, when the text names nothing the field can take.
    bool commitFocusedEditor();
    // True while an editor holds such text: the window counts as modified (Save is on, closing asks).
    bool hasPendingText() const;
    void watchPendingText();
    void onRecordChangedElsewhere(int row, const RecordChange &change);
    void updateBanner();
    // True when `change` was saved by this operator's other window (see updateBanner).
    bool isOwnWindow(const RecordChange &change) const;
    void hideBanner();
    void compareWithChange();
    void reloadTheirs();
    void recreateDeleted();

    bool resolveConflict(int row);
    QString conflictStatus(const ConflictSnapshot &snapshot) const;
    void showSaveError();
    QString failedField() const;
    // The first field the operator emptied whose column is NOT NULL without a default, or "".
    QString emptiedRequiredField() const;
    bool refuseEmptiedRequiredField();

    bool maybeSave();
    // Drafts: written a while after the last edit, removed once the form is clean.
    void syncDraft();
    void writeDraft();
    void dropDraft();
    void dropRestoredDrafts();
    void updateState();
    QString recordLabel() const;

    QString m_connectionName;
    QString m_table;
    QString m_displayColumn; // the column that names a record (TableSchema::displayColumn)
    QString m_displayValue;
    // Names a record of a table without a name column ("Order #5 · Ana Jesus · 30/03/2024").
    std::shared_ptr<ReferenceLookup> m_recordNames;
    QString m_identity; // database, table and key of the record shown, to number windows
    int m_windowNumber = 0;
    VersionedTableModel *m_model = nullptr;
    QDataWidgetMapper *m_mapper = nullptr;
    FieldEditorFactory *m_factory = nullptr;
    RecordFormView *m_form = nullptr;
    QLabel *m_positionLabel = nullptr;
    LiveNoticeLabel *m_liveNotice = nullptr;
    ChangeBanner *m_banner = nullptr;
    RecordFormUndo *m_undo = nullptr;
    ChangedFieldMarks *m_marks = nullptr;
    RecordChange m_change; // the last change made elsewhere to the record shown
    QPointer<QWidget> m_lastEditor; // where the operator typed last, for the focus to return to
    QSqlRecord m_key; // primary key values of the record shown, to find it again after a select
    int m_row = -1;
    bool m_valid = false;
    QString m_errorString;

    std::unique_ptr<DraftJournal> m_journal;
    QTimer *m_draftTimer = nullptr;
    QString m_draftTable; // the record whose draft is on disk, if one is
    QSqlRecord m_draftKey;
    QString m_draftSource; // this window's RecordDraft::source()
    QList<RecordDraft> m_restoredDrafts; // restored from an earlier session, still on disk

    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace concord
