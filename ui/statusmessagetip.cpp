// StatusMessageTip: a cut status-bar message, whole in the bar's tooltip (see statusmessagetip.h).
#include "statusmessagetip.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStatusBar>
#include <QToolTip>
#include <QWhatsThis>

namespace concord {

namespace {
// QStatusBar::paintEvent draws the message 6 px in from each side.
constexpr int messageMargin = 6;
}

StatusMessageTip::StatusMessageTip(QStatusBar *bar) : QObject(bar), m_bar(bar), m_watched(bar)
{
    connect(bar, &QStatusBar::messageChanged, this, &StatusMessageTip::follow);
    bar->installEventFilter(this);
}

void StatusMessageTip::follow(const QString &text)
{
    m_text = text;
    update();
}

int StatusMessageTip::room() const
{
    int right = m_bar->width() - messageMargin;
    // While a message shows, the permanent widgets stay and are drawn over it; the others hide.
    const auto children = m_bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *child : children) {
        if (child->isVisible() && !child->isWindow() && child->width() > 0)
            right = qMin(right, child->x());
    }
    return right - messageMargin;
}

QString StatusMessageTip::wrapped() const
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(m_text.toHtmlEscaped());
}

void StatusMessageTip::update()
{
    if (!m_bar)
        return;
    const bool cut = !m_text.isEmpty()
        && m_bar->fontMetrics().horizontalAdvance(m_text.simplified()) > room();
    if (cut && !m_cut)
        m_ownTip = m_bar->toolTip();
    if (cut)
        m_bar->setToolTip(wrapped());
    else if (m_cut)
        m_bar->setToolTip(m_ownTip);
    m_cut = cut;
    m_bar->update(); // the mark comes or goes
}

void StatusMessageTip::paintEllipsis()
{
    QPainter painter(m_bar);
    const QString ellipsis(QChar(0x2026));
    const int width = painter.fontMetrics().horizontalAdvance(ellipsis) + messageMargin;
    const QRect mark(messageMargin + room() - width, 0, width, m_bar->height());
    painter.fillRect(mark, m_bar->palette().brush(QPalette::Window));
    painter.setPen(m_bar->palette().color(QPalette::WindowText));
    painter.drawText(mark, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, ellipsis);
}

bool StatusMessageTip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && !m_bar.isNull()) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::LayoutRequest:
            update();
            break;
        case QEvent::Paint:
            if (m_cut && !m_painting) {
                // The bar paints its message first; an ellipsis then marks where it was cut,
                // as a view marks an elided cell, so the user knows there is more to read.
                m_painting = true;
                static_cast<QObject *>(m_bar.data())->event(event);
                m_painting = false;
                paintEllipsis();
                return true;
            }
            break;
        case QEvent::MouseButtonRelease:
            // Read at once and for as long as needed: the box stays until the next click or key
            // (a tooltip goes when the mouse moves).
            if (m_cut) {
                const auto *mouse = static_cast<QMouseEvent *>(event);
                QToolTip::hideText();
                QWhatsThis::showText(mouse->globalPosition().toPoint(), wrapped(), m_bar);
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace concord
