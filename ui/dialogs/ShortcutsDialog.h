// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Shortcuts.h"

#include <QDialog>

namespace earshot {

// Lists every keyboard shortcut of the main window, from the same table the window
// binds its actions with.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const std::vector<ShortcutEntry> &shortcuts,
                             QWidget *parent = nullptr);
};

}  // namespace earshot
