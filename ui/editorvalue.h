// EditorValue: reads and writes the database value of an editor widget, and its edited flag.
#pragma once

#include "editorchoice.h"
#include "emptyvaluerule.h"

#include <QVariant>

class QSqlField;
class QWidget;

namespace concord {

// Editors are plain Qt widgets (QLineEdit, QSpinBox, QComboBox...). What it takes to turn one's
// state back into a value for its column is kept on the widget itself, as dynamic properties set
// by prepare(), so any code holding the widget can read it. Signals (edited...) are not here:
// FieldEditorFactory watches the widgets and emits them.
class EditorValue
{
public:
    using Kind = EditorChoice::Kind;

    // Marks `editor` as the editor of `kind` for `field` (its empty rule, text dates...).
    static void prepare(QWidget *editor, Kind kind, const QSqlField &field);

    // The editor's value, typed for its column; a null QVariant when the editor shows NULL.
    static QVariant value(const QWidget *editor);
    // Shows `value`; loading is not an edit. True when that cleared the edited flag.
    static bool load(QWidget *editor, const QVariant &value);
    // Whether prepare() made `editor` one of these editors.
    static bool isPrepared(const QWidget *editor);
    // True while load() runs: changes seen then are not the user's.
    static bool isLoading(const QWidget *editor);

    static bool isEdited(const QWidget *editor);
    // Sets the flag; true when it changed.
    static bool setEdited(QWidget *editor, bool edited);

    // What an emptied text editor stores in its column: NULL, '' or nothing (EmptyValueRule).
    static EmptyValueRule emptyRule(const QWidget *editor);
    // True when `value` is empty and the editor's column is NOT NULL without a default.
    static bool isEmptyButRequired(const QVariant &value, const QWidget *editor);
    static Kind kindOf(const QWidget *editor);
    static void setReadOnly(QWidget *editor, bool readOnly);
    static bool isReadOnly(const QWidget *editor);
};

} // namespace concord
