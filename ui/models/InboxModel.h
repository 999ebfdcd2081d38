// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "core/model/Item.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <vector>

namespace earshot {

class AsyncWorkspace;

// The inbox list: rows of the current filter, fetched lazily in keyset pages on the
// workspace's reader thread. Only fetched rows are held, so a million items cost no
// more memory than the pages the user scrolled through. Read and saved state is edited
// through setData (written by the workspace) and refreshed in place on itemsChanged; new
// content reloads the first page. Lives on the GUI thread.
class InboxModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PlatformRole,      // platform id ("vk")
        PlatformNameRole,  // human name ("VK")
        SourceRole,        // source title or address
        AuthorRole,
        PublishedRole,  // QDateTime, UTC
        TitleRole,
        SnippetRole,
        TagsRole,    // QStringList
        ReadRole,    // bool, editable
        SavedRole,   // bool, editable
        StatusRole,  // ItemStatus as int
        SeenInSourcesRole,
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 200;

    explicit InboxModel(AsyncWorkspace &workspace, QObject *parent = nullptr);

    // Replaces the filter: drops the rows and loads the first page of the new one.
    // Pages still on their way for the old filter are ignored when they arrive.
    void setFilter(const InboxFilter &filter);
    const InboxFilter &filter() const { return m_filter; }
    // Loads the first page again, keeping the current rows until it arrives.
    void reload();

    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : kDefaultPageSize; }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    // Row of the item with this id among the fetched rows, -1 when not fetched.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int firstRow, int rowCount);
    void reloaded();
    void loadFailed(const QString &message);

private:
    void requestPage(bool replaceRows);
    void receivePage(std::vector<InboxRow> rows, bool replaceRows);
    void refreshStates(const QList<qint64> &ids);
    void rebuildIndex();

    AsyncWorkspace &m_workspace;
    InboxFilter m_filter;
    std::vector<InboxRow> m_rows;
    QHash<qint64, int> m_rowOfId;
    int m_pageSize = kDefaultPageSize;
    quint64 m_generation = 0;  // bumped whenever pending pages become meaningless
    bool m_loading = false;
    bool m_atEnd = false;
};

}  // namespace earshot
