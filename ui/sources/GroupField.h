// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;
class QWidget;

namespace earshot {

class SourceManager;

// The "Group" field of the source dialogs: editable (a new group is typed), offering the
// groups sources are in now once the workspace has answered, an empty entry for none.
QComboBox *makeGroupField(SourceManager &sources, QWidget *parent);

}  // namespace earshot
