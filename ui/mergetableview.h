// The conflict dialog's per-field table view: row selection by field, keyboard flow, and columns that fit.
#pragma once

#include <QTableView>

namespace concord {

class MergeTableModel;

class MergeTableView : public QTableView
{
    Q_OBJECT
public:
    explicit MergeTableView(QWidget *parent = nullptr);

    void setMergeModel(MergeTableModel *model);
    MergeTableModel *mergeModel() const { return m_model; }

    // The row of the current field, or -1.
    int currentFieldRow() const;
    QString currentField() const;
    // Makes `name` the current, selected row; the first row when it is not shown.
    void selectField(const QString &name);
    // Moves to the next field that still needs a choice (from the current one, wrapping).
    void selectNextUnresolved();
    // Opens the editor on the current field's Result cell, when it can be edited by hand.
    bool editCurrentResult();

    // Each column as wide as its contents while they fit; otherwise the value columns share
    // the room left, long values are elided and their tool tip shows them whole.
    void fitColumns();

protected:
    bool viewportEvent(QEvent *event) override;

private:
    MergeTableModel *m_model = nullptr;
};

} // namespace concord
