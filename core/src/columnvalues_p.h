// Whether a value written to a column would change what it holds (not installed).
#pragma once

#include "metatypes_p.h"

#include <concord/threewaymerge.h>

#include <QMetaType>
#include <QVariant>

namespace concord::detail {

inline bool isTextValue(const QVariant &v)
{
    const int id = v.metaType().id();
    return id == QMetaType::QString || id == QMetaType::QByteArray;
}

inline bool isNumberValue(const QVariant &v)
{
    return isNumberType(v.metaType().id());
}

// Whether writing `edited` over `stored` would change what the column holds. A number against
// text is decided by the column's type: in a text column 7 is not '007', and in a number
// column '12 ' is not 12, because the database would store something else.
inline bool sameInColumn(QMetaType column, const QVariant &edited, const QVariant &stored)
{
    if (edited.isNull() || stored.isNull())
        return edited.isNull() && stored.isNull();
    // The common case, an edit of the same type as the stored value: equal or not, nothing to
    // weigh. Doubles and date-times still go the long way (rounding, text forms).
    const int type = edited.metaType().id();
    if (type == stored.metaType().id() && (type == QMetaType::QString || isIntegerType(type)))
        return edited == stored;
    const bool mixed = (isTextValue(edited) && isNumberValue(stored))
                       || (isNumberValue(edited) && isTextValue(stored));
    if (!mixed)
        return ThreeWayMerge::sameValue(edited, stored);
    const QVariant &text = isTextValue(edited) ? edited : stored;
    const QVariant &number = isTextValue(edited) ? stored : edited;
    if (!isNumberType(column.id()))
        return text.toString() == number.toString();
    // By the decimal each would store, not by double: 1.0 over 1.000000000000000001 in a
    // NUMERIC(38,18) is a real edit, though both are the same double.
    bool ok = false;
    text.toString().toDouble(&ok);
    return ok && text.toString() == text.toString().trimmed()
           && ThreeWayMerge::sameValue(text, number);
}

} // namespace concord::detail
