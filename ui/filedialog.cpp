#include "filedialog.h"

#include <QCoreApplication>
#include <QFileIconProvider>
#include <QFileInfo>

namespace {

// A file's type by its suffix alone: QFileIconProvider's own type() reads the file (see the
// header). The icons come from the theme, by name, and read nothing either.
class SuffixIconProvider : public QFileIconProvider
{
public:
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileDialog", "Folder");
        return info.suffix().isEmpty() ? QCoreApplication::translate("FileDialog", "File") : info.suffix().toUpper();
    }
};

QString run(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
            QFileDialog::AcceptMode mode, QFileDialog::Options options)
{
    SuffixIconProvider provider; // outlives the dialog, declared before it
    QFileDialog dialog(parent, caption, dir, filter);
    // A native dialog is another toolkit's, which reads files for their types too.
    dialog.setOptions(options | QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                       : QFileDialog::AnyFile);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    return run(parent, caption, dir, filter, QFileDialog::AcceptOpen, {});
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter, QFileDialog::Options options)
{
    return run(parent, caption, dir, filter, QFileDialog::AcceptSave, options);
}
