// The one key encoding: each key part spelled by its column's kind.
#include "recordkey_p.h"

#include "canonicaltext_p.h"
#include "metatypes_p.h"
#include "wallclock_p.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

namespace concord::detail {

namespace {

bool isDateTimeType(int id)
{
    return id == QMetaType::QDateTime || id == QMetaType::QDate || id == QMetaType::QTime;
}

QString numberPart(const QVariant &v)
{
    const int id = v.metaType().id();
    if (id == QMetaType::ULongLong)
        return QString::number(v.toULongLong());
    if (isIntegerType(id))
        return QString::number(v.toLongLong());
    if (id == QMetaType::Double || id == QMetaType::Float) {
        const double d = v.toDouble();
        return std::isfinite(d) ? decimalOfDouble(d) : v.toString();
    }
    const QString text = v.toString();
    return canonicalDecimal(text).value_or(text);
}

QString dateTimePart(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::QDateTime: {
        // A local date-time is a wall clock, spelled as its TIMESTAMP key reads back as text;
        // by its own date and time, so a time in a daylight-saving gap keeps its key too.
        const QDateTime at = v.toDateTime();
        const QString text = at.timeSpec() == Qt::LocalTime ? wallClockText(at)
                                                             : at.toString(Qt::ISODateWithMs);
        return canonicalDateTime(text).value_or(v.toString());
    }
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return canonicalDateTime(v.toTime().toString(Qt::ISODateWithMs)).value_or(v.toString());
    default:
        break;
    }
    const QString text = v.toString();
    return canonicalDateTime(text).value_or(text);
}

} // namespace

KeyKind keyKindOf(QMetaType column)
{
    const int id = column.id();
    if (isNumberType(id))
        return KeyKind::Number;
    if (isDateTimeType(id))
        return KeyKind::DateTime;
    return KeyKind::Plain;
}

KeyKind keyKindOfValue(const QVariant &value)
{
    return keyKindOf(value.metaType());
}

QString keyPart(const QVariant &v, KeyKind kind)
{
    if (v.isNull())
        return {};
    switch (kind) {
    case KeyKind::Number:
        return numberPart(v);
    case KeyKind::DateTime:
        return dateTimePart(v);
    case KeyKind::Guessed: {
        const int id = v.metaType().id();
        if (isNumberType(id))
            return numberPart(v);
        if (isDateTimeType(id))
            return dateTimePart(v);
        const QString text = v.toString();
        if (const auto decimal = canonicalDecimal(text))
            return *decimal;
        return canonicalDateTime(text).value_or(text);
    }
    case KeyKind::Plain:
        break;
    }
    // Plain: what the driver hands back may be an int from a SELECT and a qlonglong from
    // INSERT ... RETURNING; both spell the same.
    const int id = v.metaType().id();
    if (isIntegerType(id))
        return id == QMetaType::ULongLong ? QString::number(v.toULongLong())
                                          : QString::number(v.toLongLong());
    if (id == QMetaType::Double || id == QMetaType::Float)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

QList<KeyKind> keyKinds(const QSqlRecord &layout, const QList<int> &columns)
{
    QList<KeyKind> kinds;
    if (columns.isEmpty()) {
        for (int i = 0; i < layout.count(); ++i)
            kinds << keyKindOf(layout.field(i).metaType());
    } else {
        for (int c : columns)
            kinds << keyKindOf(layout.field(c).metaType());
    }
    return kinds;
}

} // namespace concord::detail
