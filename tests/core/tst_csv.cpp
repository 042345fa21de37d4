// Tests for CsvReader and CsvWriter: RFC 4180 quoting both ways, line ends, and spreadsheet text.
#include <concord/csvreader.h>
#include <concord/csvwriter.h>

#include <QBuffer>
#include <QtTest>

using namespace concord;

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerQuotesOnlyWhatMustBe();
    void writerWritesUtf8RowsWithCrlf();
    void readerReadsWhatTheWriterWrote();
    void readerTakesSpreadsheetClipboardText();
    void readerReportsAnUnclosedQuote();
    void delimiterIsGuessedFromTheFirstLine();
};

void tst_Csv::writerQuotesOnlyWhatMustBe()
{
    QCOMPARE(CsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    // A comma is plain text in tab-separated output.
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b"), u'\t'), QStringLiteral("a,b"));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a\tb"), u'\t'), QStringLiteral("\"a\tb\""));
}

void tst_Csv::writerWritesUtf8RowsWithCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({QStringLiteral("Name"), QStringLiteral("City")}));
    QVERIFY(writer.writeRow({QStringLiteral("Jürgen, Jr."), QStringLiteral("Köln")}));
    QCOMPARE(buffer.data(), QByteArray("Name,City\r\n\"J\xc3\xbcrgen, Jr.\",K\xc3\xb6ln\r\n"));
}

void tst_Csv::readerReadsWhatTheWriterWrote()
{
    const QList<QStringList> rows = {
        {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QString()},
        {QStringLiteral("two\r\nlines"), QStringLiteral(" x "), QStringLiteral("ü")},
    };
    const QString text = CsvWriter::format(rows, u',', QStringLiteral("\r\n"), true);
    QString error;
    QCOMPARE(CsvReader::parse(text, u',', &error), rows);
    QCOMPARE(error, QString());
    // LF or CR alone end a line too, and a BOM is no part of the first field.
    QCOMPARE(CsvReader::parseUtf8(QByteArray("\xef\xbb\xbf" "a,b\nc,d\re,f")),
             (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                 {QStringLiteral("c"), QStringLiteral("d")},
                                 {QStringLiteral("e"), QStringLiteral("f")}}));
    // An empty line is a row with one empty field, as spreadsheets write it.
    QCOMPARE(CsvReader::parse(QStringLiteral("a\n\nb\n")).size(), 3);
}

void tst_Csv::readerTakesSpreadsheetClipboardText()
{
    // LibreOffice copies a cell with a line break in quotes; a quote inside a plain cell is text.
    const QString clip = QStringLiteral("1\t\"two\nlines\"\r\n5\" tall\t64,90\n");
    QCOMPARE(CsvReader::parse(clip, u'\t'),
             (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("two\nlines")},
                                 {QStringLiteral("5\" tall"), QStringLiteral("64,90")}}));
}

void tst_Csv::readerReportsAnUnclosedQuote()
{
    QString error;
    const QList<QStringList> rows =
        CsvReader::parse(QStringLiteral("a,b\nc,\"never\nclosed"), u',', &error);
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(1), QStringLiteral("never\nclosed"));
}

void tst_Csv::delimiterIsGuessedFromTheFirstLine()
{
    QCOMPARE(CsvReader::guessDelimiter(QStringLiteral("a;b;\"c,d\"\n1,2")), QChar(u';'));
    QCOMPARE(CsvReader::guessDelimiter(QStringLiteral("a,b,c")), QChar(u','));
    QCOMPARE(CsvReader::guessDelimiter(QStringLiteral("a\tb,c\td")), QChar(u'\t'));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
