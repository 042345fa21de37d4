// MainWindow, the drafts an earlier session left: offered after connecting, restored into record
// windows (one merged window per record, or one per draft where their edits clash), or discarded.
#include "mainwindow.h"

#include "fieldeditorfactory.h"
#include "recordformwindow.h"
#include "tablebrowser.h"

#include <concord/draftjournal.h>

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace concord {

namespace {

// What one record's drafts become: each entry is the drafts one window restores.
struct RecordRestore
{
    QString label;
    QList<QList<RecordDraft>> windows;
};

// The newest draft that knew the record's name.
QString recordNameOf(const QList<RecordDraft> &drafts)
{
    QString name;
    QDateTime when;
    for (const RecordDraft &draft : drafts) {
        if (!draft.recordName().isEmpty() && (name.isEmpty() || draft.writtenAt() >= when)) {
            name = draft.recordName();
            when = draft.writtenAt();
        }
    }
    return name;
}

QDateTime newestOf(const QList<RecordDraft> &drafts)
{
    QDateTime newest;
    for (const RecordDraft &draft : drafts)
        newest = qMax(newest, draft.writtenAt());
    return newest;
}

} // namespace

void MainWindow::offerDrafts()
{
    if (m_draftDirectory.isEmpty() || !m_db.isValid())
        return;
    DraftJournal journal(DraftJournal::databaseIdentity(m_db), m_draftDirectory);
    const QList<QList<RecordDraft>> byRecord = journal.draftsByRecord();
    if (byRecord.isEmpty())
        return;
    QList<RecordRestore> plan;
    QStringList lines;
    const QLocale locale;
    for (const QList<RecordDraft> &drafts : byRecord) {
        const RecordDraft &first = drafts.first();
        QStringList key;
        const QSqlRecord values = first.key();
        for (int i = 0; i < values.count(); ++i)
            key << values.value(i).toString();
        // As the record's window title names it: "Lena Hofmann — customers #5".
        RecordRestore restore;
        restore.label = tr("%1 #%2").arg(first.table(), key.join(QStringLiteral(", ")));
        if (const QString name = recordNameOf(drafts); !name.isEmpty())
            restore.label = tr("%1 — %2").arg(name, restore.label);
        const QString edited = locale.toString(newestOf(drafts), QLocale::ShortFormat);
        if (drafts.size() == 1) {
            restore.windows << drafts;
            lines << tr("• %1, edited %2").arg(restore.label, edited);
        } else if (RecordDraft::merged(drafts).isValid()) {
            // Different fields of one record: one window shows them all, as one save.
            restore.windows << drafts;
            lines << tr("• %1, edited %2: the changes of %n windows, merged into one", nullptr,
                        int(drafts.size()))
                         .arg(restore.label, edited);
        } else {
            // Nothing is chosen for the operator: each window's edits come back in a window.
            for (const RecordDraft &draft : drafts)
                restore.windows.append({draft});
            QStringList fields;
            for (const QString &field : RecordDraft::clashes(drafts))
                fields << FieldEditorFactory::labelText(field);
            lines << (fields.isEmpty()
                          ? tr("• %1, edited %2: %n windows changed it from different versions; "
                               "each opens in a window of its own", nullptr, int(drafts.size()))
                                .arg(restore.label, edited)
                          : tr("• %1, edited %2: %n windows changed %3 differently; each opens "
                               "in a window of its own", nullptr, int(drafts.size()))
                                .arg(restore.label, edited, fields.join(QStringLiteral(", "))));
        }
        plan << restore;
    }
    // A long list would push the buttons off the screen.
    constexpr int listed = 8;
    QString list = lines.mid(0, listed).join(QLatin1Char('\n'));
    if (lines.size() > listed)
        list += QLatin1Char('\n') + tr("and %n more", nullptr, int(lines.size() - listed));

    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes Found"),
                    plan.size() == 1
                        ? tr("Unsaved changes from an earlier session were found for one record.")
                        : tr("Unsaved changes from an earlier session were found for %n records.",
                             nullptr, int(plan.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("draftsFoundBox"));
    box.setInformativeText(
        tr("%1\n\nRestore opens each record with those changes, for you to save. If someone "
           "changed a record since, saving shows both versions first: nothing of theirs is "
           "overwritten. Discard deletes the changes; Later asks again next time.")
            .arg(list));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreDraftsButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDraftsButton"));
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterDraftsButton"));
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();

    if (box.clickedButton() == discard) {
        journal.clear();
        showStatus(tr("Unsaved changes from the earlier session discarded"));
        return;
    }
    if (box.clickedButton() != restore)
        return;
    QStringList failed;
    int restored = 0;
    for (const RecordRestore &record : std::as_const(plan)) {
        bool all = true;
        for (const QList<RecordDraft> &drafts : record.windows) {
            const RecordDraft &first = drafts.first();
            RecordFormWindow *window = m_browser->openRecordWindowByKey(first.table(), first.key());
            if (!window || !window->restoreDrafts(drafts))
                all = false;
        }
        if (all)
            ++restored;
        else
            failed << record.label;
    }
    if (!failed.isEmpty()) {
        // Kept on disk: "Discard" next time lets them go.
        QMessageBox::warning(this, tr("Unsaved Changes Not Restored"),
                             tr("These records could not be opened, so their unsaved changes "
                                "were kept for later: %1.").arg(failed.join(QStringLiteral(", "))));
    }
    if (restored > 0)
        showStatus(restored == 1 ? tr("Restored the unsaved changes of one record")
                                 : tr("Restored the unsaved changes of %n records", nullptr, restored));
}

} // namespace concord
