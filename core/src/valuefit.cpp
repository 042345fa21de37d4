// valueFit(): the checks a value meets before the model sends it.
#include "valuefit_p.h"

namespace concord::detail {

namespace {

bool isNumber(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isIntegral(QMetaType type)
{
    return isNumber(type) && type.id() != QMetaType::Double && type.id() != QMetaType::Float;
}

} // namespace

ValueFit valueFit(const QSqlField &field, const QVariant &value)
{
    if (value.isNull() || value.metaType().id() != QMetaType::QString)
        return ValueFit::Fits;
    const QString text = value.toString();
    const QMetaType type = field.metaType();
    if (isNumber(type)) {
        bool ok = false;
        const QString trimmed = text.trimmed();
        if (isIntegral(type))
            trimmed.toLongLong(&ok);
        if (!ok)
            trimmed.toDouble(&ok); // "12.0" in an integer column: the database decides
        return ok ? ValueFit::Fits : ValueFit::NotANumber;
    }
    const int length = field.length();
    if (type.id() == QMetaType::QString && length > 0 && text.size() > length) {
        // PostgreSQL counts characters, not UTF-16 units: an emoji is one.
        qsizetype characters = 0;
        for (qsizetype i = 0; i < text.size(); ++i)
            if (!text.at(i).isLowSurrogate())
                ++characters;
        if (characters > length)
            return ValueFit::TooLong;
    }
    return ValueFit::Fits;
}

} // namespace concord::detail
