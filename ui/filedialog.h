// File dialogs that never read the files they list.
//
// Qt's own dialog asks QMimeDatabase for each file's type, which opens the file to look at its
// first bytes (a native dialog's toolkit does the same). Closing any descriptor of a file drops
// every POSIX lock this process holds on it, SQLite's included: another program then finds the
// open database unused, checkpoints it and deletes its WAL, and this process's later saves go
// to a WAL nobody else reads, unseen, until it closes. An Open dialog starts in the open
// database's own folder, so this happened at once.
#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

class FileDialog
{
public:
    // As QFileDialog::getOpenFileName / getSaveFileName; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter, QFileDialog::Options options = {});
};
