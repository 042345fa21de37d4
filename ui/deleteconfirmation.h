// DeleteConfirmation: the one question asked before a record is deleted, from a form or the grid.
#pragma once

#include <QCoreApplication>

class QString;
class QWidget;

namespace concord {

// A delete reaches every operator and cannot be undone, so both places ask the same way: a box
// named "deleteRecordBox" (tests find it by name), a &Delete button of its own, and Cancel as
// the default so that a stray Enter keeps the record.
class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(concord::DeleteConfirmation)

public:
    // True when the operator chose Delete; question names the record ("Delete customer 7?").
    static bool ask(QWidget *parent, const QString &question);
};

} // namespace concord
