// CsvWriter: RFC 4180 quoting, one row at a time into a device, or rows into a string.
#include <concord/csvwriter.h>

#include <QIODevice>

namespace concord {

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter) : m_device(device), m_delimiter(delimiter)
{
}

QString CsvWriter::quoted(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"')
        || field.contains(u'\n') || field.contains(u'\r')
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString CsvWriter::format(const QList<QStringList> &rows, QChar delimiter, const QString &lineEnd,
                          bool trailingLineEnd)
{
    QString text;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += delimiter;
            text += quoted(row.at(c), delimiter);
        }
        if (trailingLineEnd || r + 1 < rows.size())
            text += lineEnd;
    }
    return text;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    const QByteArray line = format({fields}, m_delimiter, QStringLiteral("\r\n"), true).toUtf8();
    return m_device && m_device->write(line) == line.size();
}

QString CsvWriter::errorString() const
{
    return m_device ? m_device->errorString() : QString();
}

} // namespace concord
