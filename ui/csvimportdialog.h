// CsvImportDialog: File ▸ Import CSV…: map a file's columns to a table's, preview the rows, insert them in one transaction.
#pragma once

#include <QDialog>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace concord {

class TableImporter;

// The file is read whole (UTF-8, its delimiter guessed: comma, semicolon or tab). Each of its
// columns gets a combo box naming the table column it goes to: preset where the header names a
// column or its label ("Customer" for customer_id), "(skip)" elsewhere. The first rows show as
// they are in the file. Import hands the rows to TableImporter (core): one transaction; when any
// row fails, nothing is inserted, the failures are listed (row as a spreadsheet numbers it,
// column, reason), and "Insert the Good Rows" inserts the others.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const QSqlDatabase &db, const QString &table, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    bool loadFile(const QString &path);
    // Stamped into the table's who/when columns (TableImporter::setOperatorName).
    void setOperatorName(const QString &name);
    QString errorString() const { return m_error; }

    // The table column the file's column `csvColumn` goes to; empty when skipped.
    QString mappedColumn(int csvColumn) const;
    void setMappedColumn(int csvColumn, const QString &column);
    int previewRowCount() const;
    // Inserts the rows; with `keepGoodRows`, even when some fail. Returns the rows inserted.
    int runImport(bool keepGoodRows);
    // "Row 3, Customer: nothing in customers is named “Nobody”", one per failure of the last run.
    QStringList failureTexts() const { return m_failureTexts; }
    int insertedRows() const { return m_inserted; }

private:
    void parse();
    void buildMapping();
    void buildPreview();
    void importAll();
    void importGood();
    QString labelOf(const QString &column) const;

    QSqlDatabase m_db;
    QString m_table;
    std::unique_ptr<TableImporter> m_importer;
    QByteArray m_bytes;
    QList<QStringList> m_rows; // as parsed, the header included when there is one
    QString m_error;
    QStringList m_failureTexts;
    int m_inserted = 0;

    QLabel *m_file = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_header = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_failures = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_importGood = nullptr;
};

} // namespace concord
