// FieldEditorFactory: picks, builds and reads the editor widget for one table column of a record form.
#pragma once

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
// they expect. The factory remembers on each editor what it needs to turn the widget's state back
// into a database value, and tells "the user changed this" apart from "the form loaded this":
// only edited fields are written back, so a NULL the user never touched stays NULL.
class FieldEditorFactory : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Text,       // QLineEdit
        LongText,   // QPlainTextEdit
        Integer,    // QSpinBox (NullableSpinBox)
        BigInteger, // QLineEdit that accepts 64-bit integers only
        Decimal,    // QDoubleSpinBox (NullableDoubleSpinBox)
        Date,       // QDateTimeEdit showing a date (NullableDateTimeEdit)
        DateTime,   // QDateTimeEdit showing date and time (NullableDateTimeEdit)
        Boolean,    // QCheckBox
        ForeignKey  // QComboBox of the referenced rows, the key as item data
    };
    Q_ENUM(Kind)

    // `connectionName` is the window's own connection: referenced rows are read through it.
    FieldEditorFactory(const QString &connectionName, const QString &table,
                       QObject *parent = nullptr);

    // The editor kind for a column. `field` as the table declares it; `samples` are some of its
    // loaded values, which tell dates and numbers apart in SQLite's loosely typed TEXT columns.
    Kind kindOf(const QSqlField &field, const QVariantList &samples = {}) const;
    // A new editor for the column, watched for user edits (see edited()).
    QWidget *createEditor(const QSqlField &field, const QVariantList &samples, QWidget *parent);
    bool isForeignKey(const QString &column) const { return m_foreignKeys.contains(column); }

    // The editor's value, typed for its column; a null QVariant when the editor shows NULL.
    static QVariant value(const QWidget *editor);
    // Shows `value` in the editor; loading is not an edit, so this clears the edited flag.
    void setValue(QWidget *editor, const QVariant &value);
    static bool isEdited(const QWidget *editor);
    // What an emptied text editor stores in its column: NULL, '' or nothing (EmptyValueRule).
    static EmptyValueRule emptyRule(const QWidget *editor);
    // True when `value` (the editor's, or the model's for its field) is empty and the editor's
    // column is NOT NULL without a default: saving it must be refused.
    static bool isEmptyButRequired(const QVariant &value, const QWidget *editor);
    // The model holds the editor's value now: it is no longer an edit of the editor alone.
    void clearEdited(QWidget *editor);
    static Kind kindOfEditor(const QWidget *editor);
    static void setReadOnly(QWidget *editor, bool readOnly);
    static bool isReadOnly(const QWidget *editor);

    // "credit_limit" -> "Credit limit", "customer_id" (a foreign key) -> "Customer".
    static QString labelText(const QString &column, bool foreignKey = false);

Q_SIGNALS:
    // The user changed `editor` (typing, clicking, picking), never a load.
    void edited(QWidget *editor);
    // An editor's edited flag changed, either way: recompute the window's dirty state.
    void editStateChanged(QWidget *editor);

private:
    QWidget *createForeignKeyEditor(const QSqlField &field, bool nullable, QWidget *parent) const;
    void watch(QWidget *editor);
    void markEdited(QWidget *editor);

    QString m_connectionName;
    QString m_table;
    QHash<QString, ForeignKey> m_foreignKeys;
    QHash<QString, ColumnBounds> m_bounds; // what each column's declared type holds
};

} // namespace concord
