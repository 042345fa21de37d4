// CsvImportDialog: the mapping table, the preview and the failure list around TableImporter.
#include "csvimportdialog.h"

#include "fieldeditorfactory.h"

#include <concord/csvreader.h>
#include <concord/tableimporter.h>
#include <concord/tableschema.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

namespace {
constexpr int previewRows = 10;
}

CsvImportDialog::CsvImportDialog(const QSqlDatabase &db, const QString &table, QWidget *parent)
    : QDialog(parent), m_db(db), m_table(table), m_importer(std::make_unique<TableImporter>(db, table))
{
    setWindowTitle(tr("Import CSV into %1").arg(table));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_file = new QLabel(this);
    m_file->setTextFormat(Qt::PlainText);
    form->addRow(tr("File:"), m_file);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma"), QVariant(QChar(u',')));
    m_delimiter->addItem(tr("Semicolon"), QVariant(QChar(u';')));
    m_delimiter->addItem(tr("Tab"), QVariant(QChar(u'\t')));
    form->addRow(tr("&Separator:"), m_delimiter);
    m_header = new QCheckBox(tr("The first row holds the column &names"), this);
    m_header->setChecked(true);
    form->addRow(QString(), m_header);
    layout->addLayout(form);

    auto *mappingLabel = new QLabel(tr("&Columns: where each column of the file goes"), this);
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setHorizontalHeaderLabels({tr("In the file"), tr("Into the table column")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    mappingLabel->setBuddy(m_mapping);
    layout->addWidget(mappingLabel);
    layout->addWidget(m_mapping, 1);

    auto *previewLabel = new QLabel(tr("&Preview of the first rows"), this);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("failures"));
    m_failures->setRootIsDecorated(false);
    m_failures->setHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
    m_failures->hide();
    layout->addWidget(m_failures, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_importGood = buttons->addButton(tr("Insert the &Good Rows"), QDialogButtonBox::ActionRole);
    m_importGood->setObjectName(QStringLiteral("importGoodButton"));
    m_importGood->hide();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not the box's accepted(): the dialog stays open when rows fail.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::importAll);
    connect(m_importGood, &QPushButton::clicked, this, &CsvImportDialog::importGood);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        parse();
        buildMapping();
        buildPreview();
    });
    connect(m_header, &QCheckBox::toggled, this, [this] {
        buildMapping();
        buildPreview();
    });
}

CsvImportDialog::~CsvImportDialog() = default;

QString CsvImportDialog::labelOf(const QString &column) const
{
    const QList<ForeignKey> keys = TableSchema::foreignKeys(m_db, m_table);
    const bool foreignKey = std::any_of(keys.cbegin(), keys.cend(),
                                        [&](const ForeignKey &k) { return k.column == column; });
    return FieldEditorFactory::labelText(column, foreignKey);
}

void CsvImportDialog::setOperatorName(const QString &name)
{
    m_importer->setOperatorName(name);
}

bool CsvImportDialog::loadFile(const QString &path)
{
    if (!m_importer->isValid()) {
        m_error = m_importer->errorString();
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The file %1 could not be read: %2").arg(path, file.errorString());
        return false;
    }
    m_bytes = file.readAll();
    m_file->setText(QFileInfo(path).fileName());
    const QChar guess = CsvReader::guessDelimiter(QString::fromUtf8(m_bytes.left(64 * 1024)));
    {
        const QSignalBlocker blocker(m_delimiter);
        m_delimiter->setCurrentIndex(m_delimiter->findData(QVariant(guess)));
    }
    parse();
    if (!m_error.isEmpty())
        return false;
    if (m_rows.isEmpty()) {
        m_error = tr("The file %1 holds no rows.").arg(QFileInfo(path).fileName());
        return false;
    }
    buildMapping();
    buildPreview();
    return true;
}

void CsvImportDialog::parse()
{
    m_error.clear();
    m_rows = CsvReader::parseUtf8(m_bytes, m_delimiter->currentData().toChar(), &m_error);
}

void CsvImportDialog::buildMapping()
{
    const QStringList columns = m_importer->columnNames();
    int width = 0;
    for (const QStringList &row : std::as_const(m_rows))
        width = std::max(width, int(row.size()));
    const QStringList header = m_header->isChecked() && !m_rows.isEmpty() ? m_rows.first() : QStringList();
    m_mapping->setRowCount(width);
    for (int c = 0; c < width; ++c) {
        const QString name = c < header.size() ? header.at(c) : tr("Column %1").arg(c + 1);
        auto *item = new QTableWidgetItem(name);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(c, 0, item);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(skip)"), QString());
        int match = 0;
        for (const QString &column : columns) {
            const QString label = labelOf(column);
            combo->addItem(label.compare(column, Qt::CaseInsensitive) == 0 ? label
                                : tr("%1 (%2)").arg(label, column),
                      column);
            const QString wanted = name.trimmed();
            if (!match && (wanted.compare(column, Qt::CaseInsensitive) == 0
                           || wanted.compare(label, Qt::CaseInsensitive) == 0))
                match = combo->count() - 1;
        }
        combo->setCurrentIndex(match);
        m_mapping->setCellWidget(c, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

void CsvImportDialog::buildPreview()
{
    const int first = m_header->isChecked() ? 1 : 0;
    const int count = std::clamp(int(m_rows.size()) - first, 0, previewRows);
    m_preview->clear();
    m_preview->setRowCount(count);
    m_preview->setColumnCount(m_mapping->rowCount());
    QStringList labels;
    for (int c = 0; c < m_mapping->rowCount(); ++c)
        labels << m_mapping->item(c, 0)->text();
    m_preview->setHorizontalHeaderLabels(labels);
    for (int r = 0; r < count; ++r) {
        const QStringList &row = m_rows.at(first + r);
        for (int c = 0; c < row.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    // Rows as a spreadsheet numbers them: the header is row 1.
    QStringList numbers;
    for (int r = 0; r < count; ++r)
        numbers << QString::number(first + r + 1);
    m_preview->setVerticalHeaderLabels(numbers);
}

QString CsvImportDialog::mappedColumn(int csvColumn) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(csvColumn, 1));
    return combo ? combo->currentData().toString() : QString();
}

void CsvImportDialog::setMappedColumn(int csvColumn, const QString &column)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(csvColumn, 1)))
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

int CsvImportDialog::previewRowCount() const
{
    return m_preview->rowCount();
}

int CsvImportDialog::runImport(bool keepGoodRows)
{
    QStringList mapping;
    for (int c = 0; c < m_mapping->rowCount(); ++c)
        mapping << mappedColumn(c);
    m_importer->setMapping(mapping);
    const int first = m_header->isChecked() ? 1 : 0;
    const QList<QStringList> rows = m_rows.mid(first);
    m_inserted = m_importer->insert(rows, keepGoodRows ? TableImporter::Mode::GoodRows
                                                       : TableImporter::Mode::AllOrNothing);
    m_failureTexts.clear();
    m_failures->clear();
    QList<int> failedRows;
    for (const TableImporter::Failure &failure : m_importer->failures()) {
        const QString row = failure.row < 0 ? QString() : QString::number(failure.row + first + 1);
        const QString column = failure.column.isEmpty() ? QString() : labelOf(failure.column);
        if (!failedRows.contains(failure.row))
            failedRows << failure.row;
        m_failureTexts << (row.isEmpty() ? failure.message
                           : column.isEmpty() ? tr("Row %1: %2").arg(row, failure.message)
                                              : tr("Row %1, %2: %3").arg(row, column, failure.message));
        m_failures->addTopLevelItem(new QTreeWidgetItem({row, column, failure.message}));
    }
    const bool failed = !m_failureTexts.isEmpty();
    m_failures->setVisible(failed);
    m_summary->setVisible(failed);
    if (failed) {
        const int good = int(rows.size()) - int(failedRows.size());
        m_summary->setText(keepGoodRows
                               ? tr("%1 rows were inserted; these rows were not:").arg(m_inserted)
                               : tr("%1 of %2 rows cannot be inserted, so nothing was. Fix the "
                                    "file and import it again, or insert the %3 good rows.")
                                     .arg(failedRows.size()).arg(rows.size()).arg(good));
        m_importGood->setVisible(!keepGoodRows && good > 0);
        m_failures->resizeColumnToContents(0);
        m_failures->resizeColumnToContents(1);
    }
    return m_inserted;
}

void CsvImportDialog::importAll()
{
    runImport(false);
    if (m_failureTexts.isEmpty())
        accept();
}

void CsvImportDialog::importGood()
{
    runImport(true);
    if (m_inserted > 0)
        accept();
}

} // namespace concord
