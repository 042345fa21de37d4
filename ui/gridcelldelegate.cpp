// GridCellDelegate: writes the table browser's edited cells into the model, "empty" by the column's
// rule, and shows SQLite's text timestamps in the locale's format.
#include "gridcelldelegate.h"

#include "columnlimits.h"

#include <QDateTime>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

namespace concord {

GridCellDelegate::GridCellDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void GridCellDelegate::setColumns(const QSqlRecord &declared, const QSqlRecord &columns,
                                  bool textTimestamps)
{
    m_textTimestamps = textTimestamps;
    m_columns.clear();
    for (int i = 0; i < columns.count(); ++i) {
        const QString name = columns.fieldName(i);
        // The declaration knows NOT NULL and defaults; a query's record does not.
        const QSqlField field = declared.contains(name) ? declared.field(name) : columns.field(i);
        m_columns.append({name, field.metaType(), EmptyValueRule::forColumn(field)});
    }
}

void GridCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!m_textTimestamps || index.column() >= m_columns.size()
        || m_columns.at(index.column()).type.id() != QMetaType::QString)
        return;
    const QVariant value = index.data(Qt::DisplayRole);
    if (value.typeId() != QMetaType::QString)
        return;
    // Only the two forms SQLite's date functions write; anything else is text and stays as it is.
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    const QString text = value.toString();
    if (date.match(text).hasMatch()) {
        if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid())
            option->text = option->locale.toString(d, QLocale::ShortFormat);
    } else if (dateTime.match(text).hasMatch()) {
        QString iso = text;
        iso[10] = u'T';
        if (const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs); dt.isValid())
            option->text = option->locale.toString(dt, QLocale::ShortFormat);
    }
}

QWidget *GridCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    ColumnLimits::applyToCell(editor, index);
    return editor;
}

void GridCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    // Qt's default editor for text is a QLineEdit; numbers, dates and booleans have their own.
    const auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !edit->text().isEmpty() || index.column() >= m_columns.size()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Already empty: passing through the cell is no edit, and must not turn NULL into ''.
    if (EmptyValueRule::isEmpty(model->data(index, Qt::EditRole)))
        return;
    const Column &column = m_columns.at(index.column());
    if (column.rule.refusesEmpty()) {
        Q_EMIT const_cast<GridCellDelegate *>(this)->requiredValueMissing(column.name);
        return;
    }
    model->setData(index, column.rule.emptyValue(column.type), Qt::EditRole);
}

} // namespace concord
