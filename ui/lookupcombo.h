// LookupCombo: an editable combo box for a foreign key that searches the referenced table as the user types.
#pragma once

#include <concord/referencelookup.h>

#include <QComboBox>
#include <QTimer>

namespace concord {

// It never holds more than limit() rows of the referenced table (plus "(none)" and the current
// row): it opens with the first rows by name, and typing asks the server for the names that
// contain the text, after a short pause (ReferenceLookup::search). Equal names show their
// second column ("Anna Weber — Lyon"). The key is the item data; the name is only what is shown.
// Leaving the field (or commitTypedText()) turns the typed text into the best match; text that
// matches nothing goes back to the current row's name.
class LookupCombo : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int defaultLimit = 50;

    LookupCombo(const QSqlDatabase &db, const ForeignKey &key, bool nullable,
                QWidget *parent = nullptr);

    // The chosen key, a null QVariant for "(none)".
    QVariant key() const;
    // Shows `key`'s row, reading its name by key when it is not among the items.
    void setKey(const QVariant &key);
    // Makes the typed text the value: the one row whose name is the text (case-insensitive), else
    // the one row whose name starts with it, else the one row whose name contains it. False when
    // nothing matches, or when more than one row does at the best of those levels ("Ana J" for
    // Ana Jesus and Ana Jones: no row is picked silently); the text then shows the current row
    // again, and refusal() says why. Either way the list of names found closes.
    bool commitTypedText();
    // As commitTypedText(), but a refused text stays, to be corrected, and a tooltip under the
    // box says why (refusal()). Enter in the box does this.
    bool acceptTypedText();
    // Why the last commitTypedText() chose no row: "Nothing in Customer matches “Nobody”" or
    // "2 entries in Customer match “Ana J”: choose one", with label(); empty after a choice.
    QString refusal() const;
    // The field's name as the user reads it, for refusal(); the key column's name by default.
    QString label() const;
    void setLabel(const QString &label) { m_label = label; }

    int limit() const { return m_limit; }
    void setLimit(int rows);
    // The pause after the last key before the server is asked (200 ms).
    void setSearchDelay(int ms) { m_delay.setInterval(ms); }
    const ReferenceLookup &lookup() const { return m_lookup; }

Q_SIGNALS:
    // A search for `text` came back with `found` rows (now the items).
    void searched(const QString &text, int found);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    // Closes the completer's list of names found, and stops a search still waiting to run.
    void closeSearchPopup();
    void searchTypedText();
    // Replaces the items by `entries`, keeping "(none)" and the current row, and what is typed.
    void fill(const QList<ReferenceLookup::Entry> &entries);
    void addEntry(const ReferenceLookup::Entry &entry);
    // Equal names get their second column; the others show the name alone.
    void relabel();
    int rowOfKey(const QVariant &key) const;

    ReferenceLookup m_lookup;
    bool m_nullable;
    QString m_label;
    QString m_refused; // the text the last commit could not choose a row for
    bool m_wasRefused = false;
    int m_matches = 0; // how many rows matched it (0: none)
    bool m_returnPressed = false;
    int m_limit = defaultLimit;
    QTimer m_delay;
};

} // namespace concord
