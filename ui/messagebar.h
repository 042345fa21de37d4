// MessageBar: the closable bar under the grid that holds a message whole, however long, until it
// is closed, the problem goes away (a save passes, the row is reverted) or another table opens.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace concord {

// Like KMessageWidget: an icon, the message word-wrapped (and selectable, to copy it), and a
// close button, in a frame tinted by the kind of message. The status bar cuts a long message
// off and lets it go after a few seconds; this keeps it readable.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    // Hides the bar and forgets its message.
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTint();

    Kind m_kind = Kind::Error;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    bool m_tinting = false;
};

} // namespace concord
