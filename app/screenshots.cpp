// The screenshots: real windows on a temporary demo database, driven through their public API,
// with fixed sizes and operator names so that runs differ only in the timestamps the model writes.
#include "screenshots.h"

#include "changebanner.h"
#include "conflictdialog.h"
#include "mainwindow.h"
#include "recordformwindow.h"
#include "tablebrowser.h"

#include <concord/databaseconnector.h>
#include <concord/demodatabase.h>
#include <concord/recordchange.h>
#include <concord/versionedtablemodel.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QSqlError>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace concord {

namespace {

const QSize mainSize(1100, 700);
const QSize formSize(620, 540);
const QSize dialogSize(1000, 360);
constexpr int gap = 20;
// Who saves what: "elena" works in the main grid, "ana" in the record windows.
const QString otherOperator = QStringLiteral("elena");
const QString myOperator = QStringLiteral("ana");

void settle()
{
    // Layouts, lazy fetches and queued commits all run from the event loop.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(const QImage &image, const QString &directory, const QString &name, QString *error)
{
    const QString path = QDir(directory).filePath(name);
    if (image.isNull() || !image.save(path, "PNG")) {
        *error = Screenshots::tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

// Runs `trigger`, which opens a ConflictDialog modally somewhere, grabs the dialog once it is
// laid out, and cancels it. A null image if no dialog came.
QImage grabConflictDialog(const std::function<void()> &trigger)
{
    QImage shot;
    int ticks = 0;
    QTimer poll;
    poll.setInterval(40);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog || !shot.isNull())
            return;
        // First sighting: give it its size; grab on a later tick, once the layout has run.
        if (ticks++ == 0) {
            dialog->resize(dialogSize);
            return;
        }
        shot = dialog->grab().toImage();
        dialog->reject();
    });
    poll.start();
    trigger();
    QElapsedTimer clock;
    clock.start();
    while (shot.isNull() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 40);
    poll.stop();
    return shot;
}

// Types into the field's editor, as a user would: the form saves only edited fields.
bool setField(RecordFormWindow *window, const QString &field, const QString &text)
{
    QWidget *editor = window->editorFor(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(text);
        return true;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->setPlainText(text);
        return true;
    }
    return false;
}

RecordFormWindow *openForm(MainWindow &main, int row, const QPoint &position)
{
    RecordFormWindow *window = main.browser()->openRecordWindow(row);
    if (!window)
        return nullptr;
    window->model()->setOperatorName(myOperator);
    window->resize(formSize);
    window->move(position);
    settle();
    return window;
}

// The grid row of the first customer no order refers to, or -1.
int firstCustomerWithoutOrders(const QSqlDatabase &db, VersionedTableModel *customers)
{
    QSet<qlonglong> ordering;
    {
        VersionedTableModel orders(nullptr, db);
        orders.setTable(QStringLiteral("orders"));
        if (!orders.select())
            return -1;
        while (orders.canFetchMore())
            orders.fetchMore();
        const int column = orders.fieldIndex(QStringLiteral("customer_id"));
        for (int row = 0; row < orders.rowCount(); ++row)
            ordering.insert(orders.data(orders.index(row, column)).toLongLong());
    }
    const int id = customers->fieldIndex(QStringLiteral("id"));
    for (int row = 0; row < customers->rowCount() || customers->canFetchMore(); ++row) {
        if (row >= customers->rowCount())
            customers->fetchMore();
        if (!ordering.contains(customers->data(customers->index(row, id)).toLongLong()))
            return row;
    }
    return -1;
}


// Clicks the destructive button of the message box named `name` once it runs modally.
void confirmDestructive(const QString &name)
{
    auto *poll = new QTimer;
    poll->setInterval(40);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                poll->stop();
                poll->deleteLater();
                button->click();
                return;
            }
        }
    });
    poll->start();
    // Gives up with the box: the timer goes when its work is done, or after ten seconds.
    QTimer::singleShot(10000, poll, &QObject::deleteLater);
}

// The orders grid: customer names in the foreign-key column, and an edited row's ✎.
bool renderOrdersGrid(MainWindow &main, const QString &directory, QString *error)
{
    if (!main.openTable(QStringLiteral("orders"))) {
        *error = Screenshots::tr("Cannot open the orders table of the demo database");
        return false;
    }
    settle();
    TableBrowser *browser = main.browser();
    VersionedTableModel *orders = browser->model();
    const QModelIndex status = orders->index(3, orders->fieldIndex(QStringLiteral("status")));
    browser->view()->setCurrentIndex(status);
    orders->setData(status, QStringLiteral("shipped"));
    main.statusBar()->showMessage(Screenshots::tr("Edited: press Ctrl+S to save, Esc to revert"));
    settle();
    const bool saved = save(main.grab().toImage(), directory, QStringLiteral("orders-grid.png"), error);
    orders->revertAll();
    return saved;
}

// A customer with orders, deleted in the grid: refused, and the status bar says who refers to it.
bool renderReferencedDelete(MainWindow &main, const QString &directory, QString *error)
{
    if (!main.openTable(QStringLiteral("customers"))) {
        *error = Screenshots::tr("Cannot open the customers table of the demo database");
        return false;
    }
    settle();
    TableBrowser *browser = main.browser();
    VersionedTableModel *customers = browser->model();
    const int free = firstCustomerWithoutOrders(main.database(), customers);
    const int row = free == 0 ? 1 : 0;
    browser->view()->setCurrentIndex(customers->index(row, customers->fieldIndex(QStringLiteral("name"))));
    confirmDestructive(QStringLiteral("deleteRecordBox"));
    browser->deleteRowAction()->trigger();
    settle();
    if (!main.statusBar()->currentMessage().contains(QLatin1String("orders"))) {
        *error = Screenshots::tr("The refused delete said: %1").arg(main.statusBar()->currentMessage());
        return false;
    }
    return save(main.grab().toImage(), directory, QStringLiteral("delete-referenced.png"), error);
}
} // namespace

bool Screenshots::render(const QString &directory, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }

    // A fresh demo database every time, so the data in the pictures never drifts.
    QTemporaryDir temp;
    if (!temp.isValid()) {
        *error = tr("Cannot create a temporary folder");
        return false;
    }
    const ConnectionSpec spec = ConnectionSpec::sqlite(temp.filePath(QStringLiteral("demo.sqlite")));
    {
        QSqlError openError;
        QSqlDatabase db = DatabaseConnector::open(spec, {}, &openError);
        if (!db.isValid()) {
            *error = openError.text();
            return false;
        }
        const QString name = db.connectionName();
        const bool installed = DemoDatabase::install(db, error);
        db = QSqlDatabase();
        DatabaseConnector::close(name);
        if (!installed)
            return false;
    }

    MainWindow main(MainWindow::Persistence::Transient);
    main.setOperatorName(otherOperator);
    if (!main.openConnection(spec, false) || !main.openTable(QStringLiteral("customers"))) {
        *error = tr("Cannot open the customers table of the demo database");
        return false;
    }
    main.resize(mainSize);
    main.splitter()->setSizes({170, mainSize.width() - 170});
    main.show();
    settle();
    QTableView *grid = main.browser()->view();
    grid->setCurrentIndex(grid->model()->index(2, 1));
    main.statusBar()->showMessage(
        tr("Double-click a row, or press Enter, to open it in a window of its own"));
    settle();
    if (!save(main.grab().toImage(), directory, QStringLiteral("main-window.png"), error))
        return false;

    // Two windows on the same customer (row 2), each on its own connection.
    const int row = 2;
    RecordFormWindow *left = openForm(main, row, QPoint(0, 0));
    RecordFormWindow *right = openForm(main, row, QPoint(formSize.width() + gap, 0));
    if (!left || !right) {
        *error = tr("Cannot open the record windows");
        return false;
    }
    setField(left, QStringLiteral("city"), QStringLiteral("Augsburg"));
    setField(left, QStringLiteral("phone"), QStringLiteral("+49 821 455 0192"));
    left->model()->setOperatorName(myOperator);
    const QDateTime savedAt(QDate(2026, 3, 14), QTime(10, 2));
    left->model()->setAuditTime(savedAt);
    settle();
    QImage both(formSize.width() * 2 + gap, formSize.height(), QImage::Format_ARGB32);
    both.fill(QApplication::palette().color(QPalette::Window).darker(115));
    {
        QPainter painter(&both);
        painter.drawImage(0, 0, left->grab().toImage());
        painter.drawImage(formSize.width() + gap, 0, right->grab().toImage());
    }
    if (!save(both, directory, QStringLiteral("two-forms.png"), error))
        return false;

    // The right window edits too, then the left one saves first: the right one's banner says so,
    // and its own save is a conflict.
    setField(right, QStringLiteral("city"), QStringLiteral("Nuremberg"));
    setField(right, QStringLiteral("email"), QStringLiteral("lena.hofmann@post.example"));
    if (!left->save()) {
        *error = tr("The first save failed: %1").arg(left->model()->lastError().text());
        return false;
    }
    // Set here as the model would set it from the left window's save, so that the picture does
    // not depend on how fast the change arrives.
    RecordChange change(QStringLiteral("customers"), {});
    change.setChangedBy(myOperator);
    change.setChangedAt(savedAt);
    change.setSource(left->model());
    right->changeBanner()->showChanged(change);
    settle();
    if (right->changeBanner()->isHidden()) {
        *error = tr("The change banner did not show");
        return false;
    }
    if (!save(right->grab().toImage(), directory, QStringLiteral("change-banner.png"), error))
        return false;
    const QImage changed = grabConflictDialog([right] { right->save(); });
    // delete, not close(): closing would ask about the edits still in the window.
    delete left;
    delete right;
    if (changed.isNull()) {
        *error = tr("The conflict dialog did not open");
        return false;
    }
    if (!save(changed, directory, QStringLiteral("conflict-changed.png"), error))
        return false;

    // Deleted by others: the grid deletes a customer while a window has it open. One without
    // orders, so that no foreign key stops the delete.
    TableBrowser *browser = main.browser();
    const int doomed = firstCustomerWithoutOrders(main.database(), browser->model());
    if (doomed < 0) {
        *error = tr("The demo database has no customer without orders");
        return false;
    }
    RecordFormWindow *form = openForm(main, doomed, QPoint(0, 0));
    if (!form) {
        *error = tr("Cannot open a customer in a window");
        return false;
    }
    if (!browser->model()->removeRow(doomed)) {
        *error = browser->model()->lastError().text();
        delete form;
        return false;
    }
    setField(form, QStringLiteral("phone"), QStringLiteral("+49 40 300 1122"));
    setField(form, QStringLiteral("notes"), QStringLiteral("Wants a quote for 40 units."));
    const QImage deleted = grabConflictDialog([form] { form->save(); });
    delete form;
    if (deleted.isNull()) {
        *error = tr("The conflict dialog did not open for the deleted record");
        return false;
    }
    if (!save(deleted, directory, QStringLiteral("conflict-deleted.png"), error))
        return false;
    return renderOrdersGrid(main, directory, error) && renderReferencedDelete(main, directory, error);
}

} // namespace concord
