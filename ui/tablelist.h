// TableList: the main window's list of the connection's tables, then its views (marked as such).
#pragma once

#include <QListWidget>
#include <QStringList>

namespace concord {

// Each row holds its table's name in Qt::UserRole, so a view's marking and the "Views" heading
// never get mistaken for a name. The heading cannot be selected.
class TableList : public QListWidget
{
    Q_OBJECT
public:
    explicit TableList(QWidget *parent = nullptr);

    // Replaces the rows with `tables`, then a "Views" heading and `views`. Emits no signals, and
    // keeps `current` selected when it is still listed.
    void setNames(const QStringList &tables, const QStringList &views, const QString &current = {});
    // The name on `item` (empty for the heading or none) and the row of `name` (nullptr if none).
    static QString nameOf(const QListWidgetItem *item);
    QListWidgetItem *itemOf(const QString &name) const;
    QString currentName() const { return nameOf(currentItem()); }
    // Selects `name`'s row without emitting signals; none when it is not listed.
    void selectQuietly(const QString &name);
    bool isView(const QString &name) const;
    QStringList names() const;
};

} // namespace concord
