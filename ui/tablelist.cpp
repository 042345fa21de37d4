// TableList: tables and views in one list, views under a heading, in italics, with a tooltip.
#include "tablelist.h"

#include "icons.h"

#include <QSignalBlocker>

namespace concord {

namespace {
constexpr int nameRole = Qt::UserRole;
constexpr int viewRole = Qt::UserRole + 1;
}

TableList::TableList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("tables"));
    setUniformItemSizes(true);
}

void TableList::setNames(const QStringList &tables, const QStringList &views,
                         const QString &current)
{
    const QSignalBlocker blocker(this);
    clear();
    const QIcon icon = Icons::get(QStringLiteral("table"));
    for (const QString &name : tables) {
        auto *item = new QListWidgetItem(icon, name, this);
        item->setData(nameRole, name);
    }
    if (!views.isEmpty()) {
        auto *heading = new QListWidgetItem(tr("Views"), this);
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(bold);
        // A view is read-only: its icon is the table's, greyed as a disabled action's would be.
        const QIcon viewIcon(icon.pixmap(16, QIcon::Disabled));
        QFont italic = font();
        italic.setItalic(true);
        for (const QString &name : views) {
            auto *item = new QListWidgetItem(viewIcon, name, this);
            item->setData(nameRole, name);
            item->setData(viewRole, true);
            item->setFont(italic);
            item->setToolTip(tr("View “%1”: shown read-only").arg(name));
        }
    }
    setCurrentItem(itemOf(current));
}

QString TableList::nameOf(const QListWidgetItem *item)
{
    return item ? item->data(nameRole).toString() : QString();
}

QListWidgetItem *TableList::itemOf(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    for (int i = 0; i < count(); ++i) {
        if (nameOf(item(i)) == name)
            return item(i);
    }
    return nullptr;
}

void TableList::selectQuietly(const QString &name)
{
    const QSignalBlocker blocker(this);
    setCurrentItem(itemOf(name));
}

bool TableList::isView(const QString &name) const
{
    const QListWidgetItem *found = itemOf(name);
    return found && found->data(viewRole).toBool();
}

QStringList TableList::names() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i) {
        if (!nameOf(item(i)).isEmpty())
            result << nameOf(item(i));
    }
    return result;
}

} // namespace concord
