// Asks how to enable conflict detection on a table: who counts the version, and whether to add who/when columns.
#include "conflictdetectiondialog.h"

#include "icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace concord {

ConflictDetectionDialog::ConflictDetectionDialog(const QString &table, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDetectionDialog"));
    setWindowTitle(tr("Enable Conflict Detection"));
    setWindowIcon(Icons::get(QStringLiteral("conflict")));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Concord adds what “%1” is missing to notice every conflicting "
                                "save: an integer version column, and the way it is counted "
                                "up. Nothing else in the table changes, and running this again "
                                "changes nothing.")
                                 .arg(table),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The trigger is the default: it catches every writer. The client way stays a choice, for
    // databases where triggers cannot be added, and says plainly what it misses.
    m_trigger = new QRadioButton(tr("Counted up by a database &trigger on every update"), this);
    m_trigger->setObjectName(QStringLiteral("triggerStrategyButton"));
    m_trigger->setToolTip(tr("Changes made by any program are noticed, not only Concord's."));
    m_client = new QRadioButton(tr("Counted up by &Concord on each save"), this);
    m_client->setObjectName(QStringLiteral("clientStrategyButton"));
    m_client->setToolTip(tr("Works on any database. Programs that write to the table without "
                            "counting the version up are not noticed."));
    m_clientGap = new QLabel(tr("Misses programs that write to the table without counting the "
                                "version up: a save here can overwrite their changes unnoticed."),
                             this);
    m_clientGap->setObjectName(QStringLiteral("clientGapLabel"));
    m_clientGap->setTextFormat(Qt::PlainText);
    m_clientGap->setWordWrap(true);
    // Under its radio button, where the eye goes when choosing it.
    m_clientGap->setIndent(m_client->sizeHint().height());
    m_trigger->setChecked(true);
    layout->addWidget(m_trigger);
    layout->addWidget(m_client);
    layout->addWidget(m_clientGap);

    m_audit = new QCheckBox(tr("Also add &who/when columns (modified_by, modified_at)"), this);
    m_audit->setObjectName(QStringLiteral("auditCheck"));
    m_audit->setToolTip(tr("Each save records who saved and when, so a conflict can say who "
                           "changed the record."));
    layout->addWidget(m_audit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("enableButton"));
    ok->setText(tr("&Enable"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(420);
}

TablePreparer::Options ConflictDetectionDialog::options() const
{
    TablePreparer::Options options;
    options.strategy = m_trigger->isChecked() ? VersionStrategy::Trigger : VersionStrategy::Client;
    options.audit = m_audit->isChecked();
    return options;
}

bool ConflictDetectionDialog::ask(const QString &table, QWidget *parent,
                                  TablePreparer::Options *options)
{
    ConflictDetectionDialog dialog(table, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    return true;
}

} // namespace concord
