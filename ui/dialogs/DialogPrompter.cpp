// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/DialogPrompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace earshot {

bool DialogPrompter::offerSampleWorkspace(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Welcome to Earshot"), tr("Your workspace is empty."),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        tr("Load the sample workspace to look around? It holds made-up mentions "
           "from several platforms."));
    QPushButton *load = box.addButton(tr("Load Sample"), QMessageBox::AcceptRole);
    box.addButton(tr("Start Empty"), QMessageBox::RejectRole);
    box.setDefaultButton(load);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(load);
}

QString DialogPrompter::chooseImportFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Import JSON Lines"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("JSON Lines (*.jsonl *.ndjson *.json);;All files (*)"));
}

bool DialogPrompter::confirm(QWidget *parent, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, tr("Earshot"), question, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(yes);
}

}  // namespace earshot
