// NullableCheckBox: tri-state for NULL, two states for clicks.
#include "nullablecheckbox.h"

namespace concord {

NullableCheckBox::NullableCheckBox(bool nullable, QWidget *parent) : QCheckBox(parent)
{
    setTristate(nullable);
}

void NullableCheckBox::nextCheckState()
{
    setCheckState(checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

} // namespace concord
