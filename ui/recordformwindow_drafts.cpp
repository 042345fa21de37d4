// RecordFormWindow, its crash safety: unsaved edits journalled as a draft a while after the last
// keystroke, removed once the form is clean, and put back from a draft after a crash. Each
// window has a draft of its own (its source), so two windows on one record keep both.
#include "recordformwindow.h"

#include "recordformview.h"

#include <concord/draftjournal.h>
#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QDataWidgetMapper>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

namespace concord {

namespace {
int s_draftDelayMs = 2000;
}

void RecordFormWindow::setDraftDelay(int ms)
{
    s_draftDelayMs = qMax(0, ms);
}

int RecordFormWindow::draftDelay()
{
    return s_draftDelayMs;
}

void RecordFormWindow::setDraftDirectory(const QString &directory)
{
    dropDraft();
    m_journal.reset();
    if (directory.isEmpty())
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_journal = std::make_unique<DraftJournal>(DraftJournal::databaseIdentity(db), directory);
    if (m_draftSource.isEmpty())
        m_draftSource = QStringLiteral("form:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_draftTimer) {
        m_draftTimer = new QTimer(this);
        m_draftTimer->setSingleShot(true);
        connect(m_draftTimer, &QTimer::timeout, this, &RecordFormWindow::writeDraft);
    }
    syncDraft();
}

QString RecordFormWindow::draftFile() const
{
    return m_journal && !m_key.isEmpty() ? m_journal->fileFor(m_table, m_key, m_draftSource)
                                         : QString();
}

void RecordFormWindow::syncDraft()
{
    if (!m_journal || !m_model)
        return;
    if (m_valid && m_row >= 0 && m_model->isDirty()) {
        // Every edit starts the wait again: the draft follows the typing, not each key.
        m_draftTimer->start(s_draftDelayMs);
        return;
    }
    dropDraft();
}

void RecordFormWindow::writeDraft()
{
    if (!m_journal || !m_valid || m_row < 0 || !m_model->isDirty())
        return;
    const QSqlRecord original = m_model->originalRecord(m_row);
    const QSqlRecord current = m_model->record(m_row);
    QVariantMap originals;
    QVariantMap edits;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_model->isDirty(m_model->index(m_row, column)))
            continue;
        const QString field = current.fieldName(column);
        // A field typed back to what it held is no edit to keep.
        if (ThreeWayMerge::sameValue(current.value(column), original.value(field)))
            continue;
        originals.insert(field, original.value(field));
        edits.insert(field, current.value(column));
    }
    if (edits.isEmpty()) {
        dropDraft();
        return;
    }
    if (!m_draftTable.isEmpty() && (m_draftTable != m_table || m_draftKey != m_key))
        dropDraft(); // a draft of the record shown before
    RecordDraft draft;
    draft.setTable(m_table);
    draft.setKey(m_key);
    draft.setVersion(m_model->rowVersion(m_row));
    draft.setOriginals(originals);
    draft.setEdits(edits);
    draft.setSource(m_draftSource);
    draft.setRecordName(m_displayValue);
    if (!m_journal->write(draft)) {
        statusBar()->showMessage(tr("Your unsaved changes could not be kept safe: %1")
                                     .arg(m_journal->errorString()),
                                 statusTimeoutMs);
        return;
    }
    m_draftTable = m_table;
    m_draftKey = m_key;
    // The restored edits are in this window's own draft now: the files they came from can go.
    dropRestoredDrafts();
    Q_EMIT draftWritten();
}

void RecordFormWindow::dropDraft()
{
    if (m_draftTimer)
        m_draftTimer->stop();
    if (!m_journal)
        return;
    dropRestoredDrafts();
    if (m_draftTable.isEmpty())
        return;
    // Only this window's: another window on the same record keeps a draft of its own.
    m_journal->remove(m_draftTable, m_draftKey, m_draftSource);
    m_draftTable.clear();
    m_draftKey = QSqlRecord();
}

void RecordFormWindow::dropRestoredDrafts()
{
    // Never this window's own file, which may just have been written with their edits.
    const QString own = m_draftTable.isEmpty()
        ? QString() : m_journal->fileFor(m_draftTable, m_draftKey, m_draftSource);
    for (const RecordDraft &draft : std::as_const(m_restoredDrafts)) {
        if (m_journal->fileFor(draft.table(), draft.key(), draft.source()) != own)
            m_journal->remove(draft);
    }
    m_restoredDrafts.clear();
}

bool RecordFormWindow::restoreDraft(const RecordDraft &draft)
{
    return restoreDrafts({draft});
}

bool RecordFormWindow::restoreDrafts(const QList<RecordDraft> &drafts)
{
    const RecordDraft draft = RecordDraft::merged(drafts);
    if (!draft.isValid() || !m_valid || m_row < 0 || draft.table() != m_table || isDirty())
        return false;
    const QSqlRecord key = draft.key();
    if (key.count() != m_key.count())
        return false;
    for (int i = 0; i < m_key.count(); ++i) {
        if (key.value(m_key.fieldName(i)).toString() != m_key.value(i).toString())
            return false;
    }
    if (!m_model->restoreEdits(m_row, draft.version(), draft.originals(), draft.edits())) {
        m_form->showMessage(tr("The unsaved changes could not be put back: the table's "
                               "columns have changed since."));
        return false;
    }
    // The drafts on disk stay until this window's own holds their edits (written at once
    // below), or the edits are saved or dropped.
    if (m_journal)
        m_restoredDrafts = drafts;
    m_mapper->setCurrentIndex(m_row);
    m_form->showNotice(tr("Unsaved changes from an earlier session are back. Save to keep "
                          "them; if someone changed the record since, you will see both "
                          "versions first."));
    statusBar()->showMessage(tr("Restored unsaved changes"), statusTimeoutMs);
    updateState();
    writeDraft();
    return true;
}

} // namespace concord
