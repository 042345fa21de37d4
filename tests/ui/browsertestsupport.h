// Helpers for the main window and table browser tests: answering modal dialogs, editing grid
// cells, and a small "people" table with who/when columns on either backend.
#pragma once

#include "recentconnections.h"
#include "recordformwindow.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <functional>

namespace concord::test {

// Watches for modal widgets (the code under test runs them with exec(), which blocks the test)
// and hands each new one to `answer` once, recording what they were.
class ModalWatcher : public QObject
{
public:
    explicit ModalWatcher(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalWatcher::poll);
        m_timer.start(20);
    }
    bool seen() const { return !m_classNames.isEmpty(); }
    int count() const { return int(m_classNames.size()); }
    QString className(int i = 0) const { return m_classNames.value(i); }
    QString text(int i = 0) const { return m_texts.value(i); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last)
            return;
        m_last = modal;
        m_classNames << QString::fromLatin1(modal->metaObject()->className());
        auto *box = qobject_cast<QMessageBox *>(modal);
        m_texts << (box ? box->text() + QLatin1Char('\n') + box->informativeText() : QString());
        m_answer(modal);
    }

    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_classNames;
    QStringList m_texts;
};

inline void clickChild(QWidget *modal, const char *name)
{
    auto *button = modal->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
}

// Opens the grid's in-place editor on `index`, as F2 would.
inline QLineEdit *openEditor(QTableView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    view->edit(index);
    const auto editors = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

// A table with who/when columns and three people: Alice (Paris), Bob (Berlin), Alicia (Rome).
// Returns an error text, or empty.
inline QString createPeople(TestDatabase &db)
{
    const QString error = db.createVersionedTable(
        QStringLiteral("people"),
        {QStringLiteral("name VARCHAR(100) NOT NULL"), QStringLiteral("city VARCHAR(100)"),
         QStringLiteral("modified_by VARCHAR(80)"), QStringLiteral("modified_at TIMESTAMP")});
    if (!error.isEmpty())
        return error;
    return db.execAll({QStringLiteral("INSERT INTO people (name, city) VALUES ('Alice', 'Paris')"),
                       QStringLiteral("INSERT INTO people (name, city) VALUES ('Bob', 'Berlin')"),
                       QStringLiteral("INSERT INTO people (name, city) VALUES ('Alicia', 'Rome')")});
}

// Adds `count` more people named P1, P2... (portable SQL for both backends).
inline QString addPeople(TestDatabase &db, int count)
{
    return db.exec(QStringLiteral("INSERT INTO people (name, city) "
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                  "WHERE i < %1) SELECT 'P' || i, 'Town' FROM n")
                       .arg(count));
}

// The model row holding `id`, among the rows fetched so far; -1 if none.
inline int rowOfId(VersionedTableModel *model, int id)
{
    const int column = model->fieldIndex(QStringLiteral("id"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, column)).toInt() == id)
            return row;
    }
    return -1;
}

// Saves `values` into the row with `id` through a model on a connection of its own, as
// another operator would.
inline bool saveAsOther(TestDatabase &db, int id, const QVariantMap &values,
                        const QString &operatorName = QStringLiteral("bob"))
{
    VersionedTableModel model(nullptr, db.open());
    model.setOperatorName(operatorName);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("people"));
    if (!model.select())
        return false;
    const int row = rowOfId(&model, id);
    if (row < 0)
        return false;
    for (auto it = values.begin(); it != values.end(); ++it)
        model.setData(model.index(row, model.fieldIndex(it.key())), it.value());
    return model.submitAll();
}

// Deletes the record windows a failed test may have left open.
// For initTestCase(): recent connections and window geometry go to a throwaway settings folder.
inline void useThrowawaySettings()
{
    QStandardPaths::setTestModeEnabled(true);
    RecentConnections::clear();
    qRegisterMetaType<RecordFormWindow *>();
}

inline void deleteRecordWindows()
{
    QList<QPointer<RecordFormWindow>> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *form = qobject_cast<RecordFormWindow *>(w))
            windows << form;
    }
    for (const QPointer<RecordFormWindow> &form : std::as_const(windows))
        delete form.data();
}

// A PostgreSQL role of the test's own with a random password, reached over TCP on 127.0.0.1,
// where a server that asks for passwords asks for them (pg_virtualenv's pg_hba.conf:
// scram-sha-256 for 127.0.0.1/32, peer on the socket). Declare it before the TestDatabase: the
// role is dropped after the database that holds its grants.
class PasswordRole
{
public:
    explicit PasswordRole(const char *prefix)
        : m_name(QStringLiteral("%1_%2").arg(QLatin1String(prefix)).arg(QCoreApplication::applicationPid())),
          m_password(QUuid::createUuid().toByteArray(QUuid::Id128))
    {
    }
    ~PasswordRole()
    {
        QSqlDatabase admin = DatabaseConnector::open(ConnectionSpec::postgres(QString()));
        if (!admin.isValid())
            return;
        const QString adminName = admin.connectionName();
        {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP ROLE IF EXISTS ") + m_name);
        }
        admin = QSqlDatabase();
        DatabaseConnector::close(adminName);
    }
    PasswordRole(const PasswordRole &) = delete;
    PasswordRole &operator=(const PasswordRole &) = delete;

    QString name() const { return m_name; }
    QByteArray password() const { return m_password; }
    // Creates the role with the right to edit `db`'s tables; the error text, or empty.
    QString create(TestDatabase &db) const
    {
        return db.execAll(
            {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_name, QString::fromLatin1(m_password)),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ") + m_name,
             QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ") + m_name});
    }
    // Where to connect as the role: `db`'s database over TCP, without the password.
    ConnectionSpec spec(const TestDatabase &db) const
    {
        const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
        return ConnectionSpec::postgres(QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3")
                                            .arg(port, db.spec().database(), m_name));
    }

private:
    QString m_name;
    QByteArray m_password;
};

} // namespace concord::test
