// Which QMetaTypes hold whole numbers or numbers at all (not installed).
#pragma once

#include <QMetaType>

namespace concord::detail {

inline bool isIntegerType(int id)
{
    switch (id) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

inline bool isNumberType(int id)
{
    return isIntegerType(id) || id == QMetaType::Double || id == QMetaType::Float;
}

} // namespace concord::detail
