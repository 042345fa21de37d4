// CellInputParser: turns text pasted into a grid cell into the value its cell editor would store, or says why it cannot.
#pragma once

#include "emptyvaluerule.h"

#include <concord/columnbounds.h>

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <memory>

class QModelIndex;
class QSqlDatabase;
class QWidget;

namespace concord {

class GridCellDelegate;

// Pasted text must be held to the same rules as typed text, so the parser asks the grid's own
// delegate for the cell's editor (with the column's limits applied, as ColumnLimits does it) and
// checks the text against that editor: a line edit's length and validator, a spin box's range
// and decimals (and NUMERIC(p,s)'s digits, which the box leaves to the model), a date editor's format. Foreign keys take the name the grid shows (or "#<key>"),
// looked up with ReferenceLookup; CHECK lists one of their values; booleans true/false, 1/0 or
// yes/no. Numbers may be written in the user's locale (64,90 in German) or with a '.'. An empty
// text follows EmptyValueRule: NULL, '' or refused when the column requires a value.
class CellInputParser
{
    Q_DECLARE_TR_FUNCTIONS(concord::CellInputParser)
public:
    struct Outcome
    {
        bool ok = false;
        QVariant value;
        QString error; // why not, a sentence without the cell's name
    };

    // `rules` and `bounds` by grid column; `db` for the lookups of foreign keys.
    CellInputParser(GridCellDelegate *cells, const QList<EmptyValueRule> &rules,
                    const QList<ColumnBounds> &bounds, QLocale locale = QLocale());
    ~CellInputParser();

    Outcome parse(const QModelIndex &index, const QString &text) const;

    // The rules and bounds of every column of `table`, in the order of `columnNames`.
    static QList<EmptyValueRule> rulesOf(const QSqlDatabase &db, const QString &table,
                                         const QStringList &columnNames);
    static QList<ColumnBounds> boundsOf(const QSqlDatabase &db, const QString &table,
                                        const QStringList &columnNames);

private:
    Outcome parseForeignKey(const QModelIndex &index, const QString &text) const;
    Outcome parseChoice(const QModelIndex &index, const QString &text) const;
    Outcome parseBoolean(const QModelIndex &index, const QString &text) const;
    Outcome parseWithEditor(const QModelIndex &index, const QString &text) const;
    Outcome empty(const QModelIndex &index) const;
    // A locale number (1.234,5 in German) in C form (1234.5); `text` itself when it is none.
    QString cNumber(const QString &text) const;
    QString numberRefusal(const QModelIndex &index, const QString &text) const;

    GridCellDelegate *m_cells;
    QList<EmptyValueRule> m_rules;
    QList<ColumnBounds> m_bounds;
    QLocale m_locale;
    std::unique_ptr<QWidget> m_scratch; // the hidden parent of the editors asked for
};

} // namespace concord
