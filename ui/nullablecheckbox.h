// NullableCheckBox: a check box for a BOOLEAN column that shows NULL partly checked, as the grid does.
#pragma once

#include <QCheckBox>

namespace concord {

// A nullable column's box is tri-state: NULL shows partly checked, never the same as false. A
// click goes from NULL to checked and then between checked and unchecked, as the grid's Space
// does; NULL is what the record held, not a third state to click through.
class NullableCheckBox : public QCheckBox
{
    Q_OBJECT
public:
    explicit NullableCheckBox(bool nullable, QWidget *parent = nullptr);

protected:
    void nextCheckState() override;
};

} // namespace concord
