// ChangedFieldMarks: marks a record form's fields that hold edits since the record was loaded or saved.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QDataWidgetMapper;
class QLabel;
class QWidget;

namespace concord {

class RecordFormView;
class VersionedTableModel;

// A changed field's label turns bold with a "•" before it, and the label and the editor say
// "Changed since loaded" in their tooltip and accessible description. A field counts as changed
// while the model holds a value for it other than the one loaded (so a field typed back to its
// old value is no longer marked); saving, reverting and reloading clear the marks. It only
// touches the labels' font and text and the tooltips: the error marks (RecordFormView, palette)
// and the change banner (someone else's change) stay as they are.
class ChangedFieldMarks : public QObject
{
    Q_OBJECT
public:
    ChangedFieldMarks(VersionedTableModel *model, QDataWidgetMapper *mapper, RecordFormView *form,
                      QObject *parent = nullptr);

    // The fields marked now, by column name.
    QStringList markedFields() const;
    bool isMarked(const QString &field) const;
    static QString changedText();

public Q_SLOTS:
    void refresh();

private:
    void mark(QWidget *editor, QLabel *label, bool changed);

    VersionedTableModel *m_model;
    QDataWidgetMapper *m_mapper;
    RecordFormView *m_form;
    struct Plain
    {
        QString labelText;
        QString labelToolTip;
        QString editorToolTip;
        QString editorDescription;
    };
    QHash<QString, Plain> m_marked; // field -> what its label and editor showed before the mark
};

} // namespace concord
