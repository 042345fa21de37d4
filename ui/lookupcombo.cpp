// LookupCombo: the bounded, server-searched combo box of a foreign key, for forms and the grid.
#include "lookupcombo.h"

#include "numbertext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalBlocker>

#include <utility>

namespace concord {

namespace {
constexpr int nameRole = Qt::UserRole + 1;
constexpr int detailRole = Qt::UserRole + 2;
constexpr int searchDelayMs = 200;
} // namespace

LookupCombo::LookupCombo(const QSqlDatabase &db, const ForeignKey &key, bool nullable,
                         QWidget *parent)
    : QComboBox(parent), m_lookup(db, key), m_nullable(nullable)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(20);
    setEditable(true);
    // Typed text is a search, never a new row of the referenced table.
    setInsertPolicy(QComboBox::NoInsert);
    // The combo's own completer filters the items at once; the server's answer replaces them.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);

    if (nullable)
        addItem(QCoreApplication::translate("FieldEditorFactory", "(none)"), QVariant());
    fill(m_lookup.search(QString(), m_limit));

    m_delay.setSingleShot(true);
    m_delay.setInterval(searchDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &LookupCombo::searchTypedText);
    connect(lineEdit(), &QLineEdit::textEdited, &m_delay, qOverload<>(&QTimer::start));
    // Enter keeps a text that chooses no row, and says why; leaving the box puts the current
    // row's name back (nothing is chosen silently either way).
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] { m_returnPressed = true; });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const bool enter = std::exchange(m_returnPressed, false);
        if (enter)
            acceptTypedText();
        else
            commitTypedText();
    });
}

QVariant LookupCombo::key() const
{
    return currentIndex() < 0 ? QVariant() : currentData();
}

void LookupCombo::setKey(const QVariant &key)
{
    m_delay.stop();
    int row = rowOfKey(key);
    if (row < 0 && !key.isNull()) {
        ReferenceLookup::Entry entry = m_lookup.entryFor(key);
        // A key whose row is gone (or not readable) still shows, as "#key", not as a wrong name.
        if (entry.key.isNull()) {
            const QString text =
                QCoreApplication::translate("FieldEditorFactory", "#%1").arg(key.toString());
            entry = {key, text, text};
        }
        const QSignalBlocker blocker(this);
        const int current = currentIndex();
        addEntry(entry);
        relabel();
        setCurrentIndex(current);
        row = count() - 1;
    }
    setCurrentIndex(row);
    lineEdit()->setText(row < 0 ? QString() : itemText(row));
}

bool LookupCombo::commitTypedText()
{
    // The edit is decided: the names found for the typing are no choice any more.
    closeSearchPopup();
    m_refused.clear();
    m_wasRefused = false;
    m_matches = 0;
    const QString typed = lineEdit()->text();
    if (currentIndex() >= 0 && itemText(currentIndex()) == typed)
        return true;
    const QString text = typed.trimmed();
    int row = -1;
    if (text.isEmpty()) {
        row = m_nullable ? 0 : -1;
    } else {
        // A label as the list shows it ("Anna Weber — Lyon", "Maja Nilsson — Stockholm (#836)",
        // "(none)") names one row: labels of equal names are told apart (relabel).
        int labelled = 0;
        for (int i = 0; i < count(); ++i) {
            if (itemText(i).compare(text, Qt::CaseInsensitive) == 0) {
                row = i;
                ++labelled;
            }
        }
        if (labelled != 1) {
            row = -1;
            const QList<ReferenceLookup::Entry> found = m_lookup.search(text, m_limit);
            fill(found);
            // The best level that matches: the name itself, then names starting with the text,
            // then names containing it. More than one row there is a choice for the user.
            QList<QVariant> exact, prefix;
            for (const ReferenceLookup::Entry &entry : found) {
                // Rows named "Order #5 · …" are found by their key too: "5" is that one row.
                if (entry.name.compare(text, Qt::CaseInsensitive) == 0
                    || (m_lookup.composesNames() && entry.key.toString() == text))
                    exact.append(entry.key);
                if (entry.name.startsWith(text, Qt::CaseInsensitive))
                    prefix.append(entry.key);
            }
            QList<QVariant> best;
            if (!exact.isEmpty())
                best = exact;
            else if (!prefix.isEmpty())
                best = prefix;
            else
                for (const ReferenceLookup::Entry &entry : found)
                    best.append(entry.key);
            if (best.size() == 1)
                row = rowOfKey(best.first());
            else
                m_matches = int(best.size());
        }
    }
    if (row < 0) {
        m_refused = text;
        m_wasRefused = true;
        lineEdit()->setText(currentIndex() < 0 ? QString() : itemText(currentIndex()));
        return false;
    }
    setCurrentIndex(row);
    lineEdit()->setText(itemText(row));
    return true;
}

bool LookupCombo::acceptTypedText()
{
    const QString typed = lineEdit()->text();
    if (commitTypedText())
        return true;
    lineEdit()->setText(typed);
    // As a refused number says it: a beep, and a tooltip that outlives the key's release.
    NumberText::refuseWith(this, refusal());
    return false;
}

QString LookupCombo::label() const
{
    return m_label.isEmpty() ? m_lookup.foreignKey().column : m_label;
}

QString LookupCombo::refusal() const
{
    if (!m_wasRefused)
        return {};
    if (m_matches > 1)
        return tr("%1 entries in %2 match “%3”: choose one")
            .arg(QString::number(m_matches), label(), m_refused);
    return tr("Nothing in %1 matches “%2”").arg(label(), m_refused);
}

void LookupCombo::closeSearchPopup()
{
    m_delay.stop();
    // The completer's list is a window of its own: hiding or deleting the combo leaves it open.
    // Only an open list is closed: popup() would make one where there is none yet.
    QWidget *open = QApplication::activePopupWidget();
    if (!open || !completer() || open != completer()->popup())
        return;
    QWidget *top = window();
    const bool wasActive = top && top->isActiveWindow();
    open->hide();
    // A platform may have handed the list the window focus when it opened (offscreen does, a
    // moment later): this window, active before, stays the one that takes the keys.
    if (wasActive && top->isVisible())
        top->activateWindow();
}

void LookupCombo::hideEvent(QHideEvent *event)
{
    // A grid cell's editor is hidden when its edit ends (Ctrl+S, Enter, Esc) and deleted only
    // later: the list of names must not stay over the grid meanwhile, nor the search still run.
    closeSearchPopup();
    QComboBox::hideEvent(event);
}

void LookupCombo::setLimit(int rows)
{
    m_limit = qMax(1, rows);
}

void LookupCombo::searchTypedText()
{
    const QString text = lineEdit()->text().trimmed();
    const QList<ReferenceLookup::Entry> found = m_lookup.search(text, m_limit);
    fill(found);
    Q_EMIT searched(text, int(found.size()));
    if (isVisible() && !found.isEmpty() && lineEdit()->hasFocus()) {
        completer()->setCompletionPrefix(text);
        completer()->complete();
    }
}

void LookupCombo::fill(const QList<ReferenceLookup::Entry> &entries)
{
    const QString typed = lineEdit()->text();
    const int cursor = lineEdit()->cursorPosition();
    const bool hadCurrent = currentIndex() >= 0;
    const QVariant current = key();
    {
        // Loading the list is not a choice: nobody hears of an index change.
        const QSignalBlocker blocker(this);
        for (int i = count() - 1; i >= 0; --i) {
            if (i != currentIndex() && !(m_nullable && i == 0))
                removeItem(i);
        }
        for (const ReferenceLookup::Entry &entry : entries) {
            if (!hadCurrent || current.isNull() || entry.key.toString() != current.toString())
                addEntry(entry);
        }
        // QComboBox makes the first item current when a list starts empty.
        if (!hadCurrent)
            setCurrentIndex(-1);
        relabel();
    }
    lineEdit()->setText(typed);
    lineEdit()->setCursorPosition(cursor);
}

void LookupCombo::addEntry(const ReferenceLookup::Entry &entry)
{
    addItem(entry.name, entry.key);
    const int row = count() - 1;
    setItemData(row, entry.name, nameRole);
    setItemData(row, entry.detail, detailRole);
    setItemData(row,
                QCoreApplication::translate("FieldEditorFactory", "%1 #%2")
                    .arg(m_lookup.foreignKey().referencedTable, entry.key.toString()),
                Qt::ToolTipRole);
}

void LookupCombo::relabel()
{
    QHash<QString, int> uses;
    for (int i = 0; i < count(); ++i) {
        if (!itemData(i).isNull())
            ++uses[itemData(i, nameRole).toString()];
    }
    QStringList labels;
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).isNull()) {
            labels.append(QString());
            continue;
        }
        const QString name = itemData(i, nameRole).toString();
        const QString text = uses.value(name) > 1
            ? tr("%1 — %2").arg(name, itemData(i, detailRole).toString())
            : name;
        labels.append(text);
    }
    // Equal names of one city too ("Maja Nilsson — Stockholm" twice): the key tells them apart.
    QHash<QString, int> labelUses;
    for (const QString &text : std::as_const(labels))
        if (!text.isNull())
            ++labelUses[text];
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).isNull())
            continue;
        QString text = labels.at(i);
        if (labelUses.value(text) > 1)
            text = tr("%1 (#%2)").arg(text, itemData(i).toString());
        if (itemText(i) != text)
            setItemText(i, text);
    }
}

int LookupCombo::rowOfKey(const QVariant &key) const
{
    // Keys come back as int, qlonglong or text depending on the driver: compare as text.
    for (int i = 0; i < count(); ++i) {
        const QVariant data = itemData(i);
        if (data.isNull() == key.isNull() && (key.isNull() || data.toString() == key.toString()))
            return i;
    }
    return -1;
}

} // namespace concord
