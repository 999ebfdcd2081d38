// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/rules/RulesDialog.h"

#include <QAction>
#include <QPointer>

namespace earshot {

class AsyncWorkspace;
class Prompter;

// The menu entry "Rules…": opens the rules dialog over `window`, or brings it forward
// when it is already open.
class RulesAction : public QAction {
    Q_OBJECT
public:
    RulesAction(AsyncWorkspace &workspace, Prompter &prompter, QWidget *window);

    // The open dialog, or null.
    RulesDialog *dialog() const { return m_dialog; }
    void openDialog();

private:
    AsyncWorkspace &m_workspace;
    Prompter &m_prompter;
    QWidget *m_window;
    QPointer<RulesDialog> m_dialog;
};

}  // namespace earshot
