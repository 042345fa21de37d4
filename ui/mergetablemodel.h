// The conflict dialog's per-field table: Field | Original | Yours | Theirs | Result | Status over a MergeResult.
#pragma once

#include <concord/columnbounds.h>
#include <concord/mergeresult.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPalette>

namespace concord {

class MergeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FieldColumn,
        OriginalColumn,
        MineColumn,
        TheirsColumn,
        ResultColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Which side deleted the record, if one did: that side's column then reads "(deleted)",
    // nothing is merged, and the status says only what the other side changed.
    enum class Deletion { None, ByThem, ByMe };
    Q_ENUM(Deletion)

    explicit MergeTableModel(QObject *parent = nullptr);

    void setMerge(const MergeResult &merge, Deletion deletion = Deletion::None);
    // Shows a merge against newer "theirs" (someone saved again). A choice the user made is kept
    // where that field's theirs value is still the same: it was made against what is still there.
    // Returns the names of the fields whose choice had to be dropped.
    QStringList refreshMerge(const MergeResult &merge);
    const MergeResult &merge() const { return m_merge; }
    Deletion deletion() const { return m_deletion; }

    // Fields never shown nor counted: the who/when columns, which the save fills in anyway and
    // the dialog's header already names.
    void setBookkeepingFields(const QStringList &names);
    QStringList bookkeepingFields() const { return m_bookkeeping; }

    // How the record form names each field ("Credit limit" for credit_limit): the Field column
    // shows that label, the column's own name is in its tool tip. A field without one shows its name.
    void setFieldLabels(const QHash<QString, QString> &labels);
    QString fieldLabel(const QString &name) const;
    // The declared types, so that numbers read as the grid shows them (5,000.00, not 5000).
    void setColumnBounds(const QHash<QString, ColumnBounds> &bounds);

    // Hides the fields nobody changed (on by default: they only distract from the decision).
    void setHideUnchanged(bool hide);
    bool hideUnchanged() const { return m_hideUnchanged; }

    // Row <-> field, through the hiding of unchanged fields.
    QString fieldName(int row) const;
    int rowOfField(const QString &name) const;
    const FieldMerge *fieldAt(int row) const;

    // True when the row's two sides differ, so picking one of them means something.
    bool canChoose(int row) const;
    bool choose(int row, FieldMerge::Choice choice, const QVariant &custom = {});

    // Fields merged without asking: changed on one side only, or the same way on both.
    int autoMergedCount() const;
    int conflictCount() const;
    int unresolvedCount() const;

    // The colours are derived from this palette so that they read in light and dark themes.
    void setPalette(const QPalette &palette);

    // How a value reads in the table: "(none)" for NULL, as the form says, one line, dates in
    // the user's locale.
    static QString displayText(const QVariant &value);
    // displayText(), with a number of `field` written as the grid writes it.
    QString cellText(const QString &field, const QVariant &value) const;
    QString statusText(const FieldMerge &field) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A field's result or choice changed (the counts and the Save button depend on it).
    void choicesChanged();

private:
    void resolveBookkeeping();
    void rebuildRows();
    bool isShown(const FieldMerge &field) const;
    bool isUnresolvedConflict(const FieldMerge &field) const;
    bool resultFromMine(const FieldMerge &field) const;
    bool resultFromTheirs(const FieldMerge &field) const;
    QVariant cellValue(const FieldMerge &field, int column) const;
    bool isPlaceholder(const FieldMerge &field, int column) const;
    bool isDeletedSide(int column) const;
    QVariant background(const FieldMerge &field, int column) const;
    QVariant foreground(const FieldMerge &field, int column) const;
    QVariant font(const FieldMerge &field, int column) const;
    QString toolTip(const FieldMerge &field, int column) const;
    QVariant coerce(const FieldMerge &field, const QVariant &edited) const;

    MergeResult m_merge;
    Deletion m_deletion = Deletion::None;
    bool m_hideUnchanged = true;
    QStringList m_bookkeeping;
    QHash<QString, QString> m_labels;
    QHash<QString, ColumnBounds> m_bounds;
    QList<int> m_rows; // visible row -> index into m_merge.fields()
    QPalette m_palette;
};

} // namespace concord
