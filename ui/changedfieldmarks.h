// ChangedFieldMarks: marks a record form's fields that hold edits since the record was loaded or
// saved, and for a few seconds the fields that a change made elsewhere just refreshed.
#pragma once

#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointer>

class QDataWidgetMapper;
class QLabel;
class QWidget;

namespace concord {

class RecordFormView;
class RefreshedCells;
class VersionedTableModel;

// Edited: a changed field's label turns bold with a "•" before it, and the label and the editor
// say "Changed since loaded" in their tooltip and accessible description. A field counts as
// changed while the model holds a value for it other than the one loaded (so a field typed back
// to its old value is no longer marked); saving, reverting and reloading clear the marks.
// Changed elsewhere: while the form holds no edits, the model shows another writer's save at
// once (setRefreshCleanRows); the fields whose values that save changed get an amber editor
// background and "Changed by ann at 14:02" in the same tooltips, for
// RefreshedCells::markDuration(), or until the user edits the field. It only touches the labels'
// font and text, the tooltips, and the marked editors' background: the error marks
// (RecordFormView) and the change banner (edits met by someone else's change) stay theirs.
class ChangedFieldMarks : public QObject
{
    Q_OBJECT
public:
    ChangedFieldMarks(VersionedTableModel *model, QDataWidgetMapper *mapper, RecordFormView *form,
                      QObject *parent = nullptr);

    // The fields marked as edited now, by column name.
    QStringList markedFields() const;
    bool isMarked(const QString &field) const;
    static QString changedText();

    // The fields marked now for a change made elsewhere, by column name, and what their
    // tooltip says of it ("Changed by ann at 14:02"); empty for a field not marked so.
    QStringList changedElsewhereFields() const;
    QString changedElsewhereText(const QString &field) const;
    RefreshedCells *refreshedCells() const;

public Q_SLOTS:
    void refresh();

private:
    struct Plain
    {
        QString labelText;
        QString labelToolTip;
        QString editorToolTip;
        QString editorDescription;
        QPalette editorPalette;
        QColor tint; // the editor's Base while marked changed elsewhere; invalid when not
    };
    // Shows `field` as edited and/or changed elsewhere (`elsewhere`, the tooltip's words), or
    // as it was before any mark.
    void mark(const QString &field, QWidget *editor, QLabel *label, bool edited,
              const QString &elsewhere);
    void restore(const QString &field, QWidget *editor, QLabel *label);

    VersionedTableModel *m_model;
    QDataWidgetMapper *m_mapper;
    RecordFormView *m_form;
    QPointer<RefreshedCells> m_refreshed;
    QHash<QString, Plain> m_plain; // field -> what its label and editor showed before any mark
    QHash<QString, bool> m_edited; // field -> marked as edited
    QHash<QString, QString> m_elsewhere; // field -> marked as changed elsewhere, with its words
};

} // namespace concord
