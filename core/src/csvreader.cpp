// CsvReader: a small state machine over the characters, quotes and line ends of RFC 4180.
#include <concord/csvreader.h>

#include <QCoreApplication>

namespace concord {

QList<QStringList> CsvReader::parse(const QString &text, QChar delimiter, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool fieldStarted = false; // something (even "") was read for the current field
    int line = 1;
    int quoteLine = 0;
    qsizetype i = 0;
    if (text.startsWith(QChar(0xFEFF)))
        i = 1;
    const qsizetype n = text.size();
    const auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        rows << row;
        row.clear();
    };
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && error) {
        *error = QCoreApplication::translate("concord::CsvReader",
                                             "A quote opened on line %1 is never closed.")
                     .arg(quoteLine);
    }
    if (fieldStarted || !row.isEmpty())
        endRow();
    return rows;
}

QList<QStringList> CsvReader::parseUtf8(const QByteArray &bytes, QChar delimiter, QString *error)
{
    return parse(QString::fromUtf8(bytes), delimiter, error);
}

QChar CsvReader::guessDelimiter(const QString &text)
{
    int tabs = 0;
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

} // namespace concord
