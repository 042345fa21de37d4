// EditorChoice: which kind of editor a table column gets, from its declaration and some values.
#pragma once

#include <concord/columnbounds.h>

#include <QMetaObject>
#include <QSqlField>
#include <QVariantList>

namespace concord {

// The one place that decides: the record form (FieldEditorFactory) and the grid (GridLookups)
// both ask here, so a column is a check box, a lookup or a list of choices in both alike.
class EditorChoice
{
    Q_GADGET
public:
    enum class Kind {
        Text,       // QLineEdit
        LongText,   // QPlainTextEdit
        Integer,    // QSpinBox (NullableSpinBox)
        BigInteger, // QLineEdit that accepts 64-bit integers only
        Decimal,    // QDoubleSpinBox (NullableDoubleSpinBox)
        Date,       // QDateTimeEdit showing a date (NullableDateTimeEdit)
        DateTime,   // QDateTimeEdit showing date and time (NullableDateTimeEdit)
        Time,       // QDateTimeEdit showing a time of day (NullableDateTimeEdit)
        Boolean,    // QCheckBox
        ForeignKey, // LookupCombo: the referenced rows by name, searched as the user types
        Choice      // ChoiceCombo: the values a CHECK (column IN (...)) allows
    };
    Q_ENUM(Kind)

    // `field` as the table declares it, `declared` what its declared type holds (its `type`
    // empty when unknown). A foreign key wins, then a boolean (SQLite's `flag BOOLEAN CHECK
    // (flag IN (0, 1))` stays a check box), then a list, then the declared type: an INTEGER
    // holding only small numbers still takes a large one, a DECIMAL(p,s) holding only whole
    // numbers still takes a fraction. Only where the declaration says nothing (SQLite's bare or
    // missing types) do `samples`, some of the loaded values, tell dates and numbers apart.
    static Kind kindOf(const QSqlField &field, const QVariantList &samples, bool foreignKey,
                       bool hasChoices, const ColumnBounds &declared = {});
    // Whether `value` of a boolean column is true: PostgreSQL gives bool, SQLite 0/1 and
    // sometimes 't'/'true'/'yes' text written by other tools.
    static bool isTrue(const QVariant &value);
};

} // namespace concord
