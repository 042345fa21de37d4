#include "deleteconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace concord {

bool DeleteConfirmation::ask(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Delete Record"), question, QMessageBox::Cancel,
                    parent);
    box.setObjectName(QStringLiteral("deleteRecordBox"));
    box.setInformativeText(tr("The record is removed from the database for everyone. "
                              "This cannot be undone."));
    QPushButton *deleteButton = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == deleteButton;
}

} // namespace concord
