// LiveNoticeLabel: the short line that says a window cannot show others' changes as they happen.
#pragma once

#include <QLabel>
#include <QPointer>

namespace concord {

class VersionedTableModel;

// Follows a model's liveNotice(): hidden while changes made elsewhere reach the model (or it
// follows none, live updates off), shown with the model's reason while they cannot (the server
// connection lost, LISTEN refused by a pooler...). It only shows; it never reconnects anything.
class LiveNoticeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LiveNoticeLabel(QWidget *parent = nullptr);
    // The model to follow; nullptr hides the line.
    void setModel(VersionedTableModel *model);

private:
    void update();

    QPointer<VersionedTableModel> m_model;
    QMetaObject::Connection m_connection;
};

} // namespace concord
