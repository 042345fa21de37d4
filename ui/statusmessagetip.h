// StatusMessageTip: keeps a status bar's message readable whole when it does not fit the bar.
#pragma once

#include <QObject>
#include <QPointer>

class QStatusBar;

namespace concord {

// QStatusBar draws its message on one line and cuts what does not fit, without a mark ("…Fix
// th"). Attached to a bar, this marks the cut with "…", gives the whole message to the bar's
// tooltip, word-wrapped, and a click on the bar shows it in a box that stays until the next
// click or key. A message that fits leaves the bar's own tooltip alone. Lives as long as the
// bar (its parent).
class StatusMessageTip : public QObject
{
    Q_OBJECT
public:
    explicit StatusMessageTip(QStatusBar *bar);

    // True when the message now shown is wider than the room the bar gives it.
    bool isCut() const { return m_cut; }
    // The whole message the tooltip holds, or empty when the message fits (or there is none).
    QString fullText() const { return m_cut ? m_text : QString(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(const QString &text);
    void update();
    // Where the bar's message may run: from its left margin to its first permanent widget.
    int room() const;
    // "…" over the end of the room, on top of what the bar painted.
    void paintEllipsis();
    // A tooltip Qt wraps (it wraps rich text only, and plain text runs off the screen).
    QString wrapped() const;

    QPointer<QStatusBar> m_bar;
    // The bar as the object the filter sees: while the bar is being destroyed it is no longer a
    // QStatusBar, and comparing through m_bar would cast it to one (UBSan: a bad downcast).
    const QObject *m_watched = nullptr;
    QString m_text;
    QString m_ownTip; // the bar's tooltip from before a cut message took it
    bool m_cut = false;
    bool m_painting = false; // inside the bar's own paint, from eventFilter
};

} // namespace concord
