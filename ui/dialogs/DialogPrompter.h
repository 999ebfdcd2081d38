// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Prompter.h"

#include <QCoreApplication>

namespace earshot {

// Answers the window's questions with standard dialogs.
class DialogPrompter : public Prompter {
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)
public:
    bool offerSampleWorkspace(QWidget *parent) override;
    QString chooseImportFile(QWidget *parent) override;
    bool confirm(QWidget *parent, const QString &question, const QString &action) override;
};

}  // namespace earshot
