// The table browser: a QTableView over a VersionedTableModel saving on row change, the row filter,
// sorting, grid conflicts (handed to ConflictDialog) and the record windows opened from the grid.
#include "tablebrowser.h"

#include "conflictdialog.h"
#include "deleteconfirmation.h"
#include "fieldeditorfactory.h"
#include "gridcolumnwidths.h"
#include "gridcelldelegate.h"
#include "gridundo.h"
#include "icons.h"
#include "recordformwindow.h"
#include "rowstateheader.h"

#include <concord/conflictsnapshot.h>
#include <concord/databaseconnector.h>
#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QPointer>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

namespace {
constexpr int filterDelayMs = 300;
constexpr int maxInitialColumnWidth = 320;
// Past this many fetched rows a refresh re-reads only the visible rows: re-fetching everything
// the user scrolled through would stall a million-row table.
constexpr int fullRefreshRowLimit = 5000;
// Double-click and Enter open a record window; typing or F2 edits in place.
constexpr QAbstractItemView::EditTriggers gridEditTriggers = QAbstractItemView::EditKeyPressed
    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked;
}

TableBrowser::TableBrowser(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    const auto makeAction = [this](const char *icon, const QString &text, const QKeySequence &keys,
                                   void (TableBrowser::*slot)()) {
        auto *action = new QAction(icon ? Icons::get(QLatin1String(icon)) : QIcon(), text, this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_openWindow = makeAction("open-window", tr("&Open in New Window"),
                              QKeySequence(Qt::CTRL | Qt::Key_Return),
                              &TableBrowser::openCurrentRecordWindow);
    m_openWindow->setToolTip(tr("Open the current record in a form window of its own"));
    m_newRow = makeAction(nullptr, tr("&New Record"), QKeySequence::New,
                          &TableBrowser::insertNewRow);
    m_deleteRow = makeAction("delete", tr("&Delete Record…"), QKeySequence::Delete,
                             &TableBrowser::deleteCurrentRow);
    // Only while the grid has focus: Delete in the filter or the table list must stay theirs.
    m_deleteRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveRow = makeAction("save", tr("&Save Record"), QKeySequence::Save,
                           &TableBrowser::saveCurrentRow);
    // Esc, as in MS Access: the first Esc cancels an open cell editor (Qt's own), the next one
    // reverts the record. Only in the grid, and only while the record has edits.
    m_revertRow = makeAction("revert", tr("Re&vert Record"), QKeySequence(Qt::Key_Escape),
                             &TableBrowser::revertCurrentRow);
    m_revertRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revertRow->setToolTip(tr("Drop the unsaved edits of the current record (Esc)"));
    m_reload = makeAction("reload", tr("&Reload"), QKeySequence::Refresh, &TableBrowser::reload);
    m_focusFilter = makeAction("filter", tr("&Filter Rows"), QKeySequence::Find,
                               &TableBrowser::focusFilter);
    m_copy = makeAction("copy", tr("&Copy"), QKeySequence::Copy, &TableBrowser::copySelection);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_toolBar = new QToolBar(tr("Table"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_openWindow);
    m_toolBar->addAction(m_saveRow);
    m_toolBar->addAction(m_revertRow);
    m_toolBar->addAction(m_reload);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_filter = new QLineEdit(m_toolBar);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(220);
    m_filter->setToolTip(tr("Show only rows where a text column contains this (%1)")
                             .arg(QKeySequence(QKeySequence::Find)
                                      .toString(QKeySequence::NativeText)));
    m_toolBar->addWidget(m_filter);
    layout->addWidget(m_toolBar);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setWordWrap(true);
    m_readOnly->setMargin(6);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    // Typing narrows the rows after a pause, not on every key: each select() is a query.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(filterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &TableBrowser::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &TableBrowser::applyFilter);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(gridEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    // The row header shows each record's state (edited, new, conflict), not a number.
    m_view->setVerticalHeader(new RowStateHeader(m_view));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableBrowser::sortBy);
    m_view->addActions({m_deleteRow, m_copy, m_revertRow});
    m_gridUndo = new GridUndo(m_view, this);
    connect(m_gridUndo, &GridUndo::statusMessage, this, &TableBrowser::statusMessage);
    m_view->installEventFilter(this);
    m_filter->installEventFilter(this);
    // The view reads one more page each time the scroll bar touches its end, so a thumb dragged
    // to the bottom and let go, or the scroll bar's own "Bottom", stops 256 rows further on. Both
    // mean "the end of the table": read to it, with progress, as Ctrl+End does.
    QScrollBar *rows = m_view->verticalScrollBar();
    connect(rows, &QScrollBar::sliderReleased, this, [this, rows] {
        if (rows->value() >= rows->maximum())
            scrollToEnd();
    });
    connect(rows, &QScrollBar::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderToMaximum)
            QTimer::singleShot(0, this, &TableBrowser::scrollToEnd);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openRecordWindow(index.row()); });
    m_cells = new GridCellDelegate(m_view);
    m_view->setItemDelegate(m_cells);
    connect(m_cells, &GridCellDelegate::requiredValueMissing, this, [this](const QString &column) {
        emit statusMessage(tr("Not saved: %1 is required; the cell keeps its value.")
                               .arg(FieldEditorFactory::labelText(column)));
    });
    // The view submits the row inside closeEditor(); look at the outcome once that is over.
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] { QTimer::singleShot(0, this, &TableBrowser::reportFailedSave); });
    m_stack->addWidget(m_view);

    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("browserMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    showMessage(tr("Choose a table on the left."));
}

TableBrowser::~TableBrowser()
{
    // The model holds a handle on the main connection: it must go before the owner closes it.
    // Silently: whoever listens may be half destroyed already.
    const QSignalBlocker blocker(this);
    closeTable();
}

void TableBrowser::setDatabase(const QSqlDatabase &db)
{
    closeTable();
    m_db = db;
}

void TableBrowser::setOperatorName(const QString &name)
{
    m_operatorName = name;
    if (m_model && !name.isEmpty())
        m_model->setOperatorName(name);
}

bool TableBrowser::openTable(const QString &table)
{
    if (!commitPendingRow())
        return false;
    closeTable();
    if (table.isEmpty() || !m_db.isValid())
        return false;

    m_table = table;
    m_model = new VersionedTableModel(this, m_db);
    if (!m_operatorName.isEmpty())
        m_model->setOperatorName(m_operatorName);
    m_model->setEditStrategy(QSqlTableModel::OnRowChange);
    // The grid shows foreign keys as names: a click on that header sorts by them.
    m_model->setSortReferencesByName(true);
    connect(m_model, &VersionedTableModel::recordAboutToChangeElsewhere, this,
            &TableBrowser::handOverEditorOfRow);
    // A filter typed for another table rarely fits this one.
    m_filter->clear();
    m_filterTimer.stop();
    m_model->setTable(table);
    // Rows in key order unless the user sorts otherwise: without an ORDER BY, PostgreSQL
    // returns an updated row last, and the grid (and its record windows) would shuffle.
    const QSqlIndex key = m_model->primaryKey();
    m_sortColumn = key.count() == 1 ? m_model->fieldIndex(key.fieldName(0)) : -1;
    m_sortOrder = Qt::AscendingOrder;
    if (m_sortColumn >= 0)
        m_model->setSort(m_sortColumn, m_sortOrder);
    {
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    }

    connect(m_model, &VersionedTableModel::conflictDetected, this,
            &TableBrowser::onConflictDetected);
    connect(m_model, &VersionedTableModel::rowSaved, this,
            [this] { emit statusMessage(tr("Saved")); });

    const bool selected = m_model->select();
    // Read once: the cell delegate and the first column widths both need the declaration.
    const QSqlRecord declared = TableSchema::declaredColumns(m_db, table);
    m_cells->setColumns(declared, m_model->record(),
                        m_db.driver()->dbmsType() == QSqlDriver::SQLite);
    m_cells->setLookups(m_db, table, declared, m_model->record());
    if (!selected) {
        const QString reason = m_model->lastError().text();
        showMessage(m_model->lastFailure() == VersionedTableModel::FailureKind::TableRefused
                        ? tr("The table “%1” cannot be edited here.\n\n%2").arg(table, reason)
                        : tr("The table “%1” could not be read.\n\n%2").arg(table, reason));
        emit statusMessage(reason);
        updateActions();
        emit conflictDetectionChanged();
        return false;
    }

    m_view->setModel(m_model);
    // Without a primary key nothing tells the rows apart, so nothing could be saved to one: the
    // rows are shown, and the line above the grid says why they cannot be edited.
    const bool readOnly = m_model->isReadOnly();
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : gridEditTriggers);
    m_readOnly->setText(readOnly ? tr("Read-only: %1").arg(m_model->readOnlyReason()) : QString());
    m_readOnly->setVisible(readOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { QTimer::singleShot(0, this, &TableBrowser::reportFailedSave); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableBrowser::updateActions);
    m_gridUndo->setModel(m_model);
    // Revert Record (Esc) is there only while the current record has edits.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TableBrowser::updateActions);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TableBrowser::updateActions);
    GridColumnWidths::fit(m_view, declared, maxInitialColumnWidth);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showGrid();
    emit tableOpened(table);
    emit conflictDetectionChanged();
    return true;
}

void TableBrowser::closeTable()
{
    m_filterTimer.stop();
    m_gridUndo->setModel(nullptr);
    if (m_model) {
        // The view notices the model's destruction and drops it with its selection model;
        // setModel(nullptr) would leave a new, unused selection model behind each time.
        delete m_model;
        m_model = nullptr;
    }
    m_table.clear();
    m_cells->setLookups(QSqlDatabase(), QString(), QSqlRecord(), QSqlRecord());
    m_readOnly->clear();
    m_readOnly->hide();
    showMessage(tr("Choose a table on the left."));
    emit conflictDetectionChanged();
}

QAction *TableBrowser::undoAction() const
{
    return m_gridUndo->undoAction();
}

QString TableBrowser::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

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

QList<RecordFormWindow *> TableBrowser::recordWindows() const
{
    QList<RecordFormWindow *> windows;
    for (const QPointer<RecordFormWindow> &w : m_windows) {
        if (w)
            windows << w.data();
    }
    return windows;
}

bool TableBrowser::closeRecordWindows(const QString &table)
{
    for (RecordFormWindow *w : recordWindows()) {
        if (!table.isEmpty() && w->table() != table)
            continue;
        if (!w->close())
            return false;
    }
    return true;
}

QString TableBrowser::readOnlyText() const
{
    return m_readOnly->isHidden() ? QString() : m_readOnly->text();
}

QString TableBrowser::conflictDetectionText() const
{
    if (!m_model || m_stack->currentWidget() != m_view)
        return {};
    if (m_model->isReadOnly())
        return tr("Conflict detection: read-only");
    switch (m_model->versionStrategy()) {
    case VersionStrategy::Client:
        return tr("Conflict detection: version column");
    case VersionStrategy::Trigger:
        return tr("Conflict detection: trigger");
    case VersionStrategy::Xmin:
        return tr("Conflict detection: xmin");
    case VersionStrategy::Versionless:
        return tr("Conflict detection: compares changed fields");
    case VersionStrategy::Automatic:
        break;
    }
    return {};
}

QString TableBrowser::conflictDetectionToolTip() const
{
    if (!m_model || m_stack->currentWidget() != m_view)
        return {};
    if (m_model->isReadOnly())
        return tr("Nothing tells this table's records apart (it has no primary key), so they are "
                  "shown but cannot be saved.");
    switch (m_model->versionStrategy()) {
    case VersionStrategy::Client:
        return tr("Each save checks the record's version column and counts it up. Programs that "
                  "write without counting it up are not noticed.");
    case VersionStrategy::Trigger:
        return tr("A database trigger counts the version column up on every update, so changes "
                  "by any program are noticed.");
    case VersionStrategy::Xmin:
        return tr("PostgreSQL's row version (xmin) tells whether a record changed since it was "
                  "read; the table needs no version column. Record menu: Enable Conflict "
                  "Detection adds one.");
    case VersionStrategy::Versionless:
        return tr("The table has no version column: a save checks that the fields you changed "
                  "still hold what you loaded. Changes to other fields go unnoticed. Record "
                  "menu: Enable Conflict Detection adds a version column.");
    case VersionStrategy::Automatic:
        break;
    }
    return {};
}

RecordFormWindow *TableBrowser::openRecordWindow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return nullptr;
    if (m_model->primaryKey().isEmpty()) {
        emit statusMessage(tr("This table has no primary key: its records cannot be opened in "
                              "a window."));
        return nullptr;
    }
    // The window reads the table in the grid's order: unsaved grid rows would shift it.
    if (!commitPendingRow()) {
        emit statusMessage(tr("Save or revert the edited row before opening a window."));
        return nullptr;
    }
    // The grid's row is only a hint: the window finds the record by its key.
    return openWindow(m_table, RecordFormWindow::keyOf(m_model, row), m_sortColumn, m_sortOrder,
                      m_model->textFilter(), row);
}

RecordFormWindow *TableBrowser::openRecordWindowByKey(const QString &table, const QSqlRecord &key)
{
    if (!m_db.isValid() || key.isEmpty())
        return nullptr;
    return openWindow(table, key, -1, Qt::AscendingOrder, QString(), -1);
}

RecordFormWindow *TableBrowser::openWindow(const QString &table, const QSqlRecord &key,
                                           int sortColumn, Qt::SortOrder order,
                                           const QString &textFilter, int rowHint)
{
    RecordFormWindow *window = nullptr;
    {
        // Scoped: the window owns and later closes this connection, so no handle may outlive it.
        QSqlError error;
        const QSqlDatabase own = DatabaseConnector::clone(m_db, {}, &error);
        if (!own.isValid()) {
            QMessageBox::warning(this, tr("Cannot open a window"),
                                 tr("A second connection to the database failed:\n%1")
                                     .arg(error.text()));
            return nullptr;
        }
        window = new RecordFormWindow(own, table, key, sortColumn, order, textFilter, rowHint);
    }
    if (!window->isValid()) {
        emit statusMessage(tr("The record could not be opened in a window: %1")
                               .arg(window->errorString()));
        delete window;
        return nullptr;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &RecordFormWindow::recordSaved, this, &TableBrowser::refreshAfterFormSave);
    m_windows.removeAll(QPointer<RecordFormWindow>());
    m_windows << window;
    window->show();
    emit recordWindowOpened(window);
    return window;
}

void TableBrowser::openCurrentRecordWindow()
{
    openRecordWindow(m_view->currentIndex().row());
}

void TableBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TableBrowser::applyFilter()
{
    m_filterTimer.stop();
    if (!m_model || m_model->textFilter() == m_filter->text())
        return;
    // select() would drop an edited row: save it first, or keep the old filter for now.
    if (!commitPendingRow())
        return;
    m_model->setTextFilter(m_filter->text());
    if (!m_model->select()) {
        emit statusMessage(m_model->lastError().text());
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, std::max(0, m_view->currentIndex().column())));
    if (m_filter->text().isEmpty()) {
        emit statusMessage(tr("Showing all rows"));
    } else if (m_model->rowCount() == 0) {
        emit statusMessage(tr("No rows contain “%1”").arg(m_filter->text()));
    } else {
        // The count comes from the server (COUNT(*)): rowCount() only knows the rows read so far.
        // English has no plural forms file, so both source forms are written out.
        const int matches = m_model->recordCount();
        emit statusMessage((matches == 1 ? tr("%n row contains “%1”", nullptr, matches)
                                         : tr("%n rows contain “%1”", nullptr, matches))
                               .arg(m_filter->text()));
    }
}

void TableBrowser::reload()
{
    if (!m_model)
        return;
    if (!commitPendingRow())
        return;
    if (selectKeepingPosition())
        emit statusMessage(tr("Reloaded"));
}

void TableBrowser::insertNewRow()
{
    if (!m_model || m_model->isReadOnly() || !commitPendingRow())
        return;
    if (!m_model->insertRow(0)) {
        emit statusMessage(m_model->lastError().text());
        return;
    }
    // The cursor goes to the first cell the user fills in (not an id the database assigns),
    // open for typing; the record is checked when the user leaves the row, not now.
    // The table's declaration knows what a query's columns do not: which values the database assigns.
    int column = 0;
    const QSqlRecord declared = TableSchema::declaredColumns(m_db, m_model->tableName());
    const QSqlIndex key = m_model->primaryKey();
    const auto assignedByDatabase = [&](int c) {
        const QSqlField field = declared.field(m_model->record().fieldName(c));
        return field.isAutoValue()
               || (key.contains(field.name()) && !field.defaultValue().toString().isEmpty());
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
    if (!DeleteConfirmation::ask(this, tr("Delete this record from “%1”?").arg(m_table)))
        return;
    closeOpenEditor(true);
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
            emit statusMessage(reason);
            break;
        }
        }
        return;
    }
    selectKeepingPosition();
    emit statusMessage(tr("Deleted"));
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
    emit statusMessage(tr("Edits dropped"));
}

void TableBrowser::copySelection()
{
    QModelIndexList indexes = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes()
                                                       : QModelIndexList();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes << m_view->currentIndex();
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end());
    // Tab-separated rows, the form spreadsheets paste.
    QString text;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            text += indexes.at(i).row() != indexes.at(i - 1).row() ? u'\n' : u'\t';
        text += indexes.at(i).data(Qt::DisplayRole).toString();
    }
    QApplication::clipboard()->setText(text);
}

bool TableBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_filter->text().isEmpty()) {
            // Claim Escape before any window shortcut does, then clear and show every row now.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                m_filter->clear();
                m_filterTimer.stop();
                applyFilter();
            }
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // An in-place editor lets Enter through to the view and commits later: that Enter ends
        // the edit and must not open a window as well.
        if (enter && !openEditor() && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            openCurrentRecordWindow();
            return true;
        }
        // The view's own Ctrl+End stops at the last row read so far (a page of 256).
        if (key->key() == Qt::Key_End && (key->modifiers() & Qt::ControlModifier) && !openEditor()) {
            goToLastRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableBrowser::goToLastRow()
{
    if (!readToEnd())
        return;
    const int column = std::max(0, m_view->currentIndex().column());
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, column));
    m_view->scrollToBottom();
    emit statusMessage(tr("Row %1 of %2").arg(QLocale().toString(m_model->rowCount()),
                                               QLocale().toString(m_model->rowCount())));
}

void TableBrowser::scrollToEnd()
{
    if (!m_model || !m_model->canFetchMore())
        return;
    // The current cell stays where the user left it: a scroll bar moves the view, not the cursor.
    if (!readToEnd())
        return;
    m_view->scrollToBottom();
    emit statusMessage(tr("End of the table: %Ln rows", nullptr, m_model->rowCount()));
}

bool TableBrowser::readToEnd()
{
    if (!m_model)
        return false;
    // Pages are read by key, 500 records a statement; the status bar counts them in, and the
    // event loop runs between pages, so a big table shows progress instead of freezing.
    const int total = m_model->recordCount();
    const QPointer<VersionedTableModel> model = m_model;
    int pages = 0;
    while (model && model->canFetchMore()) {
        model->fetchMore();
        if (++pages % 8 == 0) {
            emit statusMessage(tr("Reading rows: %1 of %2")
                                   .arg(QLocale().toString(model->rowCount()), QLocale().toString(total)));
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
    }
    return model && model == m_model && model->rowCount() > 0;
}

void TableBrowser::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_filter->setEnabled(false);
    updateActions();
}

void TableBrowser::showGrid()
{
    m_stack->setCurrentWidget(m_view);
    m_filter->setEnabled(true);
    updateActions();
}

void TableBrowser::updateActions()
{
    const bool grid = m_model && m_stack->currentWidget() == m_view;
    const bool current = grid && m_view->currentIndex().isValid();
    const bool editable = grid && !m_model->isReadOnly();
    m_openWindow->setEnabled(current && !m_model->primaryKey().isEmpty());
    m_newRow->setEnabled(editable);
    m_deleteRow->setEnabled(current && editable);
    m_saveRow->setEnabled(editable);
    m_revertRow->setEnabled(current && editable
                            && m_model->rowState(m_view->currentIndex().row())
                                != VersionedTableModel::RowState::Clean);
    m_reload->setEnabled(grid);
    m_focusFilter->setEnabled(grid);
    m_copy->setEnabled(current);
}

bool TableBrowser::selectKeepingPosition()
{
    const QModelIndex current = m_view->currentIndex();
    const int scroll = m_view->verticalScrollBar()->value();
    if (!m_model->select()) {
        emit statusMessage(m_model->lastError().text());
        return false;
    }
    // Fetch only as far as the user had scrolled: the rest stays lazy.
    const int needed = std::max(current.row(), scroll + m_view->height() / 16);
    while (m_model->rowCount() <= needed && m_model->canFetchMore())
        m_model->fetchMore();
    if (current.isValid() && current.row() < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(current.row(), current.column()));
    m_view->verticalScrollBar()->setValue(scroll);
    return true;
}

void TableBrowser::sortBy(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    if (!commitPendingRow()) {
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_model->setSort(column, order);
    selectKeepingPosition();
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
        break;
    }
    emit statusMessage(text);
}

void TableBrowser::reportFailedSave()
{
    if (!m_model || !m_model->isDirty())
        return;
    switch (m_model->lastFailure()) {
    case VersionedTableModel::FailureKind::ConstraintViolation:
    case VersionedTableModel::FailureKind::Database:
        emit statusMessage(tr("Not saved: %1 Fix the value or revert the record.")
                               .arg(m_model->lastError().text()));
        break;
    default:
        // Conflicts were reported when detected; None means nothing failed.
        break;
    }
}

void TableBrowser::refreshAfterFormSave(const QString &table)
{
    if (!m_model || table != m_table)
        return;
    if (!m_model->isDirty() && m_model->rowCount() <= fullRefreshRowLimit) {
        selectKeepingPosition();
        return;
    }
    // Re-read the visible rows one by one, skipping any the user is editing here.
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (!m_model->isDirty(m_model->index(row, 0)))
            m_model->selectRow(row);
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

} // namespace concord
