// QTableView::resizeColumnsToContents() measures only the rows in view: an id column sized on
// ids 1-20 shows "11…" for 1200 further down, and a timestamp column whose first rows are empty
// cuts every later timestamp. Such columns get room for a typical widest value of their type.
#include "gridcolumnwidths.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSqlField>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace concord::GridColumnWidths {

namespace {

// What the grid's delegate would show for the widest common value of the type, or nothing.
QString widestSample(QMetaType type, const QLocale &locale)
{
    // Seven digits: ids and quantities into the millions, shown with group separators.
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return locale.toString(8888888);
    case QMetaType::Double:
        return locale.toString(8888888.88, 'f', 2);
    case QMetaType::QDate:
        return locale.toString(QDate(2000, 12, 28), QLocale::ShortFormat);
    case QMetaType::QTime:
        return locale.toString(QTime(23, 58, 58), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(QDateTime(QDate(2000, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    default:
        return {};
    }
}

} // namespace

void fit(QTableView *view, const QSqlRecord &declared, int cap)
{
    view->resizeColumnsToContents();
    const auto *model = qobject_cast<const QSqlQueryModel *>(view->model());
    if (!model)
        return;
    const QSqlRecord columns = model->record();
    const QFontMetrics metrics(view->font());
    // The delegate's text margins on both sides, as QStyledItemDelegate draws them.
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1)
                        + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view);
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString sample = widestSample(declared.field(columns.fieldName(c)).metaType(), view->locale());
        int width = view->columnWidth(c);
        if (!sample.isEmpty())
            width = std::max(width, metrics.horizontalAdvance(sample) + margins);
        view->setColumnWidth(c, std::min(width, cap));
    }
}

} // namespace concord::GridColumnWidths
