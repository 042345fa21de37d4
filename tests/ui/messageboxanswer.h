// Test support: answers a modal QMessageBox by object name from inside its own exec() loop.
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QTimer>

namespace concord::test {

// Answers the message box named `name` with `button` as soon as it runs modally. Message boxes
// block in exec(), so the answer has to come from a timer inside that nested event loop.
class MessageBoxAnswer : public QObject
{
public:
    MessageBoxAnswer(const QString &name, QMessageBox::StandardButton button)
        : m_name(name), m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswer::poll);
        m_timer.start(10);
        expected() << name;
    }
    ~MessageBoxAnswer() override { expected().removeOne(m_name); }
    static bool isExpected(const QString &name) { return expected().contains(name); }
    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    static QStringList &expected()
    {
        static QStringList names;
        return names;
    }
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_name || !box->button(m_button))
            return;
        m_timer.stop();
        m_answered = true;
        m_text = box->text();
        box->button(m_button)->click();
    }

    QString m_name;
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    bool m_answered = false;
    QString m_text;
};

} // namespace concord::test
