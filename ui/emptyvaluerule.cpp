// EmptyValueRule: what an emptied text field or grid cell stores in its column: NULL, '' or nothing.
#include "emptyvaluerule.h"

#include <QSqlField>

namespace concord {

EmptyValueRule EmptyValueRule::forColumn(const QSqlField &field)
{
    // QSQLITE and QPSQL both report NOT NULL as Required; a driver that cannot tell says Unknown,
    // and the database then has the last word.
    if (field.requiredStatus() != QSqlField::Required || field.isAutoValue())
        return EmptyValueRule(Outcome::StoreNull);
    // Both drivers give the default as text; no default at all is a null string (DEFAULT '' is an
    // empty, non-null one).
    const bool hasDefault = !field.defaultValue().toString().isNull();
    return EmptyValueRule(hasDefault ? Outcome::StoreEmptyText : Outcome::Refuse);
}

QVariant EmptyValueRule::emptyValue(QMetaType type) const
{
    if (m_outcome == Outcome::StoreNull)
        return QVariant(type.isValid() ? type : QMetaType::fromType<QString>());
    return QStringLiteral(""); // not QString(): drivers bind a null QString as NULL
}

bool EmptyValueRule::isEmpty(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty();
}

} // namespace concord
