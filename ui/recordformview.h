// RecordFormView: the labelled editors of one record, the inline message under them, and field error marks.
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QScrollArea;
class QSqlRecord;

namespace concord {

class FieldEditorFactory;
class VersionedTableModel;

// The record form window's central widget. It lays out what FieldEditorFactory builds (labels
// with mnemonics, top-to-bottom tab order, a scroll area for wide tables) and shows problems:
// a message under the fields, and the field it concerns marked and focused. It never touches
// the database; the window owns the model, the mapper and the saving.
class RecordFormView : public QWidget
{
    Q_OBJECT
public:
    explicit RecordFormView(QWidget *parent = nullptr);

    // One labelled editor per visible column of `model` (so never the version column), mapped
    // to its column in `mapper`. `declared` is the table's own record (types, NOT NULL, lengths);
    // `readOnly` columns are shown but not editable; `reservedMnemonics` are taken by menus.
    void addFields(VersionedTableModel *model, const QSqlRecord &declared,
                   const QStringList &readOnly, FieldEditorFactory *factory,
                   QDataWidgetMapper *mapper, const QString &reservedMnemonics);

    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    QList<QWidget *> editors() const { return m_editors.values(); }
    // The label of an editor (its buddy), or nullptr.
    QLabel *labelFor(QWidget *editor) const { return m_labels.value(editor); }
    // "Credit limit" for credit_limit: how the form names a column to the operator.
    QString fieldLabel(const QString &field) const;
    // The column a database message speaks of, if it names one of the form's: "NOT NULL
    // constraint failed: t.name", 'null value in column "name"', "Key (name)=(x)", "t_name_key".
    QString fieldNamedIn(const QString &message) const;
    // The size that shows every field without scrolling.
    QSize fieldsSizeHint() const;

    void showMessage(const QString &text);
    // The same place, for news rather than a problem (restored edits, say).
    void showNotice(const QString &text);
    void clearMessage();
    // Marks the field's editor and label, scrolls to it and focuses it; editing it clears the mark.
    void markFieldError(const QString &field);
    void clearFieldError();
    void setFieldsEnabled(bool enabled);

private:
    static QString problemStyle();

    QScrollArea *m_scroll = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QWidget *, QLabel *> m_labels; // editor -> its label
    QWidget *m_errorEditor = nullptr;
};

} // namespace concord
