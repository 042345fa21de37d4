// The password prompt: one masked field, the connection it is for, and why we ask.
#include "passworddialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord {

PasswordDialog::PasswordDialog(const QString &target, const QString &message, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password required"));
    setWindowIcon(Icons::get(QStringLiteral("connect")));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The server %1 asks for a password.").arg(target.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!message.isEmpty()) {
        auto *why = new QLabel(message, this);
        why->setObjectName(QStringLiteral("passwordMessage"));
        why->setWordWrap(true);
        why->setTextFormat(Qt::PlainText);
        layout->addWidget(why);
    }

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_password->setFocus();
    setMinimumWidth(360);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::ask(const QString &target, const QString &message, QWidget *parent,
                         QString *password)
{
    PasswordDialog dialog(target, message, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (password)
        *password = dialog.password();
    return true;
}

} // namespace concord
