// GridCellDelegate: writes the table browser's edited cells into the model, "empty" by the column's
// rule, shows SQLite's text timestamps in the locale's format, and the lookup/list/boolean cells.
#include "gridcelldelegate.h"

#include "numbertext.h"

#include "choicecombo.h"
#include "columnlimits.h"
#include "editorchoice.h"
#include "editorvalue.h"
#include "fieldeditorfactory.h"
#include "gridlookups.h"
#include "lookupcombo.h"
#include "nullabledatetimeedit.h"
#include "nullabledoublespinbox.h"
#include "nullablespinbox.h"
#include "refreshedcells.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QToolTip>

#include <algorithm>

namespace concord {

namespace {

// The value an opened editor showed, kept on it by setEditorData.
constexpr char shownProperty[] = "concordShown";

// Why the number editor's text cannot be written: no number in the locale, or more decimals
// than the column holds. Empty for a number, an empty box, and every other editor.
QString numberRefusal(const QWidget *editor)
{
    if (const auto *number = qobject_cast<const NullableDoubleSpinBox *>(editor))
        return number->refusal();
    if (const auto *whole = qobject_cast<const NullableSpinBox *>(editor))
        return whole->refusal();
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor); edit
        && EditorValue::kindOf(edit) == EditorChoice::Kind::BigInteger
        && !edit->text().trimmed().isEmpty() && !edit->hasAcceptableInput())
        return NumberText::refusalText(edit->text(), edit->locale(), true);
    return {};
}

} // namespace

GridCellDelegate::GridCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_lookups(new GridLookups(this))
{
    // Names read again (a reload, a referenced row saved): paint them.
    connect(m_lookups, &GridLookups::namesChanged, this, [this] {
        if (auto *view = qobject_cast<QAbstractItemView *>(this->parent()))
            view->viewport()->update();
    });
}

void GridCellDelegate::setRefreshedCells(RefreshedCells *cells)
{
    if (m_refreshed)
        disconnect(m_refreshed, nullptr, this, nullptr);
    m_refreshed = cells;
    if (!cells)
        return;
    // A mark came or went: only that row's cells look different.
    connect(cells, &RefreshedCells::marksChanged, this, [this](int row) {
        if (auto *table = qobject_cast<QTableView *>(this->parent())) {
            table->viewport()->update(0, table->rowViewportPosition(row),
                                      table->viewport()->width(), table->rowHeight(row));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(this->parent())) {
            view->viewport()->update();
        }
    });
}

void GridCellDelegate::setLookups(const QSqlDatabase &db, const QString &table,
                                  const QSqlRecord &declared, const QSqlRecord &columns)
{
    m_lookups->setTable(db, table, declared, columns);
    m_bounds.clear();
    if (!db.isValid() || !db.isOpen())
        return;
    const QHash<QString, ColumnBounds> bounds = ColumnBounds::ofTable(db, table);
    for (int i = 0; i < columns.count(); ++i)
        m_bounds.append(bounds.value(columns.fieldName(i)));
}

void GridCellDelegate::setColumns(const QSqlRecord &declared, const QSqlRecord &columns,
                                  bool textTimestamps)
{
    m_textTimestamps = textTimestamps;
    m_columns.clear();
    for (int i = 0; i < columns.count(); ++i) {
        const QString name = columns.fieldName(i);
        // The declaration knows NOT NULL and defaults; a query's record does not.
        const QSqlField field = declared.contains(name) ? declared.field(name) : columns.field(i);
        m_columns.append({name, field.metaType(), EmptyValueRule::forColumn(field), field});
    }
}

QStyleOptionViewItem GridCellDelegate::cellOption(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    if (auto *view = qobject_cast<QAbstractItemView *>(parent())) {
        option.initFrom(view);
        option.widget = view;
        option.rect = view->visualRect(index);
        // As QAbstractItemView::initViewItemOption() sets it for painting: no thousands
        // separator, so that Copy gives 5295.80 where the grid shows it, not 5,295.80.
        option.locale = view->locale();
        option.locale.setNumberOptions(QLocale::OmitGroupSeparator);
    }
    initStyleOption(&option, index);
    return option;
}

void GridCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_refreshed && m_refreshed->isMarked(index.row(), index.column())) {
        // The row's own background, tinted: alternating rows stay told apart.
        const bool alternate = option->features & QStyleOptionViewItem::Alternate;
        option->backgroundBrush = RefreshedCells::markColor(
            option->palette.color(alternate ? QPalette::AlternateBase : QPalette::Base));
    }
    switch (m_lookups->kindOf(index.column())) {
    case EditorChoice::Kind::ForeignKey:
        option->text = m_lookups->nameFor(index);
        return;
    case EditorChoice::Kind::Boolean: {
        const QVariant value = index.data(Qt::EditRole);
        option->features |= QStyleOptionViewItem::HasCheckIndicator;
        option->checkState = value.isNull()      ? Qt::PartiallyChecked
                             : EditorChoice::isTrue(value) ? Qt::Checked
                                                           : Qt::Unchecked;
        option->text.clear();
        return;
    }
    default:
        break;
    }
    formatNumber(option, index);
    if (!m_textTimestamps || index.column() >= m_columns.size()
        || m_columns.at(index.column()).type.id() != QMetaType::QString)
        return;
    const QVariant value = index.data(Qt::DisplayRole);
    if (value.typeId() != QMetaType::QString)
        return;
    // Only the two forms SQLite's date functions write; anything else is text and stays as it is.
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    const QString text = value.toString();
    if (date.match(text).hasMatch()) {
        if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid())
            option->text = option->locale.toString(d, QLocale::ShortFormat);
    } else if (dateTime.match(text).hasMatch()) {
        QString iso = text;
        iso[10] = u'T';
        if (const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs); dt.isValid())
            option->text = option->locale.toString(dt, QLocale::ShortFormat);
    }
}

void GridCellDelegate::formatNumber(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    const int column = index.column();
    if (column < 0 || column >= m_bounds.size())
        return;
    const ColumnBounds &bounds = m_bounds.at(column);
    const QMetaType::Type type = column < m_columns.size()
        ? QMetaType::Type(m_columns.at(column).type.id()) : QMetaType::UnknownType;
    const bool numeric = bounds.integral || bounds.integerDigits >= 0 || type == QMetaType::Int
                        || type == QMetaType::LongLong || type == QMetaType::Double;
    if (!numeric)
        return;
    // As spreadsheets and Access show them: digits line up on the right.
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    const QVariant value = index.data(Qt::EditRole);
    if (value.isNull())
        return;
    if (const QString text = NumberText::scaled(value, bounds, option->locale); !text.isEmpty())
        option->text = text;
}

bool GridCellDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (m_lookups->kindOf(index.column()) != EditorChoice::Kind::Boolean)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    if (!(model->flags(index) & Qt::ItemIsEditable)
        || (view && view->editTriggers() == QAbstractItemView::NoEditTriggers))
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        const QRect box =
            style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, option.widget);
        if (mouse->button() != Qt::LeftButton || !box.contains(mouse->position().toPoint()))
            return false;
        // Press and double click on the box are taken too, so they neither select nor edit.
        if (event->type() != QEvent::MouseButtonRelease)
            return true;
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        break;
    }
    default:
        return false;
    }
    const bool on = !EditorChoice::isTrue(index.data(Qt::EditRole));
    // SQLite keeps booleans as 0/1 (its TRUE is 1); PostgreSQL's are bool.
    const QVariant value = m_lookups->storesBool(index.column()) ? QVariant(on) : QVariant(on ? 1 : 0);
    return model->setData(index, value, Qt::EditRole);
}

QWidget *GridCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const int column = index.column();
    switch (m_lookups->kindOf(column)) {
    case EditorChoice::Kind::ForeignKey: {
        auto *combo = new LookupCombo(m_lookups->database(), m_lookups->foreignKey(column),
                                      m_lookups->isNullable(column), parent);
        combo->setFrame(false);
        combo->setLabel(index.model()->headerData(column, Qt::Horizontal).toString());
        // Enter on a name in the search popup is the popup's own: it only picks. In the grid
        // that pick is the answer, so it ends the edit as Enter in the cell does (commit, then
        // close, queued as QAbstractItemDelegate does it).
        auto *self = const_cast<GridCellDelegate *>(this);
        connect(combo->completer(), qOverload<const QString &>(&QCompleter::activated), self,
                [self, editor = QPointer<QWidget>(combo)] {
                    QMetaObject::invokeMethod(self, [self, editor] {
                        if (!editor)
                            return;
                        Q_EMIT self->commitData(editor);
                        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
                    }, Qt::QueuedConnection);
                });
        return combo;
    }
    case EditorChoice::Kind::Choice: {
        auto *combo = new ChoiceCombo(m_lookups->choices(column), m_lookups->isNullable(column),
                                      parent);
        combo->setFrame(false);
        return combo;
    }
    case EditorChoice::Kind::Boolean:
        // Toggled in place (editorEvent): no editor to open.
        return nullptr;
    default: {
        // The bounds setLookups() read for painting, rather than a catalog query per cell
        // opened; a delegate given no table reads them from the model behind the index.
        const ColumnBounds bounds = column < m_bounds.size() ? m_bounds.at(column)
                                                             : ColumnLimits::boundsOfCell(index);
        const EditorChoice::Kind kind = valueKind(column, bounds);
        if (kind != EditorChoice::Kind::Text) {
            // The record form's editors: NULL stays NULL, a REAL keeps its digits, a 64-bit
            // INTEGER is whole, and typed numbers are read in the locale, strictly.
            QWidget *editor = FieldEditorFactory::createValueEditor(
                kind, m_columns.at(column).field, bounds, parent);
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
                spin->setFrame(false);
            else if (auto *edit = qobject_cast<QLineEdit *>(editor))
                edit->setFrame(false);
            return editor;
        }
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        ColumnLimits::apply(editor, bounds);
        return editor;
    }
    }
}

void GridCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *lookup = qobject_cast<LookupCombo *>(editor)) {
        lookup->setKey(index.data(Qt::EditRole));
        // Typing replaces the name shown: it is a search for another row.
        lookup->lineEdit()->selectAll();
    } else if (auto *choice = qobject_cast<ChoiceCombo *>(editor)) {
        choice->setValue(index.data(Qt::EditRole));
    } else if (EditorValue::isPrepared(editor)) {
        EditorValue::load(editor, index.data(Qt::EditRole));
        // What the editor gives back untouched: committing it unchanged writes nothing.
        editor->setProperty(shownProperty, EditorValue::value(editor));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
        // QLineEdit cuts its text to maxLength: SQLite keeps a VARCHAR(n) value longer than n,
        // and F2 then Enter must not cut it. Only typing is held to n.
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            const QString text = index.data(Qt::EditRole).toString();
            if (text.size() > edit->maxLength()) {
                edit->setMaxLength(int(text.size()));
                edit->setText(text);
            }
        }
    }
}

EditorChoice::Kind GridCellDelegate::valueKind(int column, const ColumnBounds &bounds) const
{
    using Kind = EditorChoice::Kind;
    if (column < 0 || column >= m_columns.size())
        return Kind::Text;
    const Kind kind = EditorChoice::kindOf(m_columns.at(column).field, {}, false, false, bounds);
    switch (kind) {
    case Kind::Integer:
    case Kind::BigInteger:
    case Kind::Decimal:
    case Kind::Date:
    case Kind::DateTime:
    case Kind::Time:
        return kind;
    default:
        return Kind::Text;
    }
}

void GridCellDelegate::writeChoice(const QVariant &value, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    const QVariant current = model->data(index, Qt::EditRole);
    if (current.isNull() == value.isNull()
        && (value.isNull() || current.toString() == value.toString()))
        return;
    if (value.isNull() && index.column() < m_columns.size()
        && m_columns.at(index.column()).rule.refusesEmpty()) {
        Q_EMIT const_cast<GridCellDelegate *>(this)->requiredValueMissing(
            m_columns.at(index.column()).name);
        return;
    }
    model->setData(index, value, Qt::EditRole);
}

void GridCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *lookup = qobject_cast<LookupCombo *>(editor)) {
        // Enter right after typing: the text becomes its best match first.
        // A text that chooses no row (Ctrl+S, a click elsewhere) writes nothing: say so at the
        // cell, as the editor closes.
        if (!lookup->commitTypedText())
            showAtCell(index, lookup->refusal());
        writeChoice(lookup->key(), model, index);
        return;
    }
    if (auto *choice = qobject_cast<ChoiceCombo *>(editor)) {
        writeChoice(choice->value(), model, index);
        return;
    }
    if (EditorValue::isPrepared(editor)) {
        // A date-time typed only in part would be read as the last value Qt could read, a
        // half-typed one: the value from before the typing is kept instead.
        if (auto *date = qobject_cast<NullableDateTimeEdit *>(editor))
            date->refuseUnfinishedText();
        // A click elsewhere or Ctrl+S with a refused number in the editor: nothing is written
        // (reading the text would only put the old value back), and the cell says why.
        if (const QString refusal = numberRefusal(editor); !refusal.isEmpty()) {
            showAtCell(index, refusal);
            return;
        }
        // Enter has read a spin box's text already; focus leaving it may not have.
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
            spin->interpretText();
        const QVariant value = EditorValue::value(editor);
        const QVariant shown = editor->property(shownProperty);
        if (value.isNull() == shown.isNull() && (value.isNull() || value == shown))
            return; // opened and left: nothing typed, nothing written
        writeChoice(value, model, index);
        return;
    }
    // Qt's default editor for text is a QLineEdit; numbers, dates and booleans have their own.
    const auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !edit->text().isEmpty() || index.column() >= m_columns.size()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Already empty: passing through the cell is no edit, and must not turn NULL into ''.
    if (EmptyValueRule::isEmpty(model->data(index, Qt::EditRole)))
        return;
    const Column &column = m_columns.at(index.column());
    if (column.rule.refusesEmpty()) {
        Q_EMIT const_cast<GridCellDelegate *>(this)->requiredValueMissing(column.name);
        return;
    }
    model->setData(index, column.rule.emptyValue(column.type), Qt::EditRole);
}

QSize GridCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int column = index.column();
    const EditorChoice::Kind kind = m_lookups->kindOf(column);
    if (kind != EditorChoice::Kind::ForeignKey && kind != EditorChoice::Kind::Choice)
        return size;
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    const QFontMetrics metrics(cell.font);
    int text = metrics.horizontalAdvance(cell.text);
    if (kind == EditorChoice::Kind::Choice) {
        // The editor shows any of the choices: the column takes the widest, as the combo does.
        for (const QVariant &choice : m_lookups->choices(column))
            text = std::max(text, metrics.horizontalAdvance(choice.toString()));
        if (m_lookups->isNullable(column))
            text = std::max(text, metrics.horizontalAdvance(ChoiceCombo::noneText()));
    }
    QStyleOptionComboBox combo;
    if (cell.widget)
        combo.initFrom(cell.widget);
    combo.frame = false;
    combo.editable = kind == EditorChoice::Kind::ForeignKey;
    const QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    const QSize editor = style->sizeFromContents(QStyle::CT_ComboBox, &combo,
                                                 QSize(text, metrics.height()), cell.widget);
    size.setWidth(std::max(size.width(), editor.width()));
    return size;
}

void GridCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!m_refreshed || !m_refreshed->isMarked(index.row(), index.column()))
        return;
    // The tint is hidden under a selection (the current cell is selected, often the very cell
    // the user is reading): the line round the cell shows in both.
    painter->save();
    QPen pen(RefreshedCells::markLineColor(option.palette), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

bool GridCellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip && m_refreshed && index.isValid()) {
        const QString text = m_refreshed->toolTip(index.row(), index.column());
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view->viewport(), view->visualRect(index));
            return true;
        }
    }
    // Two customers of one name look alike in the grid: the tooltip tells them apart.
    if (event && view && event->type() == QEvent::ToolTip && index.isValid()
        && m_lookups->kindOf(index.column()) == EditorChoice::Kind::ForeignKey) {
        const QString detail = m_lookups->detailFor(index);
        if (!detail.isEmpty()) {
            QToolTip::showText(event->globalPos(),
                               tr("%1 — %2").arg(m_lookups->nameFor(index), detail),
                               view->viewport(), view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool GridCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool commits = key == Qt::Key_Enter || key == Qt::Key_Return || key == Qt::Key_Tab
            || key == Qt::Key_Backtab;
        // Seen before the box reads its text, which would go back to the old value: too many
        // decimals, or no number in the locale (a German "12.5").
        const QString refusal = commits ? numberRefusal(static_cast<QWidget *>(object)) : QString();
        if (!refusal.isEmpty()) {
            NumberText::refuseWith(static_cast<QWidget *>(object), refusal);
            return true;
        }
        // A date-time typed only in part: the old value back, and the editor stays open on it
        // with the message.
        if (auto *date = qobject_cast<NullableDateTimeEdit *>(object);
            date && commits && date->refuseUnfinishedText())
            return true;
        // A typed name that matches no row, or several: the editor stays open on the text, and
        // says why, where Qt would write the old row back without a word.
        if (auto *lookup = qobject_cast<LookupCombo *>(object);
            lookup && commits && !lookup->acceptTypedText())
            return true;
        // The 64-bit line edit keeps "12.5" as typed; Qt would only swallow Enter without a word.
        if (auto *edit = qobject_cast<QLineEdit *>(object); edit && commits
            && EditorValue::kindOf(edit) == EditorChoice::Kind::BigInteger
            && !edit->hasAcceptableInput()) {
            NumberText::refuse(edit, edit->text(), true);
            return true;
        }
    }
    // Leaving a 64-bit cell whose text is no whole number: Qt closes it without a commit (its
    // validator refuses the text), so setModelData never hears of it. Say why at the cell.
    if (event->type() == QEvent::FocusOut) {
        auto *edit = qobject_cast<QLineEdit *>(object);
        auto *view = qobject_cast<QAbstractItemView *>(parent());
        const QWidget *focus = QApplication::focusWidget();
        if (edit && view && (!focus || (focus != edit && !edit->isAncestorOf(focus)))) {
            if (const QString refusal = numberRefusal(edit); !refusal.isEmpty())
                showAtCell(view->indexAt(edit->geometry().center()), refusal);
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void GridCellDelegate::showAtCell(const QModelIndex &index, const QString &message) const
{
    auto *view = qobject_cast<QAbstractItemView *>(parent());
    if (!view || message.isEmpty() || !view->isVisible())
        return;
    QApplication::beep();
    // Shown once the editor is gone: the focus moving back to the grid would hide it at once.
    // No rect: the pointer is wherever the user clicked, and must not take the message away.
    const QPoint at = view->viewport()->mapToGlobal(view->visualRect(index).bottomLeft());
    QMetaObject::invokeMethod(view, [view = QPointer<QAbstractItemView>(view), at, message] {
        if (view && view->isVisible())
            QToolTip::showText(at, message, view->viewport());
    }, Qt::QueuedConnection);
}

void GridCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    QRect rect = editor->geometry();
    int wanted = combo->sizeHint().width();
    // Never past the visible grid: the arrow must stay on screen.
    if (const QWidget *viewport = editor->parentWidget())
        wanted = std::min(wanted, viewport->width() - rect.left());
    if (wanted > rect.width()) {
        rect.setWidth(wanted);
        editor->setGeometry(rect);
    }
}

RefreshedCells *GridCellDelegate::refreshedCells() const
{
    return m_refreshed;
}

} // namespace concord
