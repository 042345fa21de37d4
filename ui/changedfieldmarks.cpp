// ChangedFieldMarks: marks a record form's fields that hold edits since the record was loaded or saved.
#include "changedfieldmarks.h"

#include "recordformview.h"

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
    : QObject(parent), m_model(model), m_mapper(mapper), m_form(form)
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
}

QString ChangedFieldMarks::changedText()
{
    return tr("Changed since loaded");
}

QStringList ChangedFieldMarks::markedFields() const
{
    return m_marked.keys();
}

bool ChangedFieldMarks::isMarked(const QString &field) const
{
    return m_marked.contains(field);
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
        bool changed = false;
        if (onRow) {
            const QModelIndex index = m_model->index(row, column);
            changed = m_model->isDirty(index)
                && (!original.contains(name)
                    || !ThreeWayMerge::sameValue(index.data(Qt::EditRole), original.value(name)));
        }
        if (changed != m_marked.contains(name))
            mark(editor, m_form->labelFor(editor), changed);
    }
}

void ChangedFieldMarks::mark(QWidget *editor, QLabel *label, bool changed)
{
    const QString name = m_model->record().fieldName(m_mapper->mappedSection(editor));
    if (changed) {
        Plain plain{label ? label->text() : QString(), label ? label->toolTip() : QString(),
                    editor->toolTip(), editor->accessibleDescription()};
        if (label) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            label->setText(marker + plain.labelText);
            label->setToolTip(plain.labelToolTip.isEmpty()
                                  ? changedText()
                                  : tr("%1 — %2").arg(plain.labelToolTip, changedText()));
        }
        editor->setToolTip(plain.editorToolTip.isEmpty()
                               ? changedText()
                               : tr("%1 — %2").arg(plain.editorToolTip, changedText()));
        editor->setAccessibleDescription(plain.editorDescription.isEmpty()
                                             ? changedText()
                                             : tr("%1. %2").arg(plain.editorDescription, changedText()));
        m_marked.insert(name, plain);
        return;
    }
    const Plain plain = m_marked.take(name);
    if (label) {
        label->setFont(QFont()); // nothing set: the form's font again
        label->setText(plain.labelText);
        label->setToolTip(plain.labelToolTip);
    }
    editor->setToolTip(plain.editorToolTip);
    editor->setAccessibleDescription(plain.editorDescription);
}

} // namespace concord
