// LiveNoticeLabel: shows the model's reason while live notice is unavailable.
#include "livenoticelabel.h"

#include <concord/versionedtablemodel.h>

namespace concord {

LiveNoticeLabel::LiveNoticeLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("liveNoticeLabel"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    hide();
}

void LiveNoticeLabel::setModel(VersionedTableModel *model)
{
    disconnect(m_connection);
    m_model = model;
    if (m_model)
        m_connection = connect(m_model, &VersionedTableModel::liveNoticeChanged, this,
                               &LiveNoticeLabel::update);
    update();
}

void LiveNoticeLabel::update()
{
    const bool unavailable =
        m_model && m_model->liveNotice() == VersionedTableModel::LiveNotice::Unavailable;
    setText(unavailable ? tr("Changes by others are not shown live: %1").arg(m_model->liveNoticeReason())
                        : QString());
    // What the window shows may be older than the database, so the line stays until it is not.
    setToolTip(unavailable ? tr("What this window shows may be out of date. Reload to see the "
                                "records as they are now.")
                           : QString());
    setVisible(unavailable);
}

} // namespace concord
