// Asks how to enable conflict detection on a table: who counts the version, and whether to add who/when columns.
#pragma once

#include <concord/tablepreparer.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace concord {

// Only asks: MainWindow runs TablePreparer::prepare() with the answer and shows its report.
class ConflictDetectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDetectionDialog(const QString &table, QWidget *parent = nullptr);

    // Client or Trigger (the default), and the audit columns, as chosen; the default version
    // column name.
    TablePreparer::Options options() const;

    QRadioButton *clientButton() const { return m_client; }
    QRadioButton *triggerButton() const { return m_trigger; }
    QCheckBox *auditCheck() const { return m_audit; }
    // Says under the client choice what it misses.
    QLabel *clientGapLabel() const { return m_clientGap; }

    // Runs the dialog; false when the user cancelled, else `options` holds the answer.
    static bool ask(const QString &table, QWidget *parent, TablePreparer::Options *options);

private:
    QRadioButton *m_client = nullptr;
    QRadioButton *m_trigger = nullptr;
    QLabel *m_clientGap = nullptr;
    QCheckBox *m_audit = nullptr;
};

} // namespace concord
