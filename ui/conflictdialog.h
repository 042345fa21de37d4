// The dialog that resolves one save conflict: Original | Yours | Theirs | Result per field, and the ways out.
#pragma once

#include <concord/conflictsnapshot.h>
#include <concord/versionedtablemodel.h>

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QSqlRecord>

class QCheckBox;
class QLabel;
class QPushButton;

namespace concord {

class MergeTableModel;
class MergeTableView;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Cancelled, SavedMerge, ReloadedTheirs, OverwroteMine, Recreated, Discarded };
    Q_ENUM(Outcome)

    ConflictDialog(VersionedTableModel *model, int row, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    Outcome outcome() const { return m_outcome; }

    // Runs the dialog modally for model->conflict(row), or, before any save, for the change
    // made elsewhere to a row with edits (model->changeElsewhere(row)); returns what the user did.
    static Outcome resolve(VersionedTableModel *model, int row, QWidget *parent = nullptr);
    // What the dialog shows for `row`: the save conflict if there is one, else the change made
    // elsewhere; invalid when neither is pending.
    static ConflictSnapshot pendingSnapshot(const VersionedTableModel *model, int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // Shows a conflict; with `refresh` (a third writer saved), the user's choices that still
    // apply stay. Returns the fields whose choice had to be dropped.
    QStringList showSnapshot(const ConflictSnapshot &snapshot, bool refresh);
    void refreshAfterThirdWriter();
    void updateState();
    void applyNoticePalette();
    QString headline() const;
    QString whoWhenText() const;
    QString summaryText() const;
    QStringList bookkeepingFields() const;
    QStringList myChangedFields() const;
    QStringList fieldsTheyWouldLose() const;

    void chooseForCurrent(bool mine);
    void saveMerged();
    void reloadTheirs();
    void overwriteWithMine();
    void copyMyChanges();
    void recreate();
    void discard();
    // After a resolution returned false: a third writer refreshes the dialog, anything else is
    // reported, and the dialog stays open either way.
    void handleFailure();
    void restoreMyEdits();
    void finish(Outcome outcome);
    bool confirm(QMessageBox::Icon icon, const QString &objectName, const QString &title,
                 const QString &text, const QString &acceptText);

    QPointer<VersionedTableModel> m_model;
    int m_row;
    ConflictSnapshot m_snapshot;
    QSqlRecord m_original;
    QSqlRecord m_mine;
    Outcome m_outcome = Outcome::Cancelled;
    MergeTableModel *m_merge = nullptr;

    QLabel *m_iconLabel = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_whoWhen = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_summary = nullptr;
    MergeTableView *m_table = nullptr;
    QPushButton *m_useMine = nullptr;
    QPushButton *m_useTheirs = nullptr;
    QPushButton *m_editResult = nullptr;
    QCheckBox *m_hideUnchanged = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_recreate = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace concord
