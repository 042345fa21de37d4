// The dialog that resolves one save conflict: Original | Yours | Theirs | Result per field, and the ways out.
#include "conflictdialog.h"

#include "icons.h"
#include "fieldeditorfactory.h"
#include "mergeresultdelegate.h"
#include "mergetablemodel.h"
#include "mergetableview.h"

#include <concord/columnbounds.h>
#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSqlError>
#include <QSqlRecord>
#include <QStyle>
#include <QVBoxLayout>

namespace concord {

namespace {

MergeTableModel::Deletion deletionOf(const ConflictSnapshot &snapshot)
{
    if (snapshot.isDeletedByOthers())
        return MergeTableModel::Deletion::ByThem;
    if (snapshot.isValid() && snapshot.operation() == ConflictSnapshot::Operation::Delete)
        return MergeTableModel::Deletion::ByMe;
    return MergeTableModel::Deletion::None;
}

QString whenText(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime when = value.toDateTime();
    if (!when.isValid() && value.metaType().id() == QMetaType::QString)
        when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : value.toString();
}

// The fields in a sentence, by the labels the table shows them under.
QString fieldList(const MergeTableModel *merge, const QStringList &names)
{
    QStringList labels;
    for (const QString &name : names)
        labels << merge->fieldLabel(name);
    return QLocale().createSeparatedList(labels);
}

} // namespace

ConflictDialog::ConflictDialog(VersionedTableModel *model, int row, QWidget *parent)
    : QDialog(parent), m_model(model), m_row(row)
{
    buildUi();
    if (m_model) {
        m_merge->setBookkeepingFields(bookkeepingFields());
        // As the grid and the form show them: their labels (the windows set them as the
        // model's headers), and numbers with their column's decimals.
        QHash<QString, QString> labels;
        const QSqlRecord columns = m_model->record();
        for (int c = 0; c < columns.count(); ++c)
            labels.insert(columns.fieldName(c),
                          m_model->headerData(c, Qt::Horizontal).toString());
        m_merge->setFieldLabels(labels);
        m_merge->setColumnBounds(ColumnBounds::ofTable(m_model->database(), m_model->tableName()));
    }
    showSnapshot(pendingSnapshot(m_model, row), false);
    m_table->selectNextUnresolved();
    m_table->setFocus();
}

ConflictDialog::~ConflictDialog() = default;

ConflictSnapshot ConflictDialog::pendingSnapshot(const VersionedTableModel *model, int row)
{
    if (!model)
        return {};
    if (model->hasConflict(row))
        return model->conflict(row);
    // Seen live, before any save: the same three sides, resolved the same ways.
    if (model->isChangedElsewhere(row) || model->isDeletedElsewhere(row))
        return model->changeElsewhere(row);
    return {};
}

ConflictDialog::Outcome ConflictDialog::resolve(VersionedTableModel *model, int row, QWidget *parent)
{
    if (!pendingSnapshot(model, row).isValid())
        return Outcome::Cancelled;
    // A QPointer, because the parent window may be destroyed while the dialog runs.
    QPointer<ConflictDialog> dialog = new ConflictDialog(model, row, parent);
    dialog->exec();
    if (!dialog)
        return Outcome::Cancelled;
    const Outcome outcome = dialog->outcome();
    delete dialog;
    return outcome;
}

void ConflictDialog::buildUi()
{
    setObjectName(QStringLiteral("conflictDialog"));

    m_iconLabel = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_iconLabel->setPixmap(Icons::get(QStringLiteral("conflict")).pixmap(iconSize, iconSize));
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_whoWhen = new QLabel(this);
    m_whoWhen->setObjectName(QStringLiteral("whoWhenLabel"));
    m_whoWhen->setWordWrap(true);
    m_whoWhen->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setFont(bold);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(6);
    m_notice->hide();
    applyNoticePalette();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_merge = new MergeTableModel(this);
    m_merge->setPalette(palette());
    m_table = new MergeTableView(this);
    m_table->setMergeModel(m_merge);
    if (m_model) {
        // Edit result types as the record form does: by the field's declared type, in the
        // user's locale, NULL for an emptied optional text, and "required" kept.
        auto *results = new MergeResultDelegate(m_model->database(), m_model->tableName(),
                                                m_merge, m_table);
        m_table->setItemDelegateForColumn(MergeTableModel::ResultColumn, results);
        connect(results, &MergeResultDelegate::requiredValueMissing, this,
                [this](const QString &field) {
                    m_notice->setText(tr("%1 is required: it cannot be empty.")
                                          .arg(FieldEditorFactory::labelText(field)));
                    m_notice->show();
                });
    }

    m_useMine = new QPushButton(tr("Use &yours"), this);
    m_useMine->setObjectName(QStringLiteral("useMineButton"));
    m_useMine->setToolTip(tr("Save your value for the selected field"));
    m_useTheirs = new QPushButton(tr("Use &theirs"), this);
    m_useTheirs->setObjectName(QStringLiteral("useTheirsButton"));
    m_useTheirs->setToolTip(tr("Save their value for the selected field"));
    m_editResult = new QPushButton(tr("&Edit result"), this);
    m_editResult->setObjectName(QStringLiteral("editResultButton"));
    m_editResult->setToolTip(tr("Type the value to save for the selected field"));
    m_hideUnchanged = new QCheckBox(tr("&Hide unchanged fields"), this);
    m_hideUnchanged->setObjectName(QStringLiteral("hideUnchangedCheck"));
    m_hideUnchanged->setChecked(m_merge->hideUnchanged());
    m_copy = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Copy &my changes"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Put the fields you changed on the clipboard, one \"field: value\" per line"));
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save merged"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveMergedButton"));
    m_save->setIcon(Icons::get(QStringLiteral("merge")));
    m_reload = buttons->addButton(tr("&Reload theirs"), QDialogButtonBox::ResetRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setIcon(Icons::get(QStringLiteral("reload")));
    m_overwrite = buttons->addButton(tr("&Overwrite with mine"), QDialogButtonBox::DestructiveRole);
    m_overwrite->setObjectName(QStringLiteral("overwriteButton"));
    m_recreate = buttons->addButton(tr("&Re-create with my values"), QDialogButtonBox::AcceptRole);
    m_recreate->setObjectName(QStringLiteral("recreateButton"));
    m_recreate->setIcon(Icons::get(QStringLiteral("save")));
    m_discard = buttons->addButton(tr("&Discard my changes"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setIcon(Icons::get(QStringLiteral("delete")));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Close and keep editing: your changes stay in the form, unsaved"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_iconLabel);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_whoWhen);
    texts->addWidget(m_summary);
    top->addLayout(texts, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_useMine);
    actions->addWidget(m_useTheirs);
    actions->addWidget(m_editResult);
    actions->addStretch(1);
    actions->addWidget(m_hideUnchanged);
    actions->addWidget(m_copied);
    actions->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    setTabOrder(m_table, m_useMine);
    setTabOrder(m_useMine, m_useTheirs);
    setTabOrder(m_useTheirs, m_editResult);
    setTabOrder(m_editResult, m_hideUnchanged);
    setTabOrder(m_hideUnchanged, m_copy);
    setTabOrder(m_copy, m_save);
    setTabOrder(m_save, m_recreate);
    setTabOrder(m_recreate, m_discard);
    setTabOrder(m_discard, m_reload);
    setTabOrder(m_reload, m_overwrite);
    setTabOrder(m_overwrite, m_cancel);

    connect(m_useMine, &QPushButton::clicked, this, [this] { chooseForCurrent(true); });
    connect(m_useTheirs, &QPushButton::clicked, this, [this] { chooseForCurrent(false); });
    connect(m_editResult, &QPushButton::clicked, m_table, &MergeTableView::editCurrentResult);
    connect(m_hideUnchanged, &QCheckBox::toggled, this, [this](bool hide) {
        const QString field = m_table->currentField();
        m_merge->setHideUnchanged(hide);
        m_table->selectField(field);
        m_table->fitColumns();
    });
    connect(m_copy, &QPushButton::clicked, this, &ConflictDialog::copyMyChanges);
    connect(m_save, &QPushButton::clicked, this, &ConflictDialog::saveMerged);
    connect(m_reload, &QPushButton::clicked, this, &ConflictDialog::reloadTheirs);
    connect(m_overwrite, &QPushButton::clicked, this, &ConflictDialog::overwriteWithMine);
    connect(m_recreate, &QPushButton::clicked, this, &ConflictDialog::recreate);
    connect(m_discard, &QPushButton::clicked, this, &ConflictDialog::discard);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_merge, &MergeTableModel::choicesChanged, this, &ConflictDialog::updateState);
    connect(m_merge, &QAbstractItemModel::modelReset, this, &ConflictDialog::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictDialog::updateState);

    // A sensible first size that still fits a 1280x800 screen with room for the parent window.
    QSize size(900, 500);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.9);
    resize(size);
}

QStringList ConflictDialog::showSnapshot(const ConflictSnapshot &snapshot, bool refresh)
{
    using Deletion = MergeTableModel::Deletion;
    m_snapshot = snapshot;
    const Deletion deletion = deletionOf(snapshot);
    if (!refresh) {
        m_original = snapshot.original();
        m_mine = snapshot.mine();
        // "Mine" is what the model's row holds now: that is what an overwrite writes. It is also
        // the user's own edits even after a failed merge attempt, which the snapshot taken at
        // that failure would show instead (restoreMyEdits() puts the edits back in the row).
        if (m_model && deletion != Deletion::ByMe) {
            for (const QString &name : snapshot.fieldNames()) {
                const int column = m_model->fieldIndex(name);
                if (column >= 0 && column < m_model->columnCount())
                    m_mine.setValue(name, m_model->index(m_row, column).data(Qt::EditRole));
            }
        }
    }
    QStringList dropped;
    if (deletion == Deletion::ByThem) {
        // Against the user's edits kept above: re-creating the record saves those.
        m_merge->setMerge(ThreeWayMerge::mergeAgainstDeletion(m_original, m_mine,
                                                              {snapshot.versionColumn()}),
                          deletion);
    } else if (deletion == Deletion::ByMe) {
        m_merge->setMerge(snapshot.merge(), deletion);
    } else {
        // Merged against the user's edits kept above, not the refreshed snapshot's mine().
        const MergeResult merge = ThreeWayMerge::merge(m_original, m_mine, snapshot.theirs(),
                                                       {snapshot.versionColumn()});
        if (refresh && m_merge->deletion() == Deletion::None)
            dropped = m_merge->refreshMerge(merge);
        else
            m_merge->setMerge(merge);
    }

    setWindowTitle(snapshot.table().isEmpty() ? tr("Conflict")
                                              : tr("Conflict in %1").arg(snapshot.table()));
    m_headline->setText(headline());
    const QString whoWhen = whoWhenText();
    m_whoWhen->setText(whoWhen);
    m_whoWhen->setVisible(!whoWhen.isEmpty());

    const bool valid = snapshot.isValid();
    const bool merging = valid && deletion == Deletion::None;
    m_save->setVisible(merging);
    m_useMine->setVisible(merging);
    m_useTheirs->setVisible(merging);
    m_editResult->setVisible(merging);
    m_reload->setVisible(valid && deletion != Deletion::ByThem);
    m_overwrite->setVisible(valid && deletion != Deletion::ByThem);
    m_recreate->setVisible(valid && deletion == Deletion::ByThem);
    m_discard->setVisible(valid && deletion == Deletion::ByThem);
    if (deletion == Deletion::ByMe) {
        m_reload->setText(tr("&Keep their version"));
        m_reload->setToolTip(tr("Do not delete: show the record as someone else saved it"));
        m_overwrite->setText(tr("&Delete anyway"));
        m_overwrite->setIcon(Icons::get(QStringLiteral("delete")));
        m_overwrite->setToolTip(tr("Delete the record, with the changes someone else saved"));
    } else {
        m_reload->setText(tr("&Reload theirs"));
        m_reload->setToolTip(tr("Drop your changes and show the record as someone else saved it"));
        m_overwrite->setText(tr("&Overwrite with mine"));
        m_overwrite->setIcon(Icons::get(QStringLiteral("save")));
        m_overwrite->setToolTip(tr("Save your version as it is, replacing what someone else saved"));
    }
    // Only a merge has a result to decide on; after a deletion one side is simply gone.
    m_table->setColumnHidden(MergeTableModel::ResultColumn, !merging);
    m_table->fitColumns();
    updateState();
    return dropped;
}

QString ConflictDialog::headline() const
{
    if (!m_snapshot.isValid())
        return tr("There is no conflict to resolve on this record any more.");
    // Another window of this program is the operator's own: "someone else" would mislead.
    if (m_snapshot.isFromOwnWindow()) {
        if (m_snapshot.isDeletedByOthers())
            return tr("This record was deleted in your other window.");
        if (m_snapshot.operation() == ConflictSnapshot::Operation::Delete)
            return tr("You deleted this record here, but changed it in your other window.");
        return tr("This record was changed in your other window while you were editing it here.");
    }
    if (m_snapshot.isDeletedByOthers())
        return tr("This record was deleted by someone else.");
    if (m_snapshot.operation() == ConflictSnapshot::Operation::Delete)
        return tr("You deleted this record, but someone else changed it in the meantime.");
    return tr("This record was changed by someone else while you were editing it.");
}

QStringList ConflictDialog::bookkeepingFields() const
{
    QStringList names;
    const QString by = m_model->modifiedByColumn();
    const QString at = m_model->modifiedAtColumn();
    if (!by.isEmpty())
        names << by;
    if (!at.isEmpty())
        names << at;
    return names;
}

QString ConflictDialog::whoWhenText() const
{
    if (!m_model || !m_snapshot.isValid() || m_snapshot.isDeletedByOthers())
        return {};
    // Only where their save wrote the who/when columns: else they name an earlier writer.
    const QString by = m_model->changedBy(m_snapshot);
    const QVariant when = m_model->changedAt(m_snapshot);
    const QString at = when.isNull() ? QString() : whenText(when);
    if (!by.isEmpty() && !at.isEmpty())
        return tr("Changed by %1 at %2").arg(by, at);
    if (!by.isEmpty())
        return tr("Changed by %1").arg(by);
    if (!at.isEmpty())
        return tr("Changed at %1").arg(at);
    if (!m_model->modifiedByColumn().isEmpty() || !m_model->modifiedAtColumn().isEmpty())
        return tr("Changed by another program");
    return {};
}

QString ConflictDialog::summaryText() const
{
    if (!m_snapshot.isValid())
        return {};
    if (m_snapshot.isDeletedByOthers()) {
        const int n = int(myChangedFields().size());
        return n == 1 ? tr("You changed %n field. Re-create the record with your values, or "
                           "discard your changes.", nullptr, n)
                      : tr("You changed %n fields. Re-create the record with your values, or "
                           "discard your changes.", nullptr, n);
    }
    if (m_snapshot.operation() == ConflictSnapshot::Operation::Delete) {
        return tr("Keep their version, or delete the record anyway and lose what they saved.");
    }
    // Separate singular and plural sources: the English text reads right without a translation,
    // and each is still a %n message that translators give every plural form.
    QStringList parts;
    const int merged = m_merge->autoMergedCount();
    if (merged > 0) {
        parts << (merged == 1 ? tr("%n field merged automatically", nullptr, merged)
                              : tr("%n fields merged automatically", nullptr, merged));
    }
    const int conflicts = m_merge->conflictCount();
    const int open = m_merge->unresolvedCount();
    if (open > 0) {
        parts << (open == 1 ? tr("%n conflict needs your choice", nullptr, open)
                            : tr("%n conflicts need your choice", nullptr, open));
    } else if (conflicts > 0) {
        parts << tr("every conflict has a choice: you can save the merged record");
    } else {
        parts << tr("no conflicts: you can save the merged record");
    }
    // A sentence starts with a capital whichever part comes first (the parts are translated
    // in lower case, to be joined).
    QString summary = parts.join(tr(", ", "joins the parts of the summary"));
    if (!summary.isEmpty())
        summary[0] = summary.at(0).toUpper();
    return summary;
}

void ConflictDialog::updateState()
{
    m_summary->setText(summaryText());
    const bool canSave = m_snapshot.isValid()
                         && deletionOf(m_snapshot) == MergeTableModel::Deletion::None
                         && m_merge->unresolvedCount() == 0;
    m_save->setEnabled(canSave);
    m_save->setDefault(canSave);
    m_recreate->setDefault(m_snapshot.isDeletedByOthers());

    const int row = m_table->currentFieldRow();
    m_useMine->setEnabled(m_merge->canChoose(row));
    m_useTheirs->setEnabled(m_merge->canChoose(row));
    m_editResult->setEnabled(
        m_merge->flags(m_merge->index(row, MergeTableModel::ResultColumn)) & Qt::ItemIsEditable);
    m_copy->setEnabled(!myChangedFields().isEmpty());
}

void ConflictDialog::applyNoticePalette()
{
    // A tint of the dialog's own window colour, so the text colour keeps its contrast in dark themes.
    QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor tint(0xe8, 0x59, 0x0c);
    const auto mix = [](qreal from, qreal to) { return from + (to - from) * 0.25; };
    p.setColor(QPalette::Window, QColor::fromRgbF(mix(window.redF(), tint.redF()),
                                                  mix(window.greenF(), tint.greenF()),
                                                  mix(window.blueF(), tint.blueF())));
    m_notice->setPalette(p);
}

void ConflictDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_merge) {
        m_merge->setPalette(palette());
        applyNoticePalette();
    }
}

void ConflictDialog::chooseForCurrent(bool mine)
{
    const int row = m_table->currentFieldRow();
    if (!m_merge->choose(row, mine ? FieldMerge::Choice::Mine : FieldMerge::Choice::Theirs))
        return;
    // Keyboard flow: one press per conflict, then Enter saves.
    m_table->selectNextUnresolved();
    if (m_merge->unresolvedCount() == 0)
        m_save->setFocus();
}

QStringList ConflictDialog::myChangedFields() const
{
    QStringList names;
    if (deletionOf(m_snapshot) == MergeTableModel::Deletion::ByMe)
        return names;
    const QStringList bookkeeping = m_merge->bookkeepingFields();
    for (const QString &name : m_snapshot.fieldNames()) {
        if (!bookkeeping.contains(name, Qt::CaseInsensitive)
            && !ThreeWayMerge::sameValue(m_original.value(name), m_mine.value(name)))
            names << name;
    }
    return names;
}

QStringList ConflictDialog::fieldsTheyWouldLose() const
{
    // Overwriting saves my whole record: whatever they changed, and I did not take, is gone.
    QStringList names;
    const QStringList bookkeeping = m_merge->bookkeepingFields();
    for (const FieldMerge &field : m_merge->merge().fields()) {
        if (bookkeeping.contains(field.name(), Qt::CaseInsensitive))
            continue;
        // Compared with the user's edits: after my delete, "mine" is the record as loaded.
        if (!ThreeWayMerge::sameValue(field.original(), field.theirs())
            && !ThreeWayMerge::sameValue(m_mine.value(field.name()), field.theirs()))
            names << field.name();
    }
    return names;
}

void ConflictDialog::saveMerged()
{
    if (!m_model || !m_save->isEnabled())
        return;
    if (m_model->mergeRow(m_row, m_merge->merge().values())) {
        finish(Outcome::SavedMerge);
        return;
    }
    restoreMyEdits();
    handleFailure();
}

void ConflictDialog::reloadTheirs()
{
    if (!m_model)
        return;
    // Keeping their version after my delete loses nothing that cannot be done again.
    if (deletionOf(m_snapshot) == MergeTableModel::Deletion::None) {
        const QStringList mine = myChangedFields();
        const QString text = mine.isEmpty()
            ? tr("Show the record as someone else saved it?")
            : tr("Your changes to %1 will be lost, and the record will show what someone else "
                 "saved. Reload theirs?").arg(fieldList(m_merge, mine));
        if (!confirm(QMessageBox::Question, QStringLiteral("confirmReloadBox"),
                     tr("Reload theirs"), text, tr("&Reload theirs")))
            return;
    }
    if (m_model->reloadRow(m_row))
        finish(Outcome::ReloadedTheirs);
    else
        handleFailure();
}

void ConflictDialog::overwriteWithMine()
{
    if (!m_model)
        return;
    const QStringList lost = fieldsTheyWouldLose();
    QString title;
    QString text;
    QString action;
    if (deletionOf(m_snapshot) == MergeTableModel::Deletion::ByMe) {
        title = tr("Delete anyway");
        action = tr("&Delete");
        text = lost.isEmpty() ? tr("Delete the record that someone else saved meanwhile?")
                              : tr("Someone else's values for %1 will be lost with the record. "
                                   "Delete anyway?").arg(fieldList(m_merge, lost));
    } else {
        title = tr("Overwrite with mine");
        action = tr("&Overwrite");
        text = lost.isEmpty() ? tr("Your version will replace the one someone else saved. "
                                   "Overwrite?")
                              : tr("Someone else's values for %1 will be lost: your version "
                                   "replaces theirs. Overwrite?").arg(fieldList(m_merge, lost));
    }
    // Someone else's work is lost: a warning, not a mere question.
    if (!confirm(QMessageBox::Warning, QStringLiteral("confirmOverwriteBox"), title, text, action))
        return;
    if (m_model->overwriteRow(m_row))
        finish(Outcome::OverwroteMine);
    else
        handleFailure();
}

void ConflictDialog::copyMyChanges()
{
    QStringList lines;
    for (const QString &name : myChangedFields())
        lines << m_merge->fieldLabel(name) + QStringLiteral(": ") + m_mine.value(name).toString();
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    const int copied = int(lines.size());
    m_copied->setText(copied == 1 ? tr("%n field copied", nullptr, copied)
                                  : tr("%n fields copied", nullptr, copied));
}

void ConflictDialog::recreate()
{
    if (!m_model)
        return;
    if (m_model->recreateRow(m_row))
        finish(Outcome::Recreated);
    else
        handleFailure();
}

void ConflictDialog::discard()
{
    if (!m_model)
        return;
    if (m_model->discardRow(m_row))
        finish(Outcome::Discarded);
    else
        handleFailure();
}

void ConflictDialog::restoreMyEdits()
{
    // A failed mergeRow() leaves the attempted merge in the model's row, but the user's own
    // edits are what Cancel, a later overwrite and the next dialog must see. Under OnFieldChange
    // a setData() would save at once, so there the row stays as it is.
    if (!m_model || m_model->editStrategy() == QSqlTableModel::OnFieldChange)
        return;
    for (const QString &name : m_snapshot.fieldNames()) {
        const int column = m_model->fieldIndex(name);
        if (column < 0 || column >= m_model->columnCount())
            continue;
        const QModelIndex index = m_model->index(m_row, column);
        if (!ThreeWayMerge::sameValue(index.data(Qt::EditRole), m_mine.value(name)))
            m_model->setData(index, m_mine.value(name));
    }
}

void ConflictDialog::handleFailure()
{
    // A constraint error leaves the conflict in place too: only a new conflict means new theirs.
    const auto failure = m_model ? m_model->lastFailure() : VersionedTableModel::FailureKind::None;
    if (pendingSnapshot(m_model, m_row).isValid()
        && (failure == VersionedTableModel::FailureKind::ChangedByOthers
            || failure == VersionedTableModel::FailureKind::DeletedByOthers)) {
        refreshAfterThirdWriter();
        return;
    }
    QString text = m_model ? m_model->lastError().text() : QString();
    if (text.isEmpty())
        text = tr("The record could not be saved.");
    QMessageBox box(QMessageBox::Warning, tr("Could not save"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("saveErrorBox"));
    box.exec();
}

void ConflictDialog::refreshAfterThirdWriter()
{
    // Never overwrite what a third writer saved: show it, keep the choices that still apply,
    // and let the user decide again.
    const QString field = m_table->currentField();
    const QStringList dropped = showSnapshot(pendingSnapshot(m_model, m_row), true);
    if (m_snapshot.isDeletedByOthers()) {
        m_notice->setText(tr("Someone else deleted this record in the meantime."));
    } else {
        QString text = tr("Someone else saved again in the meantime; review their latest values.");
        if (!dropped.isEmpty())
            text += QLatin1Char(' ')
                    + tr("Your choice for %1 was cleared because their value changed.")
                          .arg(fieldList(m_merge, dropped));
        m_notice->setText(text);
    }
    m_notice->show();
    m_table->selectField(field);
    m_table->selectNextUnresolved();
    m_table->setFocus();
}

void ConflictDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    accept();
}

bool ConflictDialog::confirm(QMessageBox::Icon icon, const QString &objectName,
                             const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(icon, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(objectName);
    box.button(QMessageBox::Yes)->setText(acceptText);
    // Both answers lose something, so Enter must not pick the destructive one by accident.
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace concord
