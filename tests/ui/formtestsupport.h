// Helpers for the record form tests: a table of every column kind, windows on it, and answers to
// the modal boxes that exec() opens.
#pragma once

#include "recordformwindow.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTest>
#include <QTimer>

#include <functional>

namespace concord::test {

// Answers the next modal widget with the given object name (a QMessageBox or the conflict
// dialog) once it is up: the code under test runs it with exec(), which blocks the test.
class ModalAnswer : public QObject
{
public:
    ModalAnswer(const QString &objectName, std::function<void(QWidget *)> answer)
        : m_objectName(objectName), m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswer::poll);
        m_timer.start(20);
    }
    bool answered() const { return m_answered; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != m_objectName)
            return;
        m_timer.stop();
        m_answered = true;
        m_answer(modal);
    }

    QString m_objectName;
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    bool m_answered = false;
};

inline std::function<void(QWidget *)> clickButton(QMessageBox::StandardButton button)
{
    return [button](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(button)->click();
    };
}

// Notes the texts of the box's buttons in `texts`, then clicks `button`.
inline std::function<void(QWidget *)> noteButtonsThenClick(QStringList *texts,
                                                           QMessageBox::StandardButton button)
{
    return [texts, button](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        const auto buttons = box->buttons();
        for (const QAbstractButton *b : buttons)
            *texts << b->text();
        box->button(button)->click();
    };
}

// Empty when every text has a mnemonic ("&Save") and no two share one; else what is wrong.
inline QString mnemonicProblem(const QStringList &texts)
{
    QSet<QChar> keys;
    for (const QString &text : texts) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            return QStringLiteral("no mnemonic: ") + text;
        keys.insert(text.at(amp + 1).toLower());
    }
    if (keys.size() != texts.size())
        return QStringLiteral("shared mnemonics: ") + texts.join(QStringLiteral(", "));
    return {};
}

inline std::function<void(QWidget *)> clickRole(QMessageBox::ButtonRole role)
{
    return [role](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                return button->click();
        }
        QFAIL("no button with that role");
    };
}

inline std::function<void(QWidget *)> clickNamed(const QString &buttonName)
{
    return [buttonName](QWidget *modal) {
        auto *button = modal->findChild<QPushButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QVERIFY(button->isEnabled());
        button->click();
    };
}

// Deletes a window the test still owns; a window that closed has deleted itself already.
struct WindowGuard
{
    QPointer<RecordFormWindow> window;
    ~WindowGuard() { delete window.data(); }
};

// Two categories and three items (Anvil, Bolt with NULLs, Crate), a column of each kind.
inline QString createItemsSchema(TestDatabase &db)
{
    QString error = db.createVersionedTable(QStringLiteral("categories"),
                                            {QStringLiteral("name VARCHAR(60) NOT NULL")});
    if (!error.isEmpty())
        return error;
    error = db.createVersionedTable(
        QStringLiteral("items"),
        {QStringLiteral("name VARCHAR(100) NOT NULL UNIQUE"), QStringLiteral("qty INTEGER"),
         QStringLiteral("price NUMERIC(10,2)"), QStringLiteral("due DATE"),
         QStringLiteral("active BOOLEAN NOT NULL DEFAULT FALSE"),
         QStringLiteral("category_id INTEGER REFERENCES categories(id)"),
         QStringLiteral("notes TEXT"), QStringLiteral("modified_by VARCHAR(80)"),
         QStringLiteral("modified_at TIMESTAMP")});
    if (!error.isEmpty())
        return error;
    return db.execAll({
        QStringLiteral("INSERT INTO categories (name) VALUES ('Hardware')"),
        QStringLiteral("INSERT INTO categories (name) VALUES ('Software')"),
        QStringLiteral("INSERT INTO items (name, qty, price, due, active, category_id, notes)"
                       " VALUES ('Anvil', 3, 19.90, '2024-05-31', TRUE, 1, 'Heavy')"),
        QStringLiteral("INSERT INTO items (name, active) VALUES ('Bolt', FALSE)"),
        QStringLiteral("INSERT INTO items (name, qty, price, due, active, category_id)"
                       " VALUES ('Crate', 12, 4.50, '2024-06-15', TRUE, 2)"),
    });
}

// The key of the items record `id`, as a browser passes it to a record window.
inline QSqlRecord itemKey(TestDatabase &db, int id)
{
    QSqlRecord key = db.db().primaryIndex(QStringLiteral("items"));
    key.setValue(QStringLiteral("id"), id);
    return key;
}

inline RecordFormWindow *openItemsWindow(TestDatabase &db, int id,
                                         Qt::SortOrder order = Qt::AscendingOrder,
                                         const QString &filter = {}, int rowHint = -1)
{
    // Sorted by name (column 1) as a browser would be: Anvil (1), Bolt (2), Crate (3). The key
    // is read before the clone: the clone goes straight into the window, which closes it, so no
    // copy of the handle outlives the window.
    const QSqlRecord key = itemKey(db, id);
    return new RecordFormWindow(DatabaseConnector::clone(db.db()), QStringLiteral("items"), key,
                                1, order, filter, rowHint);
}

} // namespace concord::test

// Opens the backend's database with the items schema, or fails the test.
#define OPEN_SCHEMA(db)                                                                    \
    CONCORD_OPEN_TEST_DB(db);                                                              \
    {                                                                                      \
        const QString schemaError = concord::test::createItemsSchema(db);                  \
        QVERIFY2(schemaError.isEmpty(), qPrintable(schemaError));                          \
    }

// A window on the items record `id`, owned by the test (deleted at the end of the scope).
#define OPEN_WINDOW(var, db, id)                                                           \
    concord::test::WindowGuard var##Guard{concord::test::openItemsWindow(db, id)};         \
    concord::RecordFormWindow *var = var##Guard.window;                                    \
    QVERIFY2(var->isValid(), qPrintable(var->errorString()))
