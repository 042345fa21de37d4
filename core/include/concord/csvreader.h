// CsvReader: reads RFC 4180 CSV (or tab-separated text from a spreadsheet's clipboard) into rows.
#pragma once

#include <concord/concord_core_export.h>

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

// Fields may be quoted ("a, b", "say ""hi""", a line break inside quotes); lines may end in
// CRLF, LF or CR; a UTF-8 byte order mark is skipped. A final line break adds no empty row.
// Lenient where spreadsheets are: a quote inside an unquoted field is kept as text, and text
// after a closing quote is appended. An unterminated quote is the one error: the rest of the
// text becomes that field, and error() says on which line it opened.
class CONCORD_CORE_EXPORT CsvReader
{
public:
    // The rows of `text` (already decoded).
    static QList<QStringList> parse(const QString &text, QChar delimiter = u',',
                                    QString *error = nullptr);
    // Decodes `bytes` as UTF-8 (a BOM is dropped) and parses them.
    static QList<QStringList> parseUtf8(const QByteArray &bytes, QChar delimiter = u',',
                                        QString *error = nullptr);
    // The delimiter a file most likely uses: tab, semicolon (European spreadsheets) or comma,
    // counted outside quotes on its first line.
    static QChar guessDelimiter(const QString &text);
};

} // namespace concord
