// ChangedFieldMarks: marks a record form's fields that hold edits since the record was loaded or
// saved, and for a few seconds the fields that a change made elsewhere just refreshed.
#include "changedfieldmarks.h"

#include "recordformview.h"
#include "refreshedcells.h"

#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QDataWidgetMapper>
#include <QLabel>
#include <QSqlRecord>

namespace concord {

namespace {
const QString marker = QStringLiteral("\u2022 ");
}

ChangedFieldMarks::ChangedFieldMarks(VersionedTableModel *model, QDataWidgetMapper *mapper,
                                     RecordFormView *form, QObject *parent)
    : QObject(parent), m_model(model), m_mapper(mapper), m_form(form),
      m_refreshed(new RefreshedCells(model, this))
{
    // Queued: a save or a revert emits several signals while it is under way; the marks are
    // worked out once it is over.
    const auto later = [this] { QMetaObject::invokeMethod(this, &ChangedFieldMarks::refresh, Qt::QueuedConnection); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &VersionedTableModel::rowSaved, this, later);
    connect(mapper, &QDataWidgetMapper::currentIndexChanged, this, later);
    connect(m_refreshed, &RefreshedCells::marksChanged, this, later);
}

QString ChangedFieldMarks::changedText()
{
    return tr("Changed since loaded");
}

QStringList ChangedFieldMarks::markedFields() const
{
    QStringList fields;
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it) {
        if (it.value())
            fields << it.key();
    }
    return fields;
}

bool ChangedFieldMarks::isMarked(const QString &field) const
{
    return m_edited.value(field);
}

QStringList ChangedFieldMarks::changedElsewhereFields() const
{
    return m_elsewhere.keys();
}

QString ChangedFieldMarks::changedElsewhereText(const QString &field) const
{
    return m_elsewhere.value(field);
}

void ChangedFieldMarks::refresh()
{
    const int row = m_mapper->currentIndex();
    const bool onRow = row >= 0 && row < m_model->rowCount();
    const QSqlRecord original = onRow ? m_model->originalRecord(row) : QSqlRecord();
    const QSqlRecord columns = m_model->record();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QWidget *editor = m_mapper->mappedWidgetAt(column);
        if (!editor)
            continue;
        const QString name = columns.fieldName(column);
        bool edited = false;
        QString elsewhere;
        if (onRow) {
            const QModelIndex index = m_model->index(row, column);
            edited = m_model->isDirty(index)
                && (!original.contains(name)
                    || !ThreeWayMerge::sameValue(index.data(Qt::EditRole), original.value(name)));
            // A field the user typed into since is theirs again: the edit mark says so.
            if (!m_model->isDirty(index) && m_refreshed)
                elsewhere = m_refreshed->toolTip(row, column);
        }
        if (edited != m_edited.value(name) || elsewhere != m_elsewhere.value(name))
            mark(name, editor, m_form->labelFor(editor), edited, elsewhere);
    }
}

void ChangedFieldMarks::mark(const QString &field, QWidget *editor, QLabel *label, bool edited,
                             const QString &elsewhere)
{
    if (!edited && elsewhere.isEmpty()) {
        restore(field, editor, label);
        return;
    }
    if (!m_plain.contains(field)) {
        m_plain.insert(field, {label ? label->text() : QString(), label ? label->toolTip() : QString(),
                               editor->toolTip(), editor->accessibleDescription(),
                               editor->palette(), QColor()});
    }
    Plain &plain = m_plain[field];
    const QString note = edited ? changedText() : elsewhere;
    if (label) {
        QFont font = label->font();
        font.setBold(edited);
        label->setFont(font);
        label->setText(edited ? marker + plain.labelText : plain.labelText);
        label->setToolTip(plain.labelToolTip.isEmpty()
                              ? note
                              : tr("%1 — %2").arg(plain.labelToolTip, note));
    }
    editor->setToolTip(plain.editorToolTip.isEmpty()
                           ? note
                           : tr("%1 — %2").arg(plain.editorToolTip, note));
    editor->setAccessibleDescription(plain.editorDescription.isEmpty()
                                         ? note
                                         : tr("%1. %2").arg(plain.editorDescription, note));
    if (!elsewhere.isEmpty() && !plain.tint.isValid()) {
        // Base is what a line edit, spin box, date or text field fills with; Button is what a
        // list's closed combo box is drawn with. A read-only field's grey is tinted too.
        QPalette palette = plain.editorPalette;
        plain.tint = RefreshedCells::markColor(palette.color(QPalette::Base));
        palette.setColor(QPalette::Base, plain.tint);
        palette.setColor(QPalette::Button, RefreshedCells::markColor(palette.color(QPalette::Button)));
        editor->setPalette(palette);
    } else if (elsewhere.isEmpty() && plain.tint.isValid()) {
        // Unless an error mark took the editor meanwhile: its own clearing restores it.
        if (editor->palette().color(QPalette::Base) == plain.tint)
            editor->setPalette(plain.editorPalette);
        plain.tint = QColor();
    }
    m_edited.insert(field, edited);
    if (elsewhere.isEmpty())
        m_elsewhere.remove(field);
    else
        m_elsewhere.insert(field, elsewhere);
}

void ChangedFieldMarks::restore(const QString &field, QWidget *editor, QLabel *label)
{
    m_edited.remove(field);
    m_elsewhere.remove(field);
    if (!m_plain.contains(field))
        return;
    const Plain plain = m_plain.take(field);
    if (label) {
        label->setFont(QFont()); // nothing set: the form's font again
        label->setText(plain.labelText);
        label->setToolTip(plain.labelToolTip);
    }
    editor->setToolTip(plain.editorToolTip);
    editor->setAccessibleDescription(plain.editorDescription);
    if (plain.tint.isValid() && editor->palette().color(QPalette::Base) == plain.tint)
        editor->setPalette(plain.editorPalette);
}

RefreshedCells *ChangedFieldMarks::refreshedCells() const
{
    return m_refreshed;
}

} // namespace concord
