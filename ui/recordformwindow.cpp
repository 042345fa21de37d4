// RecordFormWindow: edits one record of a table in a form, on its own connection, with conflict handling.
#include "recordformwindow.h"

#include "changebanner.h"
#include "changedfieldmarks.h"
#include "livenoticelabel.h"
#include "conflictdialog.h"
#include "deleteconfirmation.h"
#include "fieldeditorfactory.h"
#include "fieldundohistory.h"
#include "formfielddelegate.h"
#include "icons.h"
#include "recordformundo.h"
#include "recordformview.h"

#include <concord/databaseconnector.h>
#include <concord/draftjournal.h>
#include <concord/referencelookup.h>
#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QCloseEvent>
#include <QDataWidgetMapper>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlIndex>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

namespace {

// The given keys, then the platform's bindings for `standard` that are not among them.
QList<QKeySequence> shortcuts(std::initializer_list<QKeySequence> first,
                              QKeySequence::StandardKey standard = QKeySequence::UnknownKey)
{
    QList<QKeySequence> keys(first);
    if (standard != QKeySequence::UnknownKey) {
        for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

} // namespace

RecordFormWindow::RecordFormWindow(const QSqlDatabase &connection, const QString &table,
                                   const QSqlRecord &key, int sortColumn, Qt::SortOrder order,
                                   const QString &textFilter, int rowHint, QWidget *parent)
    : QMainWindow(parent), m_connectionName(connection.connectionName()), m_table(table)
{
    setAttribute(Qt::WA_DeleteOnClose);
    liveWindows() << this;
    m_model = new VersionedTableModel(this, connection);
    m_model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    // The operator sees the record: a save elsewhere shows in the form at once (the fields it
    // changed marked) while the form holds no edits; with edits, the banner offers the choice.
    m_model->setRefreshCleanRows(true);
    // Next and Previous go through the records in the grid's order, names included.
    m_model->setSortReferencesByName(true);
    m_factory = new FieldEditorFactory(m_connectionName, table, this);
    m_mapper = new QDataWidgetMapper(this);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    m_mapper->setItemDelegate(new FormFieldDelegate(m_factory, m_mapper));

    createActions();
    m_valid = open(key, rowHint, sortColumn, order, textFilter);
    createForm();
    if (m_valid)
        showRow(m_row);
    else
        m_form->showMessage(m_errorString);
    updateState();

    connect(m_factory, &FieldEditorFactory::editStateChanged, this, &RecordFormWindow::updateState);
    connect(m_factory, &FieldEditorFactory::edited, this, &RecordFormWindow::passEditToModel);
    connect(m_model, &VersionedTableModel::recordChangedElsewhere, this,
            &RecordFormWindow::onRecordChangedElsewhere);
}

RecordFormWindow::~RecordFormWindow()
{
    liveWindows().removeAll(this);
    // They watch the model, the mapper and the focus: they go before any of those.
    delete m_undo;
    m_undo = nullptr;
    delete m_marks;
    m_marks = nullptr;
    // Editors may still signal while the widgets go; nothing must reach this half-destroyed window.
    delete m_factory;
    // The model holds the connection's queries: it goes first, then the connection is closed.
    delete m_mapper;
    delete m_model;
    DatabaseConnector::close(m_connectionName);
}

bool RecordFormWindow::open(const QSqlRecord &key, int rowHint, int sortColumn,
                            Qt::SortOrder order, const QString &textFilter)
{
    m_model->setTable(m_table);
    // A key column would only repeat the "#3" the title has anyway.
    m_displayColumn = TableSchema::displayColumn(m_model->database(), m_table);
    if (m_model->primaryKey().contains(m_displayColumn)
        || m_model->fieldIndex(m_displayColumn) < 0)
        m_displayColumn.clear();
    // No name column (an order): the record is named as the lookups of it name it.
    const QSqlIndex names = m_model->primaryKey();
    if (names.count() == 1 && TableSchema::nameColumn(m_model->database(), m_table).isEmpty()) {
        auto lookup = std::make_shared<ReferenceLookup>(
            m_model->database(), ForeignKey{QString(), m_table, names.fieldName(0)});
        if (lookup->composesNames()) {
            m_recordNames = lookup;
            m_displayColumn.clear();
        }
    }
    if (sortColumn >= 0 && sortColumn < m_model->columnCount())
        m_model->setSort(sortColumn, order);
    m_model->setTextFilter(textFilter);
    if (!m_model->select()) {
        m_errorString = tr("Cannot open %1: %2").arg(m_table, m_model->lastError().text());
        return false;
    }
    // The key names the record; a row number would name whatever sits there now, which is
    // another record once someone inserted or deleted rows since the browser read them.
    const QSqlIndex primaryKey = m_model->primaryKey();
    bool keyFits = !key.isEmpty() && key.count() == primaryKey.count();
    for (int i = 0; keyFits && i < primaryKey.count(); ++i)
        keyFits = key.contains(primaryKey.fieldName(i));
    if (!keyFits) {
        m_errorString =
            tr("Cannot open %1: the record's key does not match the table's primary key.")
                .arg(m_table);
        return false;
    }
    QSqlRecord ordered = primaryKey;
    for (int i = 0; i < ordered.count(); ++i)
        ordered.setValue(i, key.value(ordered.fieldName(i)));
    m_key = ordered;
    const int row = findRow(m_key, rowHint);
    if (row < 0) {
        m_errorString = textFilter.isEmpty()
            ? tr("%1 no longer exists: someone else deleted it.").arg(recordLabel())
            : tr("%1 no longer exists or no longer contains “%2”: someone else deleted or "
                 "changed it.")
                  .arg(recordLabel(), textFilter);
        return false;
    }
    m_row = row;
    return true;
}

void RecordFormWindow::createActions()
{
    auto makeAction = [this](const QString &icon, const QString &text, const QString &tip,
                             const QList<QKeySequence> &keys) {
        auto *action = new QAction(Icons::get(icon), text, this);
        action->setShortcuts(keys);
        const QString tipWithKey = keys.isEmpty()
            ? tip
            : tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText));
        action->setToolTip(tipWithKey);
        action->setStatusTip(tip);
        return action;
    };
    m_saveAction = makeAction(QStringLiteral("save"), tr("&Save"), tr("Save this record"),
                              QKeySequence::keyBindings(QKeySequence::Save));
    // No shortcut: Ctrl+Z belongs to the editors, where it undoes typing.
    m_revertAction = makeAction(QStringLiteral("revert"), tr("Re&vert Changes"),
                                tr("Drop your unsaved changes to this record"), {});
    m_reloadAction = makeAction(QStringLiteral("reload"), tr("&Reload"),
                                tr("Read this record again from the database"),
                                shortcuts({QKeySequence(Qt::Key_F5)}, QKeySequence::Refresh));
    // Ctrl+Delete rather than Delete: in a text editor the key deletes text, not the record.
    m_deleteAction = makeAction(QStringLiteral("delete"), tr("&Delete Record…"),
                                tr("Delete this record from the table"),
                                {QKeySequence(Qt::CTRL | Qt::Key_Delete)});
    m_previousAction = makeAction(QStringLiteral("previous"), tr("&Previous"),
                                  tr("Go to the previous record"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                   QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_nextAction = makeAction(QStringLiteral("next"), tr("&Next"), tr("Go to the next record"),
                              {QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                               QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_closeAction = new QAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close"),
                                this);
    m_closeAction->setShortcuts(
        shortcuts({QKeySequence(Qt::CTRL | Qt::Key_W)}, QKeySequence::Close));

    // Beside their icons only Save and Reload keep their text: the toolbar then fits a narrow
    // form window, and the arrows and the bin say what they do (their tooltips say it in words).
    for (QAction *action : {m_revertAction, m_deleteAction, m_previousAction, m_nextAction})
        action->setPriority(QAction::LowPriority);

    connect(m_saveAction, &QAction::triggered, this, &RecordFormWindow::save);
    connect(m_revertAction, &QAction::triggered, this, &RecordFormWindow::revert);
    connect(m_reloadAction, &QAction::triggered, this, &RecordFormWindow::reload);
    connect(m_deleteAction, &QAction::triggered, this, &RecordFormWindow::deleteRecord);
    connect(m_previousAction, &QAction::triggered, this, &RecordFormWindow::previous);
    connect(m_nextAction, &QAction::triggered, this, &RecordFormWindow::next);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    QMenu *menu = menuBar()->addMenu(tr("&Record"));
    menu->addActions({m_saveAction, m_revertAction, m_reloadAction});
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addActions({m_previousAction, m_nextAction});
    menu->addSeparator();
    menu->addAction(m_closeAction);

    QToolBar *toolBar = addToolBar(tr("Record"));
    toolBar->setObjectName(QStringLiteral("recordToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_saveAction, m_revertAction, m_reloadAction});
    toolBar->addSeparator();
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addActions({m_previousAction, m_nextAction});

    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    statusBar()->addPermanentWidget(m_positionLabel);
    // Others' saves reach this window as they happen; when they cannot, the status bar says so
    // for as long as it lasts (a permanent widget: save messages do not hide it).
    m_liveNotice = new LiveNoticeLabel(this);
    m_liveNotice->setModel(m_model);
    statusBar()->insertPermanentWidget(0, m_liveNotice, 1);
}

void RecordFormWindow::createForm()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ChangeBanner(central);
    layout->addWidget(m_banner);
    m_form = new RecordFormView(central);
    layout->addWidget(m_form, 1);
    setCentralWidget(central);
    connect(m_banner, &ChangeBanner::compareRequested, this, &RecordFormWindow::compareWithChange);
    connect(m_banner, &ChangeBanner::reloadRequested, this, &RecordFormWindow::reloadTheirs);
    connect(m_banner, &ChangeBanner::recreateRequested, this, &RecordFormWindow::recreateDeleted);
    connect(m_banner, &ChangeBanner::closeRequested, this, &QWidget::close);
    if (!m_valid)
        return;
    m_mapper->setModel(m_model);
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The model writes the key and the who/when columns; the operator only reads them.
    QStringList readOnly{m_model->modifiedByColumn(), m_model->modifiedAtColumn()};
    const QSqlIndex key = m_model->primaryKey();
    for (int i = 0; i < key.count(); ++i)
        readOnly << key.fieldName(i);
    // Alt+R and Alt+E open the Record and Edit menus; the banner's buttons keep their letters too.
    m_form->addFields(m_model, TableSchema::declaredColumns(db, m_table), readOnly, m_factory, m_mapper,
                      QStringLiteral("re") + m_banner->mnemonics());
    // The model's messages name a column as its label here does ("Credit limit").
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, m_form->fieldLabel(m_model->record().fieldName(c)));
    m_undo = new RecordFormUndo(m_model, m_mapper, m_form, this);
    m_undo->watchEditors();
    connect(m_undo, &RecordFormUndo::revertRecordRequested, this, &RecordFormWindow::revert);
    // An undo can leave the record clean: the title, the actions and the draft follow.
    connect(m_undo->history(), &FieldUndoHistory::changed, this, &RecordFormWindow::updateState);
    connect(m_undo, &RecordFormUndo::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo->undoAction(), m_undo->redoAction(), m_undo->escapeAction()});
    m_marks = new ChangedFieldMarks(m_model, m_mapper, m_form, this);
    watchPendingText();

    // Tall enough for a typical table without scrolling, never taller than a small screen.
    const QSize hint = m_form->fieldsSizeHint();
    resize(qMax(520, hint.width() + 60), qBound(240, hint.height() + 140, 720));
}

QWidget *RecordFormWindow::editorFor(const QString &field) const
{
    return m_form->editorFor(field);
}

bool RecordFormWindow::isDirty() const
{
    if (!m_model)
        return false;
    if (m_model->isDirty() || hasPendingText())
        return true;
    const QList<QWidget *> editors = m_form->editors();
    return std::any_of(editors.cbegin(), editors.cend(), [](const QWidget *editor) {
        return FieldEditorFactory::isEdited(editor);
    });
}

bool RecordFormWindow::ensureRowLoaded(int row)
{
    while (row >= m_model->rowCount() && m_model->canFetchMore())
        m_model->fetchMore();
    return row >= 0 && row < m_model->rowCount();
}

QSqlRecord RecordFormWindow::keyOf(const QSqlTableModel *model, int row)
{
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    QSqlRecord key = model->primaryKey();
    const QSqlRecord values = model->record(row);
    for (int i = 0; i < key.count(); ++i)
        key.setValue(i, values.value(key.fieldName(i)));
    return key;
}

QSqlRecord RecordFormWindow::keyOf(int row) const
{
    return keyOf(m_model, row);
}

int RecordFormWindow::findRow(const QSqlRecord &key, int hint)
{
    if (key.isEmpty())
        return -1;
    auto matches = [this, &key](int row) {
        const QSqlRecord values = m_model->record(row);
        for (int i = 0; i < key.count(); ++i) {
            // Drivers return keys as int, qlonglong or text: compare what they say, not their type.
            if (values.value(key.fieldName(i)).toString() != key.value(i).toString())
                return false;
        }
        return true;
    };
    // Rows shift by a few when others insert or delete: the hint is usually right, and loading
    // up to it costs nothing a search would not pay anyway.
    if (hint >= 0 && ensureRowLoaded(hint) && matches(hint))
        return hint;
    for (int row = 0;; ++row) {
        if (!ensureRowLoaded(row))
            return -1;
        if (matches(row))
            return row;
    }
}

void RecordFormWindow::showRow(int row)
{
    m_row = row;
    m_mapper->setCurrentIndex(row);
    m_key = keyOf(row);
    if (recordIdentity() != m_identity) {
        // Another record: what was said about the last one no longer applies.
        m_change = RecordChange();
        m_displayValue.clear();
        claimWindowNumber();
    }
    refreshDisplayValue();
    updateState();
}

void RecordFormWindow::relocate(int fallbackRow)
{
    int row = findRow(m_key, m_row);
    if (row < 0) {
        ensureRowLoaded(fallbackRow);
        row = qMin(fallbackRow, m_model->rowCount() - 1);
    }
    if (row < 0) {
        // The table is empty now: nothing left to show or edit.
        m_row = -1;
        m_key = QSqlRecord();
        m_form->setFieldsEnabled(false);
        m_form->showMessage(tr("%1 has no records left.").arg(m_table));
        updateState();
        return;
    }
    showRow(row);
}

bool RecordFormWindow::save()
{
    if (!m_valid || m_row < 0)
        return false;
    m_form->clearFieldError();
    m_form->clearMessage();
    if (!commitFocusedEditor())
        return false;
    m_mapper->submit(); // only the edited fields reach the model (FormFieldDelegate)
    if (!m_model->isDirty()) {
        m_mapper->revert();
        statusBar()->showMessage(tr("Nothing to save"), statusTimeoutMs);
        updateState();
        return true;
    }
    if (refuseEmptiedRequiredField())
        return false;
    if (m_model->submitAll()) {
        relocate(m_row);
        statusBar()->showMessage(tr("Saved"), statusTimeoutMs);
        Q_EMIT recordSaved(m_table);
        return true;
    }
    switch (m_model->lastFailure()) {
    case VersionedTableModel::FailureKind::ChangedByOthers:
    case VersionedTableModel::FailureKind::DeletedByOthers: {
        const QList<ConflictSnapshot> conflicts = m_model->conflicts();
        const int row = m_model->hasConflict(m_row) || conflicts.isEmpty()
            ? m_row
            : conflicts.first().row();
        return resolveConflict(row);
    }
    default:
        showSaveError();
        return false;
    }
}

QString RecordFormWindow::conflictStatus(const ConflictSnapshot &snapshot) const
{
    if (snapshot.isDeletedByOthers())
        return tr("Conflict: %1 was deleted by someone else").arg(recordLabel());
    const QString who = m_model->changedBy(snapshot); // empty unless their save wrote it
    return who.isEmpty() ? tr("Conflict with a change by someone else")
                         : tr("Conflict with a change by %1").arg(who);
}

bool RecordFormWindow::resolveConflict(int row)
{
    // Opened from the banner, before any save: cancelling it is no failed save.
    const bool early = !m_model->hasConflict(row);
    const ConflictSnapshot snapshot = ConflictDialog::pendingSnapshot(m_model, row);
    QString status = conflictStatus(snapshot);
    statusBar()->showMessage(status);

    const ConflictDialog::Outcome outcome = ConflictDialog::resolve(m_model, row, this);
    switch (outcome) {
    case ConflictDialog::Outcome::Cancelled:
        // The edits stay in the model; saving again reopens the conflict.
        showRow(m_row);
        if (early) {
            statusBar()->showMessage(tr("Your changes are kept, unsaved"), statusTimeoutMs);
            return false;
        }
        m_form->showMessage(snapshot.isDeletedByOthers()
                        ? tr("Not saved: someone else deleted this record. Save again to "
                             "decide whether to recreate it.")
                        : tr("Not saved: someone else changed this record. Save again to "
                             "merge, or reload to take their version."));
        statusBar()->showMessage(tr("Not saved: %1").arg(status));
        return false;
    case ConflictDialog::Outcome::SavedMerge:
        status = tr("Saved the merged record");
        break;
    case ConflictDialog::Outcome::OverwroteMine:
        status = tr("Saved your version over theirs");
        break;
    case ConflictDialog::Outcome::Recreated:
        status = tr("Saved the record again");
        break;
    case ConflictDialog::Outcome::ReloadedTheirs:
        status = tr("Reloaded their version; your changes were dropped");
        break;
    case ConflictDialog::Outcome::Discarded:
        status = tr("The record was deleted by someone else; your changes were dropped");
        break;
    }
    relocate(row);
    statusBar()->showMessage(status, statusTimeoutMs);
    using Outcome = ConflictDialog::Outcome;
    const bool wrote = outcome == Outcome::SavedMerge || outcome == Outcome::OverwroteMine
        || outcome == Outcome::Recreated;
    if (wrote)
        Q_EMIT recordSaved(m_table);
    return true;
}

QString RecordFormWindow::failedField() const
{
    const QString named = m_model->lastFailedField();
    if (m_form->editorFor(named))
        return named;
    const QSqlError error = m_model->lastError();
    return m_form->fieldNamedIn(error.databaseText() + QLatin1Char('\n') + error.text());
}

QString RecordFormWindow::emptiedRequiredField() const
{
    // In form order, so the first one marked is the first one the operator sees.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QWidget *editor = m_mapper->mappedWidgetAt(column);
        if (!editor)
            continue;
        // Each edit is in the model as it is typed: the model's edited value is what would be sent.
        const QModelIndex index = m_model->index(m_row, column);
        if (m_model->isDirty(index)
            && FieldEditorFactory::isEmptyButRequired(index.data(Qt::EditRole), editor))
            return editor->objectName();
    }
    return {};
}

bool RecordFormWindow::refuseEmptiedRequiredField()
{
    const QString field = emptiedRequiredField();
    if (field.isEmpty())
        return false;
    // Nothing is sent: the database would take '' for "empty", which is no value either.
    const QString text = tr("%1 is required").arg(m_form->fieldLabel(field));
    m_form->showMessage(text);
    m_form->markFieldError(field);
    statusBar()->showMessage(tr("Not saved: %1").arg(text));
    updateState();
    return true;
}

void RecordFormWindow::showSaveError()
{
    const QString text = m_model->lastError().text();
    // A constraint message is written for the operator already; other errors need the context.
    const bool constraint =
        m_model->lastFailure() == VersionedTableModel::FailureKind::ConstraintViolation;
    m_form->showMessage(constraint ? text : tr("Could not save: %1").arg(text));
    const QString field = failedField();
    if (!field.isEmpty()) {
        m_form->markFieldError(field);
        statusBar()->showMessage(tr("Not saved: check %1").arg(m_form->fieldLabel(field)));
    } else {
        statusBar()->showMessage(tr("Not saved"));
    }
    updateState();
}

void RecordFormWindow::revert()
{
    if (!m_valid)
        return;
    m_model->revertAll();
    if (m_row >= 0)
        m_mapper->setCurrentIndex(m_row);
    m_form->clearFieldError();
    m_form->clearMessage();
    statusBar()->showMessage(tr("Changes reverted"), statusTimeoutMs);
    updateState();
}

bool RecordFormWindow::reload()
{
    if (!m_valid || m_row < 0 || !maybeSave())
        return false;
    m_model->revertAll();
    m_form->clearFieldError();
    m_form->clearMessage();
    if (!m_model->select()) {
        m_form->showMessage(tr("Could not reload: %1").arg(m_model->lastError().text()));
        return false;
    }
    const QString label = recordLabel();
    const int row = findRow(m_key, m_row);
    if (row < 0) {
        relocate(m_row);
        m_form->showMessage(tr("%1 was deleted by someone else.").arg(label));
        statusBar()->showMessage(tr("%1 no longer exists").arg(label), statusTimeoutMs);
        return false;
    }
    showRow(row);
    statusBar()->showMessage(tr("Reloaded"), statusTimeoutMs);
    return true;
}

bool RecordFormWindow::deleteRecord()
{
    if (!m_valid || m_row < 0)
        return false;
    const QString label = recordLabel();
    // Named as the title names it ("Lena Hofmann — customers #5"): the key alone says little.
    const QString named =
        m_displayValue.isEmpty() ? label : tr("%1 — %2").arg(m_displayValue, label);
    if (!DeleteConfirmation::ask(this, tr("Delete %1?").arg(named)))
        return false;

    m_form->clearFieldError();
    m_form->clearMessage();
    const int row = m_row;
    // Unsaved edits of a record being deleted do not matter, unless the delete is refused:
    // they are noted, to be put back then ("Nothing was deleted" must mean nothing was lost).
    commitFocusedEditor();
    QList<std::pair<int, QVariant>> edits;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex cell = m_model->index(row, column);
        if (m_model->isDirty(cell))
            edits.append({column, cell.data(Qt::EditRole)});
    }
    m_model->revertAll();
    if (m_model->removeRow(row) && m_model->submitAll()) {
        relocate(row);
        statusBar()->showMessage(tr("Deleted %1").arg(label), statusTimeoutMs);
        Q_EMIT recordSaved(m_table);
        return true;
    }
    switch (m_model->lastFailure()) {
    case VersionedTableModel::FailureKind::DeletedByOthers:
        // Gone already, which is what the operator wanted.
        m_model->revertAll();
        m_model->select();
        relocate(row);
        statusBar()->showMessage(tr("%1 had already been deleted by someone else").arg(label),
                                 statusTimeoutMs);
        Q_EMIT recordSaved(m_table);
        return true;
    case VersionedTableModel::FailureKind::ChangedByOthers: {
        // Changed since it was loaded: the operator should see what they are deleting.
        const QString status = conflictStatus(m_model->conflict(row));
        statusBar()->showMessage(status);
        const ConflictDialog::Outcome outcome = ConflictDialog::resolve(m_model, row, this);
        if (outcome == ConflictDialog::Outcome::OverwroteMine) { // "delete anyway"
            relocate(row);
            statusBar()->showMessage(tr("Deleted %1").arg(label), statusTimeoutMs);
            Q_EMIT recordSaved(m_table);
            return true;
        }
        // The row is not marked for deletion any more. Cancelled or not, dropping the mark
        // takes their record (VersionedTableModel::revertRow after a save's conflict): the
        // form now shows what they saved, and a next Delete is checked against that version.
        if (m_model->isDirty())
            m_model->revertAll();
        relocate(row);
        statusBar()->showMessage(tr("Not deleted: showing what someone else saved"),
                                 statusTimeoutMs);
        return false;
    }
    default:
        showSaveError();
        m_model->revertAll();
        for (const auto &[column, value] : std::as_const(edits))
            m_model->setData(m_model->index(row, column), value, Qt::EditRole);
        showRow(row);
        return false;
    }
}

void RecordFormWindow::next()
{
    if (!m_valid || m_row < 0 || !maybeSave())
        return;
    if (!ensureRowLoaded(m_row + 1)) {
        statusBar()->showMessage(tr("This is the last record"), statusTimeoutMs);
        return;
    }
    m_form->clearFieldError();
    m_form->clearMessage();
    showRow(m_row + 1);
}

void RecordFormWindow::previous()
{
    if (!m_valid || m_row <= 0 || !maybeSave())
        return;
    m_form->clearFieldError();
    m_form->clearMessage();
    showRow(m_row - 1);
}

bool RecordFormWindow::maybeSave()
{
    // Pending text that names nothing still counts as an edit: the question below is asked.
    const bool committed = commitFocusedEditor();
    if (committed && !isDirty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save your changes to %1?").arg(recordLabel()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    // The platform's standard texts for Save and Discard carry no mnemonic.
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Don't Save"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box.setInformativeText(tr("If you don't save, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

void RecordFormWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        // The next window on this record may have the number now.
        releaseWindowNumber();
        event->accept();
    } else {
        event->ignore();
    }
}

QString RecordFormWindow::recordLabel() const
{
    QStringList parts;
    for (int i = 0; i < m_key.count(); ++i)
        parts << m_key.value(i).toString();
    return parts.isEmpty() ? m_table : tr("%1 #%2").arg(m_table, parts.join(QStringLiteral(", ")));
}

void RecordFormWindow::updateState()
{
    const bool dirty = isDirty();
    const bool onRecord = m_valid && m_row >= 0;
    updateTitle();
    syncDraft();
    setWindowModified(dirty);
    if (m_undo)
        m_undo->updateActions();
    updateBanner();
    m_saveAction->setEnabled(onRecord && dirty);
    m_revertAction->setEnabled(onRecord && dirty);
    m_reloadAction->setEnabled(onRecord);
    m_deleteAction->setEnabled(onRecord);
    m_previousAction->setEnabled(onRecord && m_row > 0);
    m_nextAction->setEnabled(onRecord
                             && (m_row + 1 < m_model->rowCount() || m_model->canFetchMore()));
    if (onRecord) {
        // Exact from the start: the model knows how many records match before reading them.
        const QLocale locale;
        m_positionLabel->setText(tr("Record %1 of %2")
                                     .arg(locale.toString(m_row + 1), locale.toString(m_model->recordCount())));
    } else {
        m_positionLabel->clear();
    }
}

} // namespace concord
