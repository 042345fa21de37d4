// Helpers for the record form tests: answering modal boxes that exec() opens, and owning windows.
#pragma once

#include "recordformwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
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

} // namespace concord::test
