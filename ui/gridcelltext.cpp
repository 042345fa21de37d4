// GridCellText: the painted text of a cell, and its locale-free form for files.
#include "gridcelltext.h"

#include "editorchoice.h"
#include "gridcelldelegate.h"
#include "gridlookups.h"

#include <QDateTime>
#include <QLocale>
#include <QModelIndex>
#include <QRegularExpression>

namespace concord {

GridCellText::GridCellText(GridCellDelegate *cells, const QList<ColumnBounds> &bounds)
    : m_cells(cells), m_bounds(bounds)
{
}

QString GridCellText::booleanText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString GridCellText::shown(const QModelIndex &index) const
{
    const QStyleOptionViewItem option = m_cells->cellOption(index);
    if (option.features & QStyleOptionViewItem::HasCheckIndicator) {
        // A check box has no text: the word a spreadsheet reads as a boolean.
        return option.checkState == Qt::PartiallyChecked
            ? QString() : booleanText(option.checkState == Qt::Checked);
    }
    return option.text;
}

QString GridCellText::portable(const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (value.isNull())
        return {};
    switch (m_cells->lookups()->kindOf(index.column())) {
    case EditorChoice::Kind::ForeignKey:
        return m_cells->lookups()->nameFor(index);
    case EditorChoice::Kind::Boolean:
        return booleanText(EditorChoice::isTrue(value));
    default:
        break;
    }
    const ColumnBounds bounds = m_bounds.value(index.column());
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(QStringLiteral("HH:mm:ss"));
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        // The column's scale when it holds the value exactly; otherwise every digit there is.
        if (bounds.scale >= 0 && QString::number(number, 'f', bounds.scale).toDouble() == number)
            return QString::number(number, 'f', bounds.scale);
        return QString::number(number, 'g', 17);
    }
    default:
        break;
    }
    QString text = value.toString();
    // PostgreSQL gives NUMERIC as text with its scale already; SQLite may keep a NUMERIC column's
    // integer (64) where the grid shows 64.00.
    static const QRegularExpression plainNumber(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (bounds.scale > 0 && plainNumber.match(text).hasMatch()) {
        const qsizetype point = text.indexOf(u'.');
        const qsizetype decimals = point < 0 ? 0 : text.size() - point - 1;
        if (decimals < bounds.scale)
            text += (point < 0 ? QStringLiteral(".") : QString()) + QString(bounds.scale - decimals, u'0');
    }
    return text;
}

} // namespace concord
