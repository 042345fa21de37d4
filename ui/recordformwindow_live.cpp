// RecordFormWindow, its side towards other windows: the title with the display value and window
// number, edits passed to the model as they are typed, and the banner for changes made elsewhere.
#include "recordformwindow.h"

#include "changebanner.h"
#include "conflictdialog.h"
#include "editorvalue.h"
#include "fieldeditorfactory.h"
#include "formfielddelegate.h"
#include "lookupcombo.h"
#include "nullabledatetimeedit.h"
#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"
#include "numbertext.h"
#include "recordformundo.h"
#include "recordformview.h"

#include <concord/referencelookup.h>
#include <concord/versionedtablemodel.h>

#include <QAbstractItemDelegate>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QDataWidgetMapper>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QStatusBar>

#include <algorithm>

namespace concord {

namespace {
// Longer display values are cut in the title: it names the record, it does not show it.
constexpr int titleValueLength = 48;

bool isNullableEditor(const QWidget *editor)
{
    if (const auto *spin = qobject_cast<const NullableSpinBox *>(editor))
        return spin->isNullable();
    if (const auto *number = qobject_cast<const NullableDoubleSpinBox *>(editor))
        return number->isNullable();
    if (const auto *date = qobject_cast<const NullableDateTimeEdit *>(editor))
        return date->isNullable();
    return false;
}
} // namespace

QList<RecordFormWindow *> &RecordFormWindow::liveWindows()
{
    static QList<RecordFormWindow *> windows;
    return windows;
}

QString RecordFormWindow::recordIdentity() const
{
    if (m_key.isEmpty())
        return {};
    // Each window has a connection of its own: the database is named by where it is.
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList parts{db.driverName(), db.hostName(), QString::number(db.port()),
                      db.databaseName(), m_table.toLower()};
    for (int i = 0; i < m_key.count(); ++i)
        parts << m_key.value(i).toString();
    return parts.join(QChar(0x1f));
}

void RecordFormWindow::claimWindowNumber()
{
    m_identity = recordIdentity();
    m_windowNumber = 0;
    if (m_identity.isEmpty())
        return;
    // The lowest number no other window on this record holds: closed windows free theirs.
    QList<int> taken;
    for (const RecordFormWindow *other : std::as_const(liveWindows())) {
        if (other != this && other->m_windowNumber > 0 && other->m_identity == m_identity)
            taken << other->m_windowNumber;
    }
    int number = 1;
    while (taken.contains(number))
        ++number;
    m_windowNumber = number;
}

void RecordFormWindow::releaseWindowNumber()
{
    m_windowNumber = 0;
    m_identity.clear();
}

void RecordFormWindow::refreshDisplayValue(const RecordChange &change)
{
    if (m_recordNames && m_row >= 0) {
        if (change.isDeleted())
            return;
        const int keyColumn = m_model->fieldIndex(m_recordNames->foreignKey().referencedColumn);
        const QString name =
            m_recordNames->entryFor(m_model->index(m_row, keyColumn).data(Qt::EditRole)).name;
        if (!name.isEmpty())
            m_displayValue = name;
        return;
    }
    if (m_displayColumn.isEmpty() || m_row < 0) {
        m_displayValue.clear();
        return;
    }
    QVariant value;
    const QSqlRecord saved = change.values();
    const QModelIndex index = m_model->index(m_row, m_model->fieldIndex(m_displayColumn));
    if (!change.isDeleted() && saved.contains(m_displayColumn))
        value = saved.value(m_displayColumn); // what the other window saved
    else if (!m_model->isDirty(index))
        value = index.data(Qt::EditRole);
    else
        return; // an unsaved edit: the title keeps the saved name
    QString text = value.toString().simplified();
    if (text.size() > titleValueLength)
        text = text.left(titleValueLength - 1) + QChar(0x2026);
    m_displayValue = text;
}

void RecordFormWindow::updateTitle()
{
    QString label = recordLabel();
    // A composed name holds the key already ("Order #5 · …"): it stands alone.
    if (!m_displayValue.isEmpty())
        label = m_recordNames ? m_displayValue : tr("%1 — %2").arg(m_displayValue, label);
    if (m_windowNumber > 1)
        label = tr("%1:%2").arg(label).arg(m_windowNumber);
    // The title needs its [*] before setWindowModified() may show it.
    setWindowTitle(tr("%1[*] — Concord").arg(label));
}

void RecordFormWindow::passEditToModel(QWidget *editor)
{
    if (!m_valid || m_row < 0)
        return;
    const int column = m_mapper->mappedSection(editor);
    if (column < 0)
        return;
    m_lastEditor = editor;
    // Unsaved, as before, but in the model: a change saved elsewhere meanwhile then finds the
    // edit there and keeps it, instead of replacing the row under the operator's typing.
    const RecordFormUndo::UserEdit undoable(m_undo); // the user's typing: Ctrl+Z takes it back
    m_mapper->itemDelegate()->setModelData(editor, m_model, m_model->index(m_row, column));
    syncDraft(); // the draft is written a while after the last keystroke
}

bool RecordFormWindow::commitFocusedEditor()
{
    if (!m_valid || m_row < 0)
        return true;
    // This window's own focus child, also while another window is active.
    QWidget *focus = focusWidget();
    if (!focus)
        return true;
    QWidget *editor = nullptr;
    for (QWidget *candidate : m_form->editors()) {
        if (candidate == focus || candidate->isAncestorOf(focus)) {
            editor = candidate;
            break;
        }
    }
    if (!editor || FieldEditorFactory::isReadOnly(editor))
        return true;
    // Either way the value changes through the editor's own signals, so it reaches the model
    // (passEditToModel) like any other edit.
    if (auto *lookup = qobject_cast<LookupCombo *>(editor)) {
        const QString typed = lookup->currentText();
        const QString field = editor->objectName();
        lookup->setLabel(m_form->fieldLabel(field));
        if (lookup->commitTypedText())
            return true;
        // The lookup put the current name back; the operator's text stays, to be corrected.
        // Nothing matches it, or more than one row does: none is picked silently.
        lookup->lineEdit()->setText(typed);
        const QString text = lookup->refusal();
        m_form->showMessage(text);
        m_form->markFieldError(field);
        statusBar()->showMessage(tr("Not saved: %1").arg(text));
        return false;
    }
    // A number the column cannot hold, or text that is no number in the locale (a German
    // "12.5"): refused before saving, the typed text kept to be corrected (reading it would put
    // the old value back, and Save would say "Saved").
    QString refusal;
    if (auto *number = qobject_cast<NullableDoubleSpinBox *>(editor))
        refusal = number->refusal();
    else if (auto *whole = qobject_cast<NullableSpinBox *>(editor))
        refusal = whole->refusal();
    else if (auto *edit = qobject_cast<QLineEdit *>(editor);
             edit && EditorValue::kindOf(edit) == EditorChoice::Kind::BigInteger
             && !edit->text().trimmed().isEmpty() && !edit->hasAcceptableInput())
        refusal = NumberText::refusalText(edit->text(), edit->locale(), true);
    if (!refusal.isEmpty()) {
        m_form->showMessage(refusal);
        m_form->markFieldError(editor->objectName());
        statusBar()->showMessage(tr("Not saved: %1").arg(refusal));
        return false;
    }
    if (auto *date = qobject_cast<NullableDateTimeEdit *>(editor);
        date && date->refuseUnfinishedText()) {
        // A date-time typed only in part: read, it would be a half-typed value. The field has
        // its value from before the typing back; saving stops so the operator sees why.
        m_form->showMessage(date->refusalText());
        m_form->markFieldError(editor->objectName());
        statusBar()->showMessage(tr("Not saved: %1").arg(date->refusalText()));
        return false;
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
        // Qt puts the last value back into an emptied box, where the operator meant NULL.
        if (spin->text().trimmed().isEmpty() && isNullableEditor(editor))
            editor->setProperty("nullableValue", QVariant());
        else
            spin->interpretText();
    }
    return true;
}

bool RecordFormWindow::hasPendingText() const
{
    if (!m_valid || !m_form)
        return false;
    const QList<QWidget *> editors = m_form->editors();
    return std::any_of(editors.cbegin(), editors.cend(), &FormFieldDelegate::showsPendingText);
}

void RecordFormWindow::watchPendingText()
{
    // Text that is not a value yet changes no value, so no edit signal says the window changed.
    for (QWidget *editor : m_form->editors()) {
        if (!qobject_cast<LookupCombo *>(editor) && !qobject_cast<QAbstractSpinBox *>(editor))
            continue;
        if (auto *text = editor->findChild<QLineEdit *>())
            connect(text, &QLineEdit::textEdited, this, &RecordFormWindow::updateState);
    }
}

void RecordFormWindow::onRecordChangedElsewhere(int row, const RecordChange &change)
{
    if (!m_valid || row != m_row)
        return;
    m_change = change;
    const bool deleted = change.isDeleted() || m_model->isDeletedElsewhere(row);
    if (!deleted)
        refreshDisplayValue(change);
    if (!deleted && !m_model->isChangedElsewhere(row)) {
        // No edits here: the form already shows the new values. Say so without interrupting.
        statusBar()->showMessage(
            tr("%1; the form shows the new values")
                .arg(ChangeBanner::describe(change, ChangeBanner::Kind::Changed,
                                            isOwnWindow(change))),
            statusTimeoutMs);
    }
    updateState();
}

void RecordFormWindow::updateBanner()
{
    if (!m_valid || m_row < 0) {
        hideBanner();
        return;
    }
    // Who wrote it, as the model judged it for Compare too: the operator's other window only
    // when that is another model of this process under the same operator name.
    const ConflictSnapshot marked = m_model->changeElsewhere(m_row);
    const bool own = marked.isValid() ? marked.isFromOwnWindow() : isOwnWindow(m_change);
    if (m_model->isDeletedElsewhere(m_row))
        m_banner->showDeleted(m_change, own);
    else if (m_model->isChangedElsewhere(m_row))
        m_banner->showChanged(m_change, own);
    else
        hideBanner();
}

bool RecordFormWindow::isOwnWindow(const RecordChange &change) const
{
    // The model's rule (versionedtablemodel_live.cpp): a writer of this process that saved
    // under this model's operator name; "unknown" is what a model without one saves under.
    QString mine = m_model->operatorName();
    if (mine.isEmpty())
        mine = QStringLiteral("unknown");
    return change.source() != nullptr && change.changedBy() == mine;
}

void RecordFormWindow::hideBanner()
{
    if (m_banner->isHidden())
        return;
    // Its mnemonics move the focus onto it: once it goes, the field edited last gets it back.
    const bool hadFocus = m_banner->isAncestorOf(QApplication::focusWidget());
    m_banner->hide();
    if (!hadFocus)
        return;
    QWidget *target = m_lastEditor.data();
    if (!target || !target->isEnabled()) {
        const QList<QWidget *> editors = m_form->editors();
        target = editors.isEmpty() ? nullptr : editors.first();
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void RecordFormWindow::compareWithChange()
{
    if (!m_valid || m_row < 0 || !commitFocusedEditor())
        return;
    m_mapper->submit();
    resolveConflict(m_row);
}

void RecordFormWindow::reloadTheirs()
{
    if (!m_valid || m_row < 0)
        return;
    if (isDirty()) {
        QMessageBox box(QMessageBox::Question, tr("Reload"),
                        tr("Drop your changes to %1 and show it as saved elsewhere?")
                            .arg(recordLabel()),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("reloadTheirsBox"));
        box.setInformativeText(tr("Your changes cannot be recovered afterwards."));
        QPushButton *reloadButton = box.addButton(tr("Re&load"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != reloadButton)
            return;
    }
    const int row = m_row;
    m_form->clearFieldError();
    m_form->clearMessage();
    if (!m_model->reloadRow(row)) {
        // Nothing the model can resolve on this row: drop the edits and read the table again.
        m_model->revertAll();
        if (!m_model->select()) {
            m_form->showMessage(tr("Could not reload: %1").arg(m_model->lastError().text()));
            updateState();
            return;
        }
    }
    relocate(row);
    statusBar()->showMessage(tr("Reloaded their version; your changes were dropped"),
                             statusTimeoutMs);
}

void RecordFormWindow::recreateDeleted()
{
    if (!m_valid || m_row < 0 || !commitFocusedEditor())
        return;
    m_mapper->submit();
    m_form->clearFieldError();
    m_form->clearMessage();
    const int row = m_row;
    if (m_model->recreateRow(row)) {
        relocate(row);
        statusBar()->showMessage(tr("Saved the record again"), statusTimeoutMs);
        Q_EMIT recordSaved(m_table);
        return;
    }
    // A third writer, or a constraint that the old values no longer meet.
    if (m_model->hasConflict(row))
        resolveConflict(row);
    else
        showSaveError();
}

} // namespace concord
