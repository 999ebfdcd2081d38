// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QListView;

namespace earshot {

// Sets up a list view to show an InboxModel: the inbox delegate, uniform rows (fast with
// a million rows), extended selection for bulk triage, no editing. The single inbox and
// every platform column look and behave the same.
void configureInboxView(QListView &view);

}  // namespace earshot
