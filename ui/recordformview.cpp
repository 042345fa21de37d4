// RecordFormView: the labelled editors of one record, the inline message under them, and field error marks.
#include "recordformview.h"

#include "fieldeditorfactory.h"

#include <concord/versionedtablemodel.h>

#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

namespace {

// Enough rows to tell what a loosely typed SQLite column holds, without loading the table.
constexpr int sampleRows = 200;

// "Credit limit" -> "Credit &limit", taking the first letter no other label or menu uses yet.
QString withMnemonic(const QString &text, QSet<QChar> &used)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    // Word starts first: Alt+L for "Credit limit" is easier to guess than Alt+E.
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i).isLetterOrNumber() && (i == 0 || escaped.at(i - 1) == QLatin1Char(' ')))
            candidates << i;
    }
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i).isLetterOrNumber() && !candidates.contains(i))
            candidates << i;
    }
    for (qsizetype i : std::as_const(candidates)) {
        const QChar key = escaped.at(i).toLower();
        if (!used.contains(key)) {
            used.insert(key);
            return escaped.insert(i, QLatin1Char('&'));
        }
    }
    return escaped;
}

QVariantList samplesOf(const VersionedTableModel *model, int column)
{
    QVariantList samples;
    const int rows = qMin(model->rowCount(), sampleRows);
    for (int row = 0; row < rows; ++row)
        samples << model->data(model->index(row, column), Qt::EditRole);
    return samples;
}

} // namespace

RecordFormView::RecordFormView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_fields = new QWidget(m_scroll);
    auto *column = new QVBoxLayout(m_fields);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    column->addLayout(m_form);
    // Extra height goes below the fields, not between them.
    column->addStretch(1);
    m_scroll->setWidget(m_fields);
    outer->addWidget(m_scroll, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(problemStyle());
    m_message->hide();
    outer->addWidget(m_message);
}

void RecordFormView::addFields(VersionedTableModel *model, const QSqlRecord &declared,
                               const QStringList &readOnly, FieldEditorFactory *factory,
                               QDataWidgetMapper *mapper, const QString &reservedMnemonics)
{
    QSet<QChar> usedMnemonics;
    for (const QChar key : reservedMnemonics)
        usedMnemonics.insert(key.toLower());
    QWidget *previousEditor = nullptr;
    const QSqlRecord columns = model->record();
    for (int column = 0; column < model->columnCount(); ++column) {
        QSqlField field = columns.field(column);
        const QString name = field.name();
        // The table's declaration knows more than a query's result columns: NOT NULL, lengths,
        // precision, and on SQLite the declared type rather than the first value's storage class.
        if (declared.contains(name))
            field = declared.field(name);
        QWidget *editor = factory->createEditor(field, samplesOf(model, column), m_fields);
        if (readOnly.contains(name) || field.isAutoValue())
            FieldEditorFactory::setReadOnly(editor, true);

        m_editors.insert(name, editor);
        auto *label = new QLabel(tr("%1:").arg(withMnemonic(fieldLabel(name), usedMnemonics)),
                                 m_fields);
        label->setBuddy(editor);
        label->setToolTip(name);
        m_form->addRow(label, editor);
        mapper->addMapping(editor, column);
        m_labels.insert(editor, label);
        if (previousEditor)
            setTabOrder(previousEditor, editor);
        previousEditor = editor;
    }
    connect(factory, &FieldEditorFactory::edited, this, [this](QWidget *editor) {
        if (editor == m_errorEditor) {
            clearFieldError();
            clearMessage();
        }
    });
}

QString RecordFormView::fieldLabel(const QString &field) const
{
    QWidget *editor = m_editors.value(field);
    const bool foreignKey = editor
        && FieldEditorFactory::kindOfEditor(editor) == FieldEditorFactory::Kind::ForeignKey;
    return FieldEditorFactory::labelText(field, foreignKey);
}

QString RecordFormView::fieldNamedIn(const QString &message) const
{
    QStringList names = m_editors.keys();
    // Longest first, so "customer_name" is not taken for "name".
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // Quoted or qualified names first; then a bare word, where '_' separates ("t_name_key").
    const QString patterns[] = {QStringLiteral("(\\.|\")%1(\"|\\b)|\\(%1\\)"),
                                QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])")};
    for (const QString &pattern : patterns) {
        for (const QString &name : std::as_const(names)) {
            const QRegularExpression re(pattern.arg(QRegularExpression::escape(name)),
                                        QRegularExpression::CaseInsensitiveOption);
            if (re.match(message).hasMatch())
                return name;
        }
    }
    return {};
}

QSize RecordFormView::fieldsSizeHint() const
{
    return m_fields->sizeHint();
}

QString RecordFormView::problemStyle()
{
    return QStringLiteral("QLabel#messageLabel { background: #fdecea; color: #611a15;"
                          " border: 1px solid #f1aeb5; border-radius: 4px; padding: 6px; }");
}

void RecordFormView::showMessage(const QString &text)
{
    m_message->setStyleSheet(problemStyle());
    m_message->setText(text);
    m_message->show();
}

void RecordFormView::showNotice(const QString &text)
{
    // Something to know, not something wrong: blue, not red.
    m_message->setStyleSheet(QStringLiteral(
        "QLabel#messageLabel { background: #e8f0fe; color: #0b3069;"
        " border: 1px solid #aecbfa; border-radius: 4px; padding: 6px; }"));
    m_message->setText(text);
    m_message->show();
}

void RecordFormView::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void RecordFormView::markFieldError(const QString &field)
{
    clearFieldError();
    QWidget *editor = m_editors.value(field);
    if (!editor)
        return;
    m_errorEditor = editor;
    QPalette palette = editor->palette();
    palette.setColor(QPalette::Base, QColor(0xfd, 0xe2, 0xe1));
    editor->setPalette(palette);
    if (QLabel *label = m_labels.value(editor)) {
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, QColor(0xa1, 0x26, 0x1b));
        label->setPalette(labelPalette);
    }
    m_scroll->ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
}

void RecordFormView::clearFieldError()
{
    if (!m_errorEditor)
        return;
    // A palette with nothing set makes the widgets follow their parent's again.
    m_errorEditor->setPalette(QPalette());
    if (FieldEditorFactory::isReadOnly(m_errorEditor))
        FieldEditorFactory::setReadOnly(m_errorEditor, true);
    if (QLabel *label = m_labels.value(m_errorEditor))
        label->setPalette(QPalette());
    m_errorEditor = nullptr;
}

void RecordFormView::setFieldsEnabled(bool enabled)
{
    m_scroll->setEnabled(enabled);
}

} // namespace concord
