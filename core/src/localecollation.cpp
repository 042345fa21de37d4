// ensureLocaleCollation(): sqlite3_create_collation_v2 reached through QLibrary, comparing with a per-thread QCollator.
#include "localecollation_p.h"

#include <QCollator>
#include <QLibrary>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

#include <optional>

namespace concord::detail {

namespace {

struct sqlite3;

// sqlite3.h's values.
constexpr int sqliteOk = 0;
constexpr int sqliteUtf16Aligned = 8; // UTF-16 in native byte order, 2-byte aligned

using Compare = int (*)(void *, int, const void *, int, const void *);
using CreateCollation = int (*)(sqlite3 *, const char *, int, void *, Compare, void (*)(void *));

CreateCollation createCollation()
{
    // Debian's QSQLITE links the system libsqlite3.so.0: loading it again gives the instance
    // already in the process (dlopen of a loaded soname). A Qt built with its own bundled
    // SQLite has no such library to find, and sorting stays by bytes.
    static const CreateCollation create = [] {
        QLibrary so(QStringLiteral("sqlite3"), 0);
        if (!so.load())
            return CreateCollation(nullptr);
        return reinterpret_cast<CreateCollation>(so.resolve("sqlite3_create_collation_v2"));
    }(); // never unloaded: QSQLITE needs it as long as the process runs
    return create;
}

// SQLite may sort on any thread that runs a statement, and QCollator is not safe to share: each
// thread has its own, made again when the default locale has changed.
int compareInLocale(void *, int length1, const void *text1, int length2, const void *text2)
{
    const QStringView a(static_cast<const char16_t *>(text1), length1 / 2);
    const QStringView b(static_cast<const char16_t *>(text2), length2 / 2);
    thread_local std::optional<QCollator> collator;
    const QLocale locale;
    if (!collator || collator->locale() != locale)
        collator.emplace(locale);
    const int order = collator->compare(a, b);
    if (order != 0)
        return order;
    return a.compare(b); // equal to the user, but not the same text: still one fixed order
}

bool hasCollation(const QSqlDatabase &db)
{
    // An unknown collation fails the statement as it is prepared, once a comparison needs it.
    QSqlQuery probe(db);
    return probe.prepare(QStringLiteral("SELECT 'a' < 'b' COLLATE %1").arg(localeCollationName()));
}

} // namespace

bool ensureLocaleCollation(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver() || db.driver()->dbmsType() != QSqlDriver::SQLite)
        return false;
    if (hasCollation(db))
        return true;
    const QVariant handle = db.driver()->handle();
    const CreateCollation create = createCollation();
    if (!create || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return false;
    const QByteArray name = localeCollationName().toLatin1();
    return create(connection, name.constData(), sqliteUtf16Aligned, nullptr, compareInLocale, nullptr)
        == sqliteOk;
}

} // namespace concord::detail
