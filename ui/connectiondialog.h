// "Connect to PostgreSQL": host, port, database, user and password, or one URL/conninfo line.
#pragma once

#include <concord/connectionspec.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace concord {

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // Fills the fields from `spec` (a PostgreSQL one); the password only if it holds one.
    void setSpec(const ConnectionSpec &spec);
    // What the user asked for: the connection line if given, else the fields.
    ConnectionSpec spec() const;
    // Why the dialog is shown again (the last attempt's error); empty hides it.
    void setMessage(const QString &message);

    // Runs the dialog, prefilled from *spec* and showing `message`; on OK *spec* is what the
    // user asked for. False when the user cancelled.
    static bool ask(QWidget *parent, ConnectionSpec *spec, const QString &message = {});

    // libpq conninfo quoting: 'value' with \ and ' escaped when it is empty or has spaces
    // or quotes.
    static QString conninfoValue(const QString &value);

private:
    void updateEnabled();

    QLabel *m_message = nullptr;
    QLineEdit *m_connectionLine = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace concord
