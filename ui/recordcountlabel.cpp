// RecordCountLabel: locale-formatted counts with plural forms, from the model's signals.
#include "recordcountlabel.h"

#include <concord/versionedtablemodel.h>

#include <QLocale>

#include <algorithm>

namespace concord {

RecordCountLabel::RecordCountLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("recordCount"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(8, 0, 8, 0);
}

void RecordCountLabel::setModel(VersionedTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_total = 0;
    m_shown = 0;
    m_filter.clear();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &RecordCountLabel::refresh);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordCountLabel::refresh);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordCountLabel::refresh);
    }
    refresh();
}

void RecordCountLabel::refresh()
{
    if (!m_model || m_model->tableName().isEmpty()) {
        clear();
        return;
    }
    const int shown = m_model->recordCount();
    const QString filter = m_model->textFilter();
    if (filter.isEmpty())
        m_total = shown;
    else if (filter == m_filter)
        m_total = std::max(shown, m_total + shown - m_shown); // a row added or deleted here
    m_shown = shown;
    m_filter = filter;
    // English has no plural forms file: both source forms are written out (%Ln: 1,200).
    if (filter.isEmpty()) {
        setText(shown == 1 ? tr("%Ln record", nullptr, shown) : tr("%Ln records", nullptr, shown));
        setToolTip(QString());
    } else {
        const QString total = QLocale().toString(m_total);
        setText(shown == 1 ? tr("%Ln of %1 matches", nullptr, shown).arg(total)
                           : tr("%Ln of %1 match", nullptr, shown).arg(total));
        setToolTip(tr("Records containing “%1”, of all the records in the table").arg(filter));
    }
}

} // namespace concord
