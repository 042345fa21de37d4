// EmptyValueRule: what an emptied text field or grid cell stores in its column: NULL, '' or nothing.
#pragma once

#include <QMetaType>
#include <QVariant>

class QSqlField;

namespace concord {

// "Empty" is stored one way. A column that allows NULL gets NULL, so an emptied field reads the
// same as one never filled in. A NOT NULL column with a default keeps '': NULL would be refused,
// and the default only applies to new rows. A NOT NULL column without a default has no empty
// value: the form or the grid refuses it ("Name is required") before anything is sent.
//
// The rule reads the column as the table declares it (QSqlDatabase::record(table)): the record of
// a select()ed model comes from the query and reports neither NOT NULL nor defaults.
class EmptyValueRule
{
public:
    enum class Outcome {
        StoreNull,      // nullable column
        StoreEmptyText, // NOT NULL with a default
        Refuse          // NOT NULL without a default
    };

    EmptyValueRule() = default;
    explicit EmptyValueRule(Outcome outcome) : m_outcome(outcome) { }
    static EmptyValueRule forColumn(const QSqlField &field);

    Outcome outcome() const { return m_outcome; }
    bool refusesEmpty() const { return m_outcome == Outcome::Refuse; }
    // The value an emptied editor stands for: a null QVariant of `type`, or ''. A refused empty
    // value is '' too; it must never get past the check that refuses it.
    QVariant emptyValue(QMetaType type) const;
    // True for NULL and for an empty text: what this rule calls "empty".
    static bool isEmpty(const QVariant &value);

private:
    Outcome m_outcome = Outcome::StoreNull;
};

} // namespace concord
