// The table browser: a QTableView over a VersionedTableModel saving on row change. Here: its
// widgets and actions, opening a table, the record windows opened from the grid, its keys.
#include "tablebrowser.h"

#include "columnchooser.h"
#include "editorchoice.h"
#include "fieldeditorfactory.h"
#include "gridclipboard.h"
#include "gridcolumnwidths.h"
#include "gridcelldelegate.h"
#include "griddraftwriter.h"
#include "gridlookups.h"
#include "gridundo.h"
#include "icons.h"
#include "livenoticelabel.h"
#include "recordcountlabel.h"
#include "messagebar.h"
#include "recordformwindow.h"
#include "refreshedcells.h"
#include "rowstateheader.h"
#include "statusmessagetip.h"
#include "tablesettings.h"

#include <concord/databaseconnector.h>
#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSqlDriver>
#include <QSqlError>
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

    m_toolBar = new QToolBar(tr("Table"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_openWindow);
    m_toolBar->addAction(m_saveRow);
    m_toolBar->addAction(m_revertRow);
    m_toolBar->addAction(m_reload);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    // Beside the tool bar, not in it: a narrow window moves buttons into the tool bar's »
    // menu, never the filter.
    m_filter->setMinimumWidth(180);
    m_filter->setMaximumWidth(260);
    m_filter->setToolTip(tr("Show only rows where a text column contains this (%1)")
                             .arg(QKeySequence(QKeySequence::Find)
                                      .toString(QKeySequence::NativeText)));
    m_recordCount = new RecordCountLabel(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 4, 0);
    bar->setSpacing(0);
    bar->addWidget(m_toolBar, 1);
    bar->addWidget(m_recordCount);
    bar->addWidget(m_filter);
    layout->addLayout(bar);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setWordWrap(true);
    m_readOnly->setMargin(6);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);
    // Others' saves are shown as they happen; when they cannot be, this line says so.
    m_liveNotice = new LiveNoticeLabel(this);
    m_liveNotice->setMargin(6);
    layout->addWidget(m_liveNotice);

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
    m_columns = new ColumnChooser(m_view, this);
    m_view->addActions({m_deleteRow, m_revertRow});
    m_gridUndo = new GridUndo(m_view, this);
    m_gridDrafts = new GridDraftWriter(m_view, this);
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
    // Copy and Paste, as the grid shows and checks cells.
    m_clipboard = new GridClipboard(m_view, m_cells, m_gridUndo, this);
    m_copy = m_clipboard->copyAction();
    connect(m_clipboard, &GridClipboard::statusMessage, this, &TableBrowser::statusMessage);
    connect(m_cells, &GridCellDelegate::requiredValueMissing, this, [this](const QString &column) {
        // As the header names it ("Customer" for customer_id).
        const int section = m_model ? m_model->fieldIndex(column) : -1;
        const QString label = section < 0
            ? FieldEditorFactory::labelText(column)
            : m_model->headerData(section, Qt::Horizontal).toString();
        reportProblem(tr("Not saved: %1 is required; the cell keeps its value.").arg(label));
    });
    // The view submits the row inside closeEditor(); look at the outcome once that is over.
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] { QTimer::singleShot(0, this, &TableBrowser::reportFailedLeave); });
    m_stack->addWidget(m_view);

    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("browserMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

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
    // Asked once per connection: every model the grid and its windows make saves under it.
    m_connectionOperator = db.isValid() ? DatabaseConnector::operatorName(db) : QString();
    updateActions();
}

void TableBrowser::setOperatorName(const QString &name)
{
    m_operatorName = name;
    if (m_model && !operatorName().isEmpty())
        m_model->setOperatorName(operatorName());
}

QString TableBrowser::operatorName() const
{
    return m_operatorName.isEmpty() ? m_connectionOperator : m_operatorName;
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
    if (!operatorName().isEmpty())
        m_model->setOperatorName(operatorName());
    m_model->setEditStrategy(QSqlTableModel::OnRowChange);
    // The user sees the rows: a record saved elsewhere shows its new values at once (its changed
    // cells marked), rather than values nobody holds any more. A row with edits keeps them.
    m_model->setRefreshCleanRows(true);
    // The grid shows foreign keys as names: a click on that header sorts by them.
    m_model->setSortReferencesByName(true);
    connect(m_model, &VersionedTableModel::recordAboutToChangeElsewhere, this,
            &TableBrowser::handOverEditorOfRow);
    // Cells a change refreshes stay marked a few seconds: values must not change unseen. It
    // goes with the model; connected after the hand-over above, it sees the row as handed over.
    m_cells->setRefreshedCells(new RefreshedCells(m_model, m_model));
    // A filter typed for another table rarely fits this one.
    m_filter->clear();
    m_filterTimer.stop();
    m_filterWaits = false;
    m_model->setTable(table);
    // Rows in key order unless the user sorts otherwise: without an ORDER BY, PostgreSQL
    // returns an updated row last, and the grid (and its record windows) would shuffle.
    const QSqlIndex key = m_model->primaryKey();
    m_sortColumn = key.count() == 1 ? m_model->fieldIndex(key.fieldName(0)) : -1;
    m_sortOrder = Qt::AscendingOrder;
    // The sort the user left this table in, last time or a moment ago.
    const TableSettings remembered = settingsFor(table);
    const int rememberedSort = m_model->fieldIndex(remembered.sortColumn());
    if (!remembered.sortColumn().isEmpty() && rememberedSort >= 0
        && rememberedSort < m_model->columnCount()) {
        m_sortColumn = rememberedSort;
        m_sortOrder = remembered.sortOrder();
    }
    if (m_sortColumn >= 0)
        m_model->setSort(m_sortColumn, m_sortOrder);
    {
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    }

    connect(m_model, &VersionedTableModel::conflictDetected, this,
            &TableBrowser::onConflictDetected);
    connect(m_model, &VersionedTableModel::rowSaved, this, [this] {
        m_messageBar->clear(); // whatever kept the row from saving is over
        emit statusMessage(tr("Saved"));
    });

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

    // The header reads as the record form's labels ("Customer", "Credit limit"), and so do the
    // model's messages about a column; the tooltip keeps the column's own name.
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString name = m_model->record().fieldName(c);
        const bool foreignKey = m_cells->lookups()->kindOf(c) == EditorChoice::Kind::ForeignKey;
        m_model->setHeaderData(c, Qt::Horizontal, FieldEditorFactory::labelText(name, foreignKey));
        m_model->setHeaderData(c, Qt::Horizontal, name, Qt::ToolTipRole);
    }
    m_view->setModel(m_model);
    // Without a primary key nothing tells the rows apart, so nothing could be saved to one: the
    // rows are shown, and the line above the grid says why they cannot be edited.
    const bool readOnly = m_model->isReadOnly();
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : gridEditTriggers);
    m_readOnly->setText(readOnly ? tr("Read-only: %1").arg(m_model->readOnlyReason()) : QString());
    m_readOnly->setVisible(readOnly);
    m_liveNotice->setModel(m_model);
    m_recordCount->setModel(m_model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { QTimer::singleShot(0, this, &TableBrowser::reportFailedLeave); });
    // Once no row holds edits any more (saved, reverted, resolved), a filter that waited for
    // that is applied; queued, as the model is still inside its save or revert here. A revert
    // of an edited row signals only dataChanged, a save or resolution headerDataChanged too.
    const auto filterMayApply = [this] {
        if (m_filterWaits && m_model && !m_model->isDirty())
            QTimer::singleShot(0, this, &TableBrowser::applyWaitingFilter);
    };
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, filterMayApply);
    connect(m_model, &QAbstractItemModel::dataChanged, this, filterMayApply);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableBrowser::updateActions);
    m_gridUndo->setModel(m_model);
    m_gridDrafts->setModel(m_model, TableSchema::displayColumn(m_db, table));
    m_clipboard->setTable(m_db, table);
    // Revert Record (Esc) is there only while the current record has edits.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TableBrowser::updateActions);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TableBrowser::updateActions);
    GridColumnWidths::fit(m_view, declared, maxInitialColumnWidth);
    restoreColumns(remembered);
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
    m_gridDrafts->setModel(nullptr, {});
    saveColumns();
    m_clipboard->setTable(QSqlDatabase(), QString());
    if (m_model) {
        // The view notices the model's destruction and drops it with its selection model;
        // setModel(nullptr) would leave a new, unused selection model behind each time.
        delete m_model;
        m_model = nullptr;
    }
    m_table.clear();
    m_cells->setLookups(QSqlDatabase(), QString(), QSqlRecord(), QSqlRecord());
    m_readOnly->clear();
    m_liveNotice->setModel(nullptr);
    m_recordCount->setModel(nullptr);
    m_readOnly->hide();
    // A message about this table means nothing next to another one.
    m_messageBar->clear();
    showMessage(tr("Choose a table on the left."));
    emit conflictDetectionChanged();
}

RefreshedCells *TableBrowser::refreshedCells() const
{
    return m_cells->refreshedCells();
}

QLabel *TableBrowser::recordCountLabel() const
{
    return m_recordCount;
}

QMenu *TableBrowser::columnsMenu() const
{
    return m_columns->menu();
}

void TableBrowser::setSettingsConnection(const QString &connection)
{
    m_settingsConnection = connection;
}

TableSettings TableBrowser::settingsFor(const QString &table) const
{
    if (m_settingsConnection.isEmpty() || table.isEmpty())
        return {};
    return TableSettings(m_settingsConnection, TableSettings::qualifiedName(m_db, table));
}

void TableBrowser::restoreColumns(const TableSettings &settings)
{
    const QHash<QString, int> widths = settings.columnWidths();
    const QStringList hidden = settings.hiddenColumns();
    QHeaderView *header = m_view->horizontalHeader();
    int shown = m_model->columnCount();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString name = m_model->record().fieldName(c);
        if (widths.contains(name))
            header->resizeSection(c, widths.value(name));
        // Never every column: a grid without one could not show them back.
        if (hidden.contains(name) && shown > 1) {
            header->setSectionHidden(c, true);
            --shown;
        }
    }
}

void TableBrowser::saveColumns() const
{
    if (!m_model || m_view->model() != m_model || m_model->columnCount() == 0)
        return;
    const TableSettings settings = settingsFor(m_table);
    if (!settings.isEnabled())
        return;
    // A hidden column keeps the width it had before it was hidden.
    QHash<QString, int> widths = settings.columnWidths();
    QStringList hidden;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString name = m_model->record().fieldName(c);
        if (header->isSectionHidden(c))
            hidden << name;
        else
            widths.insert(name, header->sectionSize(c));
    }
    const QString sortName = m_sortColumn >= 0 ? m_model->record().fieldName(m_sortColumn) : QString();
    settings.saveGrid(sortName, m_sortOrder, widths, hidden);
}

QAction *TableBrowser::undoAction() const
{
    return m_gridUndo->undoAction();
}

QAction *TableBrowser::pasteAction() const
{
    return m_clipboard->pasteAction();
}

QAction *TableBrowser::redoAction() const
{
    return m_gridUndo->redoAction();
}

QString TableBrowser::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
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
        // The gap named where the user looks while working, not only in a tooltip; short, as
        // the status bar's messages share the line (the tooltip says the rest).
        return tr("Conflict detection: client counting (misses writes that skip the version)");
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
        return m_model->readOnlyReason(); // no primary key, or a view
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
        reportProblem(tr("This table has no primary key: its records cannot be opened in "
                         "a window."));
        return nullptr;
    }
    // The window reads the table in the grid's order: unsaved grid rows would shift it.
    if (!commitPendingRow()) {
        reportProblem(tr("Save or revert the edited row before opening a window."));
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
    // The size this table's windows had when one was last closed.
    const QSize size = settingsFor(table).windowSize();
    if (size.isValid())
        window->resize(size);
    if (!window->isValid()) {
        reportProblem(tr("The record could not be opened in a window: %1")
                          .arg(window->errorString()));
        delete window;
        return nullptr;
    }
    // The same operator as the grid: its saves are "your other window" to the grid and the
    // other windows, and carry the operator's name in who/when.
    if (!operatorName().isEmpty())
        window->model()->setOperatorName(operatorName());
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Its status bar cuts long messages as the main window's does: they are read whole there.
    new StatusMessageTip(window->statusBar());
    connect(window, &RecordFormWindow::recordSaved, this, &TableBrowser::refreshAfterFormSave);
    window->installEventFilter(this); // its size is remembered when it closes
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

void TableBrowser::copySelection()
{
    m_clipboard->copy();
}

bool TableBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close) {
        if (auto *window = qobject_cast<RecordFormWindow *>(watched))
            settingsFor(window->table()).saveWindowSize(window->size());
    }
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

void TableBrowser::reportProblem(const QString &text)
{
    // The status bar keeps its place as the line of what just happened; it cuts a long text
    // off and lets it go, so the bar under the grid holds it whole.
    emit statusMessage(text);
    m_messageBar->showMessage(text, MessageBar::Kind::Error);
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
    // Also without a table open: F5 reads the main window's list of tables again.
    m_reload->setEnabled(m_db.isValid());
    m_focusFilter->setEnabled(grid);
    m_clipboard->updateActions();
}

} // namespace concord
