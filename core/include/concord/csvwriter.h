// CsvWriter: writes rows of text as RFC 4180 CSV (or tab-separated text), UTF-8.
#pragma once

#include <concord/concord_core_export.h>

#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

namespace concord {

// A field is quoted only when it must be: it holds the delimiter, a quote, a line break, or
// starts or ends with a space (a spreadsheet would trim those). Quotes inside are doubled. Rows
// end in CRLF, as RFC 4180 says; LibreOffice and Excel read that as well as LF.
// It knows nothing of databases: the caller decides what text a value becomes.
class CONCORD_CORE_EXPORT CsvWriter
{
public:
    // Writes into `device`, which must be open for writing; the writer does not own it.
    explicit CsvWriter(QIODevice *device, QChar delimiter = u',');

    // Writes one row; false when the device refused it (disk full...): errorString() says why.
    bool writeRow(const QStringList &fields);
    QString errorString() const;

    // One field as it appears in the file.
    static QString quoted(const QString &field, QChar delimiter = u',');
    // Rows as text, `lineEnd` after each but the last when `trailingLineEnd` is false: what a
    // clipboard takes ("a\tb\nc\td" from Copy).
    static QString format(const QList<QStringList> &rows, QChar delimiter, const QString &lineEnd,
                          bool trailingLineEnd);

private:
    QIODevice *m_device;
    QChar m_delimiter;
};

} // namespace concord
