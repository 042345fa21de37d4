// FieldEditorFactory: builds the editor widget for one table column of a record form, and watches it.
#pragma once

#include "editorchoice.h"
#include "editorvalue.h"
#include "emptyvaluerule.h"

#include <concord/columnbounds.h>
#include <concord/tableschema.h>

#include <QHash>
#include <QObject>
#include <QSqlField>
#include <QVariant>
#include <QVariantList>

class QWidget;

namespace concord {

// Editors are plain Qt widgets (QLineEdit, QSpinBox, QComboBox...), so tests and styles see what
// they expect. Which widget a column gets is EditorChoice's decision, turning it into a value and
// back is EditorValue's, and foreign keys are LookupCombo's; the factory puts them together and
// tells "the user changed this" apart from "the form loaded this": only edited fields are written
// back, so a NULL the user never touched stays NULL.
class FieldEditorFactory : public QObject
{
    Q_OBJECT
public:
    // The kinds, decided by EditorChoice: Text, LongText, Integer, BigInteger, Decimal, Date,
    // DateTime, Time, Boolean, ForeignKey (LookupCombo), Choice (ChoiceCombo, from a CHECK list).
    using Kind = EditorChoice::Kind;

    // `connectionName` is the window's own connection: referenced rows are read through it.
    FieldEditorFactory(const QString &connectionName, const QString &table,
                       QObject *parent = nullptr);

    // The editor kind for a column. `field` as the table declares it; `samples` are some of its
    // loaded values, which tell dates and numbers apart in SQLite's loosely typed TEXT columns.
    Kind kindOf(const QSqlField &field, const QVariantList &samples = {}) const;
    // A new editor for the column, watched for user edits (see edited()).
    QWidget *createEditor(const QSqlField &field, const QVariantList &samples, QWidget *parent);
    // The editor of a column's value for every kind but ForeignKey and Choice (those read the
    // database): bounded by `bounds` (ColumnLimits), prepared for EditorValue, not watched. The
    // grid opens the same editors as the form with it.
    static QWidget *createValueEditor(Kind kind, const QSqlField &field, const ColumnBounds &bounds,
                                      QWidget *parent);
    bool isForeignKey(const QString &column) const { return m_foreignKeys.contains(column); }
    // The values a CHECK constraint allows in `column`; empty when it has no such list.
    QVariantList allowedValues(const QString &column) const { return m_allowedValues.value(column); }

    // The editor's value, typed for its column; a null QVariant when the editor shows NULL.
    static QVariant value(const QWidget *editor) { return EditorValue::value(editor); }
    // Shows `value` in the editor; loading is not an edit, so this clears the edited flag.
    void setValue(QWidget *editor, const QVariant &value);
    static bool isEdited(const QWidget *editor) { return EditorValue::isEdited(editor); }
    // What an emptied text editor stores in its column: NULL, '' or nothing (EmptyValueRule).
    static EmptyValueRule emptyRule(const QWidget *editor) { return EditorValue::emptyRule(editor); }
    // True when `value` (the editor's, or the model's for its field) is empty and the editor's
    // column is NOT NULL without a default: saving it must be refused.
    static bool isEmptyButRequired(const QVariant &value, const QWidget *editor)
    {
        return EditorValue::isEmptyButRequired(value, editor);
    }
    // The model holds the editor's value now: it is no longer an edit of the editor alone.
    void clearEdited(QWidget *editor);
    static Kind kindOfEditor(const QWidget *editor) { return EditorValue::kindOf(editor); }
    static void setReadOnly(QWidget *editor, bool readOnly)
    {
        EditorValue::setReadOnly(editor, readOnly);
    }
    static bool isReadOnly(const QWidget *editor) { return EditorValue::isReadOnly(editor); }

    // "credit_limit" -> "Credit limit", "customer_id" (a foreign key) -> "Customer".
    static QString labelText(const QString &column, bool foreignKey = false);

Q_SIGNALS:
    // The user changed `editor` (typing, clicking, picking), never a load.
    void edited(QWidget *editor);
    // An editor's edited flag changed, either way: recompute the window's dirty state.
    void editStateChanged(QWidget *editor);

private:
    void watch(QWidget *editor);
    void markEdited(QWidget *editor);

    QString m_connectionName;
    QString m_table;
    QHash<QString, ForeignKey> m_foreignKeys;
    QHash<QString, ColumnBounds> m_bounds; // what each column's declared type holds
    QHash<QString, QVariantList> m_allowedValues;
};

} // namespace concord
