// MessageBar: a message under the grid, read whole and closed by the user (see messagebar.h).
#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace concord {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // As tall as its wrapped text needs at the width it is given (its layout answers
    // heightForWidth); the grid, which stretches, keeps the rest. Not Maximum: that caps the
    // bar at its sizeHint, worked out for one assumed width, and cut the last lines off
    // when the window was narrower.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    // Selectable, so that a message can be copied into a support request.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);

    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    // A click leaves the focus where the user was typing (the grid's cell).
    m_close->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);

    applyTint();
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(kind == Kind::Error ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation,
                                         nullptr, this)
                          .pixmap(size, size));
    applyTint();
    // show() never moves the focus: the user goes on in the grid.
    show();
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_tinting)
        applyTint();
}

void MessageBar::applyTint()
{
    // A tint of the window colour, as ChangeBanner's, so text keeps its contrast in dark themes.
    // Setting the palette sends a PaletteChange of its own, which must not tint again.
    m_tinting = true;
    QPalette p = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = p.color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error ? QColor(0xe0, 0x40, 0x30) : QColor(0x30, 0x80, 0xe0);
    const auto mix = [](qreal from, qreal to) { return from + (to - from) * 0.2; };
    p.setColor(QPalette::Window, QColor::fromRgbF(mix(window.redF(), tint.redF()),
                                                  mix(window.greenF(), tint.greenF()),
                                                  mix(window.blueF(), tint.blueF())));
    setPalette(p);
    m_tinting = false;
}

} // namespace concord
