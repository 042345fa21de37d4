// The PostgreSQL connection dialog. The fields are turned into a libpq conninfo string, so the
// core's ConnectionSpec parser is the only place that understands connection parameters.
#include "connectiondialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    setWindowIcon(Icons::get(QStringLiteral("connect")));

    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("localhost"));
    form->addRow(tr("&Host:"), m_host);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    // 0 stands for "not given": libpq then uses PGPORT or 5432.
    m_port->setSpecialValueText(tr("default"));
    m_port->setValue(0);
    form->addRow(tr("P&ort:"), m_port);

    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    form->addRow(tr("&Database:"), m_database);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&User:"), m_user);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked for when needed; never stored"));
    form->addRow(tr("&Password:"), m_password);

    m_connectionLine = new QLineEdit(this);
    m_connectionLine->setObjectName(QStringLiteral("connectionLine"));
    m_connectionLine->setClearButtonEnabled(true);
    m_connectionLine->setPlaceholderText(
        tr("postgresql://user@host:5432/database or host=… dbname=… user=…"));
    m_connectionLine->setToolTip(tr("When given, this line is used instead of the fields above."));
    form->addRow(tr("Or &connection string:"), m_connectionLine);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_connectionLine, &QLineEdit::textChanged, this, &ConnectionDialog::updateEnabled);
    setMinimumWidth(520);
}

void ConnectionDialog::setSpec(const ConnectionSpec &spec)
{
    m_connectionLine->clear();
    m_host->setText(spec.host());
    m_port->setValue(spec.port() > 0 ? spec.port() : 0);
    m_database->setText(spec.database());
    m_user->setText(spec.user());
    m_password->setText(spec.password());
    updateEnabled();
}

ConnectionSpec ConnectionDialog::spec() const
{
    const QString line = m_connectionLine->text().trimmed();
    if (!line.isEmpty()) {
        ConnectionSpec spec = ConnectionSpec::postgres(line);
        if (spec.password().isEmpty())
            spec.setPassword(m_password->text());
        return spec;
    }
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + conninfoValue(value);
    };
    add("host", m_host->text().trimmed());
    if (m_port->value() > 0)
        add("port", QString::number(m_port->value()));
    add("dbname", m_database->text().trimmed());
    add("user", m_user->text().trimmed());
    ConnectionSpec spec = ConnectionSpec::postgres(parts.join(QLatin1Char(' ')));
    spec.setPassword(m_password->text());
    return spec;
}

void ConnectionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool ConnectionDialog::ask(QWidget *parent, ConnectionSpec *spec, const QString &message)
{
    ConnectionDialog dialog(parent);
    if (spec && spec->backend() == ConnectionSpec::Backend::PostgreSQL)
        dialog.setSpec(*spec);
    dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (spec)
        *spec = dialog.spec();
    return true;
}

QString ConnectionDialog::conninfoValue(const QString &value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.begin(), value.end(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\');
    });
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void ConnectionDialog::updateEnabled()
{
    const bool fields = m_connectionLine->text().trimmed().isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user)})
        w->setEnabled(fields);
}

} // namespace concord
