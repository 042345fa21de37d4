// TableImporter: converts each field first, then inserts row by row under savepoints in one transaction.
#include <concord/tableimporter.h>

#include "batchtransaction_p.h"
#include "sqlidentifier_p.h"

#include <concord/columnbounds.h>
#include <concord/referencelookup.h>
#include <concord/tableschema.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>

namespace concord {

namespace {

QString quoted(const QString &text)
{
    return QCoreApplication::translate("concord::TableImporter", "“%1”").arg(text);
}

} // namespace

class TableImporter::Private
{
public:
    QSqlDatabase db;
    QString table;
    QString error;
    QSqlRecord declared;
    QHash<QString, ColumnBounds> bounds;
    QHash<QString, QVariantList> choices;
    std::map<QString, std::shared_ptr<ReferenceLookup>> lookups;
    QStringList mapping;
    QList<Failure> failures;
    QString operatorName;
    bool sqlite = false;
};

TableImporter::TableImporter(const QSqlDatabase &db, const QString &table) : d(std::make_unique<Private>())
{
    d->db = db;
    d->table = table;
    d->sqlite = db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite;
    d->declared = TableSchema::declaredColumns(db, table);
    if (d->declared.isEmpty()) {
        d->error = QCoreApplication::translate("concord::TableImporter", "The table %1 could not be read.").arg(quoted(table));
        return;
    }
    d->bounds = ColumnBounds::ofTable(db, table);
    d->choices = TableSchema::allowedValues(db, table);
    for (const ForeignKey &key : TableSchema::foreignKeys(db, table))
        d->lookups[key.column] = std::make_shared<ReferenceLookup>(db, key);
}

TableImporter::~TableImporter() = default;

bool TableImporter::isValid() const
{
    return d->error.isEmpty();
}

QString TableImporter::errorString() const
{
    return d->error;
}

QStringList TableImporter::columnNames() const
{
    QStringList names;
    for (int i = 0; i < d->declared.count(); ++i)
        names << d->declared.fieldName(i);
    return names;
}

void TableImporter::setMapping(const QStringList &columns)
{
    d->mapping = columns;
}

void TableImporter::setOperatorName(const QString &name)
{
    d->operatorName = name;
}

QStringList TableImporter::mapping() const
{
    return d->mapping;
}

QList<TableImporter::Failure> TableImporter::failures() const
{
    return d->failures;
}

QVariant TableImporter::convert(const QString &column, const QString &text, QString *error) const
{
    const QSqlField field = d->declared.field(column);
    const ColumnBounds bounds = d->bounds.value(column);
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        if (field.requiredStatus() == QSqlField::Required && field.defaultValue().toString().isEmpty()
            && !field.isAutoValue()) {
            *error = QCoreApplication::translate("concord::TableImporter", "a value is required");
            return {};
        }
        return QVariant(field.metaType()); // NULL; insert() leaves a column with a default out
    }
    if (const auto lookup = d->lookups.find(column); lookup != d->lookups.end()) {
        QList<ReferenceLookup::Entry> matches;
        for (const ReferenceLookup::Entry &entry : lookup->second->search(value, 50)) {
            if (entry.name.compare(value, Qt::CaseInsensitive) == 0)
                matches << entry;
        }
        if (matches.size() == 1)
            return matches.first().key;
        if (matches.size() > 1) {
            *error = QCoreApplication::translate("concord::TableImporter", "%1 names %2 records").arg(quoted(value)).arg(matches.size());
            return {};
        }
        if (value.startsWith(u'#')) {
            const ReferenceLookup::Entry entry = lookup->second->entryFor(value.mid(1));
            if (!entry.key.isNull())
                return entry.key;
        }
        *error = QCoreApplication::translate("concord::TableImporter", "nothing in %1 is named %2")
                     .arg(lookup->second->foreignKey().referencedTable, quoted(value));
        return {};
    }
    if (const auto list = d->choices.constFind(column); list != d->choices.cend()) {
        QStringList names;
        for (const QVariant &choice : *list) {
            if (choice.toString().compare(value, Qt::CaseInsensitive) == 0)
                return choice;
            names << choice.toString();
        }
        *error = QCoreApplication::translate("concord::TableImporter", "%1 is none of %2").arg(quoted(value), names.join(QLatin1String(", ")));
        return {};
    }
    const QString type = bounds.type.toLower();
    if (type.contains(QLatin1String("bool"))) {
        const QString word = value.toLower();
        const bool yes = word == QLatin1String("true") || word == QLatin1String("1")
            || word == QLatin1String("yes") || word == QLatin1String("t");
        const bool no = word == QLatin1String("false") || word == QLatin1String("0")
            || word == QLatin1String("no") || word == QLatin1String("f");
        if (!yes && !no) {
            *error = QCoreApplication::translate("concord::TableImporter", "%1 is neither true nor false").arg(quoted(value));
            return {};
        }
        return d->sqlite ? QVariant(yes ? 1 : 0) : QVariant(yes);
    }
    if (bounds.integral) {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok || number < bounds.minimum || number > bounds.maximum) {
            *error = QCoreApplication::translate("concord::TableImporter", "%1 is no whole number from %2 to %3")
                         .arg(quoted(value)).arg(bounds.minimum).arg(bounds.maximum);
            return {};
        }
        return number;
    }
    if (bounds.integerDigits >= 0) {
        static const QRegularExpression decimal(QStringLiteral("^-?(\\d*)(\\.(\\d*))?$"));
        const QRegularExpressionMatch m = decimal.match(value);
        QString whole = m.captured(1);
        while (whole.size() > 1 && whole.startsWith(u'0'))
            whole.remove(0, 1);
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty())
            || whole.size() > bounds.integerDigits
            || m.captured(3).size() > std::max(bounds.scale, 0)) {
            *error = QCoreApplication::translate("concord::TableImporter", "%1 does not fit: the column takes at most %2 digits before the decimal "
                        "point and %3 after it")
                         .arg(quoted(value)).arg(bounds.integerDigits).arg(std::max(bounds.scale, 0));
            return {};
        }
        return value;
    }
    const bool isNumber = field.metaType().id() == QMetaType::Double
        || type.contains(QLatin1String("real")) || type.contains(QLatin1String("double"))
        || type.contains(QLatin1String("float"));
    if (isNumber) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            *error = QCoreApplication::translate("concord::TableImporter", "%1 is no number (write it with a '.')").arg(quoted(value));
            return {};
        }
        return number;
    }
    if (type.contains(QLatin1String("date")) || type.contains(QLatin1String("time"))) {
        const bool dateOnly = !type.contains(QLatin1String("time"));
        QString iso = value;
        if (iso.size() > 10 && iso.at(10) == u' ')
            iso[10] = u'T';
        if (dateOnly) {
            const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
            if (date.isValid() && (iso.size() == 10 || QDateTime::fromString(iso, Qt::ISODateWithMs).isValid()))
                return d->sqlite ? QVariant(date.toString(Qt::ISODate)) : QVariant(date);
        } else {
            QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
            if (!dt.isValid() && iso.size() == 10)
                dt = QDate::fromString(iso, Qt::ISODate).startOfDay();
            if (dt.isValid()) {
                return d->sqlite ? QVariant(dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                 : QVariant(dt);
            }
        }
        *error = QCoreApplication::translate("concord::TableImporter", "%1 is no date in the form 2024-03-30 (or 2024-03-30 14:05:00)").arg(quoted(value));
        return {};
    }
    if (bounds.maxLength >= 0 && text.size() > bounds.maxLength) {
        *error = QCoreApplication::translate("concord::TableImporter", "%1 is too long: the column takes at most %2 characters")
                     .arg(quoted(text)).arg(bounds.maxLength);
        return {};
    }
    return text;
}

int TableImporter::insert(const QList<QStringList> &rows, Mode mode)
{
    d->failures.clear();
    if (!isValid())
        return 0;
    // Convert every field first: a file with bad values touches nothing in the database.
    QList<QList<QPair<QString, QVariant>>> converted;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QList<QPair<QString, QVariant>> values;
        bool good = true;
        for (qsizetype c = 0; c < rows.at(r).size() && c < d->mapping.size(); ++c) {
            const QString column = d->mapping.at(c);
            if (column.isEmpty() || !d->declared.contains(column))
                continue;
            QString error;
            const QVariant value = convert(column, rows.at(r).at(c), &error);
            if (!error.isEmpty()) {
                d->failures << Failure{int(r), column, error};
                good = false;
                continue;
            }
            const QSqlField field = d->declared.field(column);
            // An empty field of a column with a default (or an id the database assigns) is
            // left out: the default applies, as for a new row in the grid.
            if (value.isNull() && (!field.defaultValue().toString().isEmpty() || field.isAutoValue()))
                continue;
            values.append({column, value});
        }
        converted << (good ? values : QList<QPair<QString, QVariant>>());
    }
    // Who and when, as the model stamps its inserts: whole seconds, ISO text on SQLite.
    QList<QPair<QString, QVariant>> audit;
    if (!d->operatorName.isEmpty()) {
        const QString by = TableSchema::modifiedByColumn(d->db, d->table);
        const QString at = TableSchema::modifiedAtColumn(d->db, d->table);
        QDateTime now = QDateTime::currentDateTime();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        if (!by.isEmpty() && !d->mapping.contains(by))
            audit.append({by, d->operatorName});
        if (!at.isEmpty() && !d->mapping.contains(at))
            audit.append({at, d->sqlite ? QVariant(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                        : QVariant(now)});
    }
    for (auto &values : converted) {
        if (!values.isEmpty())
            values.append(audit);
    }
    // Under AllOrNothing the rows are still tried, so that the list names every row the
    // database would refuse too; the transaction is then rolled back.
    detail::BatchTransaction unit(d->db);
    if (!unit.begin()) {
        d->failures << Failure{-1, {}, unit.lastError().text()};
        return 0;
    }
    const auto table = detail::resolveTable(d->db, d->table);
    if (!table) {
        unit.rollback();
        d->failures << Failure{-1, {}, QCoreApplication::translate("concord::TableImporter", "The table %1 no longer exists.").arg(quoted(d->table))};
        return 0;
    }
    const QString target = detail::quoteTable(d->db, *table);
    QSqlQuery query(d->db);
    int inserted = 0;
    const QList<Failure> conversionFailures = d->failures;
    for (qsizetype r = 0; r < converted.size(); ++r) {
        const bool refused = std::any_of(conversionFailures.cbegin(), conversionFailures.cend(),
                                         [r](const Failure &f) { return f.row == r; });
        if (refused)
            continue;
        QStringList names;
        QStringList marks;
        for (const auto &[column, value] : converted.at(r)) {
            names << detail::quoteIdentifier(d->db, column);
            marks << QStringLiteral("?");
        }
        const QString sql = names.isEmpty()
            ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(target)
            : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(target, names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
        // Each row under a savepoint of its own: a refused row leaves the others standing.
        QSqlQuery(d->db).exec(QStringLiteral("SAVEPOINT concord_import_row"));
        bool ok = query.prepare(sql);
        for (const auto &[column, value] : converted.at(r))
            query.addBindValue(value);
        ok = ok && query.exec();
        if (ok) {
            QSqlQuery(d->db).exec(QStringLiteral("RELEASE SAVEPOINT concord_import_row"));
            ++inserted;
        } else {
            d->failures << Failure{int(r), {}, query.lastError().databaseText().isEmpty()
                                                   ? query.lastError().text()
                                                   : query.lastError().databaseText()};
            QSqlQuery(d->db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT concord_import_row"));
            QSqlQuery(d->db).exec(QStringLiteral("RELEASE SAVEPOINT concord_import_row"));
        }
        query.finish();
    }
    if ((mode == Mode::AllOrNothing && !d->failures.isEmpty()) || !unit.commit()) {
        unit.rollback();
        std::sort(d->failures.begin(), d->failures.end(),
                  [](const Failure &a, const Failure &b) { return a.row < b.row; });
        return 0;
    }
    std::sort(d->failures.begin(), d->failures.end(),
              [](const Failure &a, const Failure &b) { return a.row < b.row; });
    return inserted;
}

} // namespace concord
