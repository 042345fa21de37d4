// ConnectionSpec: parsing libpq conninfo strings and postgresql:// URLs, display and storage forms.
#include <concord/connectionspec.h>

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QUrl>

namespace concord {

namespace {

using KeyValue = QPair<QString, QString>;

const QLatin1String sqlitePrefix("sqlite:");
const QLatin1String urlScheme("postgresql://");
const QLatin1String shortUrlScheme("postgres://");

// libpq's conninfo grammar: `key = value` pairs separated by whitespace, where a value is
// either single-quoted or runs to the next whitespace, and a backslash escapes the next
// character in both forms. `extraSeparator` lets the same tokenizer read our own option
// lists ("k=v;k=v", what QSqlDatabase::setConnectOptions takes).
QList<KeyValue> parseKeyValues(const QString &text, QChar extraSeparator = QChar())
{
    QList<KeyValue> pairs;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto isSeparator = [&](QChar c) {
        return c.isSpace() || (!extraSeparator.isNull() && c == extraSeparator);
    };
    while (i < n) {
        while (i < n && isSeparator(text.at(i)))
            ++i;
        if (i >= n)
            break;
        QString key;
        while (i < n && text.at(i) != u'=' && !isSeparator(text.at(i))) {
            if (text.at(i) == u'\\' && i + 1 < n)
                ++i; // only our own option lists escape a key (see joinOptions)
            key += text.at(i++);
        }
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n || text.at(i) != u'=') {
            // A key without a value is malformed for libpq too; keep it so nothing is lost.
            if (!key.isEmpty())
                pairs.append({key, QString()});
            continue;
        }
        ++i; // '='
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            while (i < n && text.at(i) != u'\'') {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
            if (i < n)
                ++i; // closing quote
        } else {
            while (i < n && !isSeparator(text.at(i))) {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
        }
        if (!key.isEmpty())
            pairs.append({key, value});
    }
    return pairs;
}

// Quotes a value the way libpq reads it back. QPSQL turns every ';' of the connect options
// into a space, so a value containing ';' cannot be passed through options at all.
QString quoteValue(const QString &value)
{
    bool needsQuotes = value.isEmpty();
    for (QChar c : value) {
        if (c.isSpace() || c == u'\'' || c == u'\\' || c == u';') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    QString quoted = QStringLiteral("'");
    for (QChar c : value) {
        if (c == u'\'' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

// No libpq keyword holds a blank, '=', ';' or '\\', but a URL's query can spell one: escaped,
// such a key still reads back as itself (and libpq still refuses it by name).
QString escapeKey(const QString &key)
{
    QString escaped;
    for (QChar c : key) {
        if (c.isSpace() || c == u'=' || c == u';' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString joinOptions(const QList<KeyValue> &pairs)
{
    QStringList parts;
    for (const KeyValue &kv : pairs)
        parts << escapeKey(kv.first) + u'=' + quoteValue(kv.second);
    return parts.join(u';');
}

QString percentDecode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString percentEncode(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

class ConnectionSpec::Private : public QSharedData
{
public:
    Backend backend = Backend::SQLite;
    QString path;
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString options;
};

ConnectionSpec::ConnectionSpec() : d(new Private) { }
ConnectionSpec::ConnectionSpec(const ConnectionSpec &other) = default;
ConnectionSpec::ConnectionSpec(ConnectionSpec &&other) noexcept = default;
ConnectionSpec &ConnectionSpec::operator=(const ConnectionSpec &other) = default;
ConnectionSpec &ConnectionSpec::operator=(ConnectionSpec &&other) noexcept = default;
ConnectionSpec::~ConnectionSpec() = default;

ConnectionSpec::Backend ConnectionSpec::backend() const { return d->backend; }
QString ConnectionSpec::path() const { return d->path; }
QString ConnectionSpec::host() const { return d->host; }
int ConnectionSpec::port() const { return d->port; }
QString ConnectionSpec::database() const { return d->database; }
QString ConnectionSpec::user() const { return d->user; }
QString ConnectionSpec::password() const { return d->password; }
void ConnectionSpec::setPassword(const QString &password) { d->password = password; }
QString ConnectionSpec::options() const { return d->options; }

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.d->backend = Backend::SQLite;
    spec.d->path = path;
    return spec;
}

ConnectionSpec ConnectionSpec::postgres(const QString &conninfoOrUrl)
{
    ConnectionSpec spec;
    spec.d->backend = Backend::PostgreSQL;
    const QString text = conninfoOrUrl.trimmed();

    QList<KeyValue> pairs;
    if (text.startsWith(urlScheme, Qt::CaseInsensitive)
        || text.startsWith(shortUrlScheme, Qt::CaseInsensitive)) {
        // Parsed by hand rather than with QUrl: libpq allows an empty host, several
        // comma-separated hosts and a percent-encoded socket directory as host.
        QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
        QString query;
        if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
            query = rest.mid(q + 1);
            rest.truncate(q);
        }
        QString authority = rest;
        if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
            authority = rest.left(slash);
            pairs.append({QStringLiteral("dbname"), percentDecode(rest.mid(slash + 1))});
        }
        if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
            const QString userInfo = authority.left(at);
            authority = authority.mid(at + 1);
            const qsizetype colon = userInfo.indexOf(u':');
            pairs.append({QStringLiteral("user"), percentDecode(userInfo.left(colon))});
            if (colon >= 0)
                pairs.append({QStringLiteral("password"), percentDecode(userInfo.mid(colon + 1))});
        }
        QString hostPart = authority;
        QString portPart;
        if (authority.startsWith(u'[')) {
            // An IPv6 address: the port colon comes after the closing bracket.
            const qsizetype close = authority.indexOf(u']');
            hostPart = authority.mid(1, close < 0 ? -1 : close - 1);
            if (close >= 0 && authority.mid(close + 1).startsWith(u':'))
                portPart = authority.mid(close + 2);
        } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
            hostPart = authority.left(colon);
            portPart = authority.mid(colon + 1);
        }
        pairs.append({QStringLiteral("host"), percentDecode(hostPart)});
        pairs.append({QStringLiteral("port"), percentDecode(portPart)});
        for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(u'=');
            // '+' is a space in form encoding, which libpq's URLs do not use: keep it literal.
            pairs.append({percentDecode(item.left(eq)),
                          eq < 0 ? QString() : percentDecode(item.mid(eq + 1))});
        }
    } else {
        pairs = parseKeyValues(text);
    }

    QString hostaddr;
    QList<KeyValue> options;
    for (const KeyValue &kv : std::as_const(pairs)) {
        const QString &key = kv.first;
        if (key == QLatin1String("host")) {
            spec.d->host = kv.second;
        } else if (key == QLatin1String("hostaddr")) {
            hostaddr = kv.second;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = kv.second.toInt(&ok);
            if (kv.second.isEmpty()) {
                spec.d->port = -1;
            } else if (ok && port > 0 && port < 65536) {
                spec.d->port = port;
            } else {
                // Several ports for several hosts, or a typo: libpq decides, so pass it on.
                options.append(kv);
            }
        } else if (key == QLatin1String("dbname")) {
            spec.d->database = kv.second;
        } else if (key == QLatin1String("user")) {
            spec.d->user = kv.second;
        } else if (key == QLatin1String("password")) {
            spec.d->password = kv.second;
        } else if (!key.isEmpty()) { // "?=x": nothing to name, as a conninfo's "=x" is dropped
            options.append(kv);
        }
    }
    // libpq connects to hostaddr and uses host only for authentication and TLS. With just
    // hostaddr, host can carry the address itself; with both, hostaddr rides in the options.
    if (!hostaddr.isEmpty()) {
        if (spec.d->host.isEmpty())
            spec.d->host = hostaddr;
        else
            options.prepend({QStringLiteral("hostaddr"), hostaddr});
    }
    spec.d->options = joinOptions(options);
    return spec;
}

QString ConnectionSpec::driverName() const
{
    return d->backend == Backend::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString ConnectionSpec::displayName() const
{
    if (d->backend == Backend::SQLite) {
        if (d->path.isEmpty() || d->path == QLatin1String(":memory:"))
            return d->path;
        const QFileInfo info(d->path);
        return QStringLiteral("%1 (%2)").arg(info.fileName(),
                                            QDir::toNativeSeparators(info.absolutePath()));
    }
    // Show what libpq will really use: empty parts come from its PG* environment variables.
    auto orEnv = [](const QString &value, const char *variable) {
        return value.isEmpty() ? qEnvironmentVariable(variable) : value;
    };
    const QString user = orEnv(d->user, "PGUSER");
    const QString host = orEnv(d->host, "PGHOST");
    const QString port = orEnv(d->port > 0 ? QString::number(d->port) : QString(), "PGPORT");
    const QString database = orEnv(d->database, "PGDATABASE");
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (!port.isEmpty())
        text += u':' + port;
    if (!database.isEmpty())
        text += u'/' + database;
    return text;
}

QString ConnectionSpec::toStorageString() const
{
    if (d->backend == Backend::SQLite)
        return sqlitePrefix + d->path;

    QString url = urlScheme;
    if (!d->user.isEmpty())
        url += percentEncode(d->user) + u'@';
    if (d->host.contains(u':') && !d->host.contains(u'/'))
        url += u'[' + percentEncode(d->host, ":") + u']'; // IPv6; a ']' or '%' inside must not end it
    else
        url += percentEncode(d->host, ",");
    if (d->port > 0)
        url += u':' + QString::number(d->port);
    if (!d->database.isEmpty())
        url += u'/' + percentEncode(d->database);
    QStringList query;
    for (const KeyValue &kv : parseKeyValues(d->options, u';')) {
        // sslpassword unlocks an encrypted client key: as secret as the password itself.
        if (kv.first == QLatin1String("password") || kv.first == QLatin1String("sslpassword"))
            continue;
        query << percentEncode(kv.first) + u'=' + percentEncode(kv.second);
    }
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

ConnectionSpec ConnectionSpec::fromStorageString(const QString &text)
{
    if (text.startsWith(sqlitePrefix))
        return sqlite(text.mid(sqlitePrefix.size()));
    if (text.startsWith(urlScheme, Qt::CaseInsensitive)
        || text.startsWith(shortUrlScheme, Qt::CaseInsensitive))
        return postgres(text);
    // Anything else was stored by hand: a bare path is the likeliest meaning.
    return sqlite(text);
}

} // namespace concord
