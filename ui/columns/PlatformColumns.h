// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "ui/models/SidebarModel.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAbstractItemView;
class QHBoxLayout;
class QLabel;
class QListView;

namespace earshot {

class AsyncWorkspace;
class InboxActions;
class InboxModel;

// The inbox split by platform, side by side: one lazily fetched list per platform the
// workspace holds, each with its unread count, all under the same filter (the sidebar's
// view and the search). The columns follow the sidebar's platforms as they come and go.
// A column that gets focus or a current item says so with focused(), so the window's
// keyboard and triage commands work on the list the user is looking at.
class PlatformColumns : public QWidget {
    Q_OBJECT
public:
    PlatformColumns(AsyncWorkspace &workspace, SidebarModel &sidebar, QWidget *parent = nullptr);
    ~PlatformColumns() override;

    // The filter every column shows, each within its own platform.
    void setFilter(const InboxFilter &filter);
    void setMarkReadDelay(int ms);

    int columnCount() const { return static_cast<int>(m_columns.size()); }
    QString platformAt(int column) const;
    QListView *viewAt(int column) const;
    InboxModel *modelAt(int column) const;
    InboxActions *actionsAt(int column) const;
    QString headerAt(int column) const;

Q_SIGNALS:
    void focused(earshot::InboxActions &actions, QAbstractItemView &view);
    void currentItemChanged(earshot::InboxActions &actions, qint64 id);
    void itemActivated(earshot::InboxActions &actions);  // Enter or double-click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column {
        QString platform;
        QWidget *frame = nullptr;
        QLabel *header = nullptr;
        QListView *view = nullptr;
        InboxModel *model = nullptr;
        InboxActions *actions = nullptr;
    };
    using PlatformRow = SidebarModel::PlatformView;

    void followSidebar();
    Column makeColumn(const PlatformRow &row);
    void applyFilter(Column &column);

    AsyncWorkspace &m_workspace;
    SidebarModel &m_sidebar;
    QHBoxLayout *m_row = nullptr;
    QLabel *m_empty = nullptr;
    std::vector<Column> m_columns;
    InboxFilter m_filter;
    std::optional<int> m_markReadDelayMs;  // the actions' own default until set
};

}  // namespace earshot
