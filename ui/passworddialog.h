// Asks for a database password when the server wants one; the password is never stored.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace concord {

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `target` names the connection (ConnectionSpec::displayName()); `message` says why we ask
    // again after a wrong password, and may be empty.
    explicit PasswordDialog(const QString &target, const QString &message = {},
                            QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }

    // Runs the dialog; returns false when the user cancelled.
    static bool ask(const QString &target, const QString &message, QWidget *parent,
                    QString *password);

private:
    QLineEdit *m_password = nullptr;
};

} // namespace concord
