// Test support: a ConflictDialog on a model's conflict, shown, with its parts found by object name.
#pragma once

#include "conflictdialog.h"
#include "mergetablemodel.h"
#include "messageboxanswer.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace concord::test {

// The dialog for the conflict on row 0 of `model`, shown, with its parts found by object name.
struct ConflictDialogDriver
{
    explicit ConflictDialogDriver(VersionedTableModel *model) : dialog(model, 0)
    {
        dialog.show();
        table = dialog.findChild<QTableView *>(QStringLiteral("mergeTable"));
        merge = table ? qobject_cast<MergeTableModel *>(table->model()) : nullptr;
        hideUnchanged = dialog.findChild<QCheckBox *>(QStringLiteral("hideUnchangedCheck"));
    }
    QPushButton *button(const char *name) const
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
    QString text(const char *labelName) const
    {
        const auto *label = dialog.findChild<QLabel *>(QLatin1String(labelName));
        return label ? label->text()
                     : QStringLiteral("(no label %1)").arg(QLatin1String(labelName));
    }
    bool noticeShown() const
    {
        return !dialog.findChild<QLabel *>(QStringLiteral("noticeLabel"))->isHidden();
    }
    // The text of `field`'s cell in `column`; empty when the field has no row.
    QString cell(const char *field, int column) const
    {
        const int row = merge->rowOfField(QLatin1String(field));
        return row < 0 ? QString() : merge->index(row, column).data().toString();
    }
    void select(const char *field)
    {
        table->setCurrentIndex(merge->index(merge->rowOfField(QLatin1String(field)), 0));
    }
    // Answers the confirmation `boxName` with `answer` when `buttonName` asks for it.
    QString clickAndAnswer(const char *buttonName, const char *boxName,
                           QMessageBox::StandardButton answer)
    {
        MessageBoxAnswer box(QLatin1String(boxName), answer);
        button(buttonName)->click();
        return box.answered() ? box.text()
                              : QStringLiteral("(no %1)").arg(QLatin1String(boxName));
    }

    ConflictDialog dialog;
    QTableView *table = nullptr;
    MergeTableModel *merge = nullptr;
    QCheckBox *hideUnchanged = nullptr;
};

} // namespace concord::test
