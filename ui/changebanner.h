// ChangeBanner: the slim bar over a record form saying that someone else changed or deleted its record.
#pragma once

#include <concord/recordchange.h>

#include <QFrame>

class QLabel;
class QPushButton;

namespace concord {

// Like KMessageWidget: an icon, one sentence and the ways out, in a tinted frame. It only shows
// and asks; the record window decides what each button does. Its buttons never take focus on a
// click, so a field being edited keeps the caret while the banner comes and goes.
class ChangeBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Changed, Deleted };
    Q_ENUM(Kind)

    explicit ChangeBanner(QWidget *parent = nullptr);

    // "Changed by ana at …" with Compare and Reload. `ownWindow`: the writer is this operator's
    // other window (another model of this process, saving under the same operator name), as
    // the model judged it (ConflictSnapshot::isFromOwnWindow()): "Changed in your other window".
    void showChanged(const RecordChange &change, bool ownWindow);
    // "Deleted by ana at …" with Re-create and Close.
    void showDeleted(const RecordChange &change, bool ownWindow);
    // As above, taking any model of this process for the operator's own.
    void showChanged(const RecordChange &change) { showChanged(change, change.source() != nullptr); }
    void showDeleted(const RecordChange &change) { showDeleted(change, change.source() != nullptr); }
    Kind kind() const { return m_kind; }
    QString text() const;

    // The sentence for `change` as `kind`: who (a name, "your other window" when another model of
    // this process wrote it, or "someone else") and when, in the locale's short format.
    static QString describe(const RecordChange &change, Kind kind, bool ownWindow);
    static QString describe(const RecordChange &change, Kind kind)
    {
        return describe(change, kind, change.source() != nullptr);
    }
    // The mnemonic letters of every button, lower case, for the form's labels to leave free.
    QString mnemonics() const;

    QPushButton *compareButton() const { return m_compare; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *recreateButton() const { return m_recreate; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void compareRequested();
    void reloadRequested();
    void recreateRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showKind(Kind kind, const RecordChange &change, bool ownWindow);
    void applyTint();

    Kind m_kind = Kind::Changed;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_recreate = nullptr;
    QPushButton *m_close = nullptr;
    bool m_tinting = false;
};

} // namespace concord
