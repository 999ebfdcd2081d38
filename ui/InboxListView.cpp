// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InboxListView.h"

#include "ui/delegates/InboxDelegate.h"

#include <QListView>

namespace earshot {

void configureInboxView(QListView &view)
{
    view.setItemDelegate(new InboxDelegate(&view));
    view.setUniformItemSizes(true);
    view.setEditTriggers(QAbstractItemView::NoEditTriggers);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);  // bulk triage
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setFrameShape(QFrame::NoFrame);
    view.setMinimumWidth(280);
}

}  // namespace earshot
