// RecordFormWindow: edits one record of a table in a form, on its own connection, with conflict handling.
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlRecord>

class QAction;
class QDataWidgetMapper;
class QLabel;

namespace concord {

class ConflictSnapshot;
class FieldEditorFactory;
class RecordFormView;
class VersionedTableModel;

// One editor per visible column, bound through a QDataWidgetMapper to a VersionedTableModel of its
// own (OnManualSubmit). Saves are conditional on the record's version: when someone else saved or
// deleted it meanwhile, ConflictDialog lets the operator merge. The window deletes itself on close.
class RecordFormWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens `table` at `row` (row index in the same order as the browser: same sort column/order
    // and text filter). Takes ownership of `connection`, a named connection of its own (its own
    // snapshot); closes it (DatabaseConnector::close) when the window is destroyed, after its
    // model is gone.
    RecordFormWindow(const QSqlDatabase &connection, const QString &table, int row,
                     int sortColumn = -1, Qt::SortOrder order = Qt::AscendingOrder,
                     const QString &textFilter = {}, QWidget *parent = nullptr);
    ~RecordFormWindow() override;

    // False if the table could not be opened (errorString() says why).
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_errorString; }
    VersionedTableModel *model() const { return m_model; }
    int currentRow() const { return m_row; }
    // Edits not saved yet: in the editors, or kept in the model after a failed save.
    bool isDirty() const;
    // The editor of a column, or nullptr (the version column has none). For tests.
    QWidget *editorFor(const QString &field) const;

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool open(int row, int sortColumn, Qt::SortOrder order, const QString &textFilter);
    void createActions();
    void createForm();

    void showRow(int row);
    bool ensureRowLoaded(int row);
    int findRow(const QSqlRecord &key, int hint);
    QSqlRecord keyOf(int row) const;
    void relocate(int fallbackRow);

    bool resolveConflict(int row);
    QString conflictStatus(const ConflictSnapshot &snapshot) const;
    void showSaveError();
    QString failedField() const;

    bool maybeSave();
    void updateState();
    QString recordLabel() const;

    QString m_connectionName;
    QString m_table;
    QString m_modifiedByColumn;
    VersionedTableModel *m_model = nullptr;
    QDataWidgetMapper *m_mapper = nullptr;
    FieldEditorFactory *m_factory = nullptr;
    RecordFormView *m_form = nullptr;
    QLabel *m_positionLabel = nullptr;
    QSqlRecord m_key; // primary key values of the record shown, to find it again after a select
    int m_row = -1;
    bool m_valid = false;
    QString m_errorString;

    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace concord
