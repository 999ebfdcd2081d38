// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace earshot {

// The questions the main window asks the user. The application answers them with
// dialogs (DialogPrompter); tests answer them directly.
class Prompter {
public:
    virtual ~Prompter() = default;

    // The workspace is empty: load the bundled sample workspace?
    virtual bool offerSampleWorkspace(QWidget *parent) = 0;
    // A JSON Lines file to import, or an empty string when the user cancelled.
    virtual QString chooseImportFile(QWidget *parent) = 0;
    // Asks before a change that is large or cannot be taken back: `question` says what
    // would happen, `action` names the yes answer ("Apply"). The default says no, so a
    // prompter that does not know the question never lets such a change through.
    virtual bool confirm(QWidget *parent, const QString &question, const QString &action)
    {
        Q_UNUSED(parent)
        Q_UNUSED(question)
        Q_UNUSED(action)
        return false;
    }
};

}  // namespace earshot
