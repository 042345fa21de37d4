// ChangeBanner: the slim bar over a record form saying that someone else changed or deleted its record.
#include "changebanner.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace concord {

namespace {

// The letter after a single '&' in a button text, lower case; null if there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

ChangeBanner::ChangeBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("changeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The form below keeps the extra height; the banner stays one line tall.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::get(QStringLiteral("conflict")).pixmap(iconSize, iconSize));
    layout->addWidget(m_icon);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("changeBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);

    auto makeButton = [this, layout](const char *name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(tip);
        // Tab and the mnemonic still reach it; a click leaves the focus in the field being edited.
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoDefault(false);
        layout->addWidget(button);
        return button;
    };
    m_compare = makeButton("compareButton", tr("&Compare…"),
                           tr("Compare your edits with the record as saved elsewhere, and merge "
                              "them"));
    m_reload = makeButton("reloadButton", tr("Re&load"),
                          tr("Drop your edits and show the record as saved elsewhere"));
    m_recreate = makeButton("recreateButton", tr("Re-&create"),
                            tr("Save the record again, with the values in this form"));
    m_close = makeButton("closeButton", tr("C&lose"), tr("Close this window"));

    connect(m_compare, &QPushButton::clicked, this, &ChangeBanner::compareRequested);
    connect(m_reload, &QPushButton::clicked, this, &ChangeBanner::reloadRequested);
    connect(m_recreate, &QPushButton::clicked, this, &ChangeBanner::recreateRequested);
    connect(m_close, &QPushButton::clicked, this, &ChangeBanner::closeRequested);

    applyTint();
    showKind(Kind::Changed, RecordChange(), false);
    hide();
}

void ChangeBanner::showChanged(const RecordChange &change, bool ownWindow)
{
    showKind(Kind::Changed, change, ownWindow);
}

void ChangeBanner::showDeleted(const RecordChange &change, bool ownWindow)
{
    showKind(Kind::Deleted, change, ownWindow);
}

void ChangeBanner::showKind(Kind kind, const RecordChange &change, bool ownWindow)
{
    m_kind = kind;
    m_text->setText(describe(change, kind, ownWindow));
    const bool deleted = kind == Kind::Deleted;
    m_compare->setVisible(!deleted);
    m_reload->setVisible(!deleted);
    m_recreate->setVisible(deleted);
    m_close->setVisible(deleted);
    // show() never moves the focus: the operator keeps typing where they were.
    show();
}

QString ChangeBanner::text() const
{
    return m_text->text();
}

QString ChangeBanner::describe(const RecordChange &change, Kind kind, bool ownWindow)
{
    const QDateTime at = change.changedAt();
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    const QString who = change.changedBy();
    const bool deleted = kind == Kind::Deleted;
    if (ownWindow) {
        if (deleted)
            return when.isEmpty() ? tr("Deleted in your other window")
                                  : tr("Deleted in your other window at %1").arg(when);
        return when.isEmpty() ? tr("Changed in your other window")
                              : tr("Changed in your other window at %1").arg(when);
    }
    if (who.isEmpty()) {
        // Nobody is named for this change: a program that does not fill who/when wrote it, and
        // any time shown would be a guess.
        return deleted ? tr("Deleted by another program") : tr("Changed by another program");
    }
    if (deleted)
        return when.isEmpty() ? tr("Deleted by %1").arg(who)
                              : tr("Deleted by %1 at %2").arg(who, when);
    return when.isEmpty() ? tr("Changed by %1").arg(who) : tr("Changed by %1 at %2").arg(who, when);
}

QString ChangeBanner::mnemonics() const
{
    QString letters;
    for (const QPushButton *button : {m_compare, m_reload, m_recreate, m_close}) {
        const QChar letter = mnemonicOf(button->text());
        if (!letter.isNull() && !letters.contains(letter))
            letters += letter;
    }
    return letters;
}

void ChangeBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_tinting)
        applyTint();
}

void ChangeBanner::applyTint()
{
    // A tint of the window colour rather than a fixed one, so text keeps its contrast in dark
    // themes. Setting the palette sends a PaletteChange of its own, which must not tint again.
    m_tinting = true;
    QPalette p = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = p.color(QPalette::Window);
    const QColor tint(0xf0, 0xa0, 0x20);
    const auto mix = [](qreal from, qreal to) { return from + (to - from) * 0.3; };
    p.setColor(QPalette::Window, QColor::fromRgbF(mix(window.redF(), tint.redF()),
                                                  mix(window.greenF(), tint.greenF()),
                                                  mix(window.blueF(), tint.blueF())));
    setPalette(p);
    m_tinting = false;
}

} // namespace concord
