// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "core/services/SavedSearchService.h"
#include "core/storage/SourceRepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>

#include <optional>
#include <vector>

namespace earshot {

class AsyncWorkspace;
struct WorkspaceStats;

// The views of the sidebar: All, Unread, Saved, then one per platform, platform account,
// source and tag, under section headings, each with its unread count. Accounts and
// fetched sources carry their health. Counts come from
// AsyncWorkspace::stats and are refreshed (debounced) after the content or the read state
// changes. Rows keep a stable KeyRole ("platform:vk") so a view can restore its selection
// after the list of sources or tags changed. Lives on the GUI thread.
class SidebarModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Section, View };
    Q_ENUM(Kind)
    // Health of a source row: from its last fetch, or live while a sync runs.
    enum class SourceState { None, Ok, Syncing, Failing };
    Q_ENUM(SourceState)
    enum Role {
        KindRole = Qt::UserRole + 1,  // Kind as int
        KeyRole,                      // QString, stable across refreshes
        UnreadRole,                   // qint64
        TotalRole,                    // qint64
        SectionRole,      // QString: "views", "platforms", "accounts", "sources", "tags"
        BadgeRole,        // qint64 shown next to the view: unread items, or saved ones for Saved
        SourceStateRole,  // SourceState as int; None for rows that are not sources or accounts
        SourceErrorRole,  // QString: why the last fetch or account sync failed, in plain words
    };
    Q_ENUM(Role)

    explicit SidebarModel(AsyncWorkspace &workspace, QObject *parent = nullptr);

    // Asks the workspace for fresh counts now.
    void refresh();
    void setStats(const WorkspaceStats &stats);
    bool hasStats() const { return m_hasStats; }
    qint64 totalItems() const { return m_totalItems; }

    // The state a running sync reports for a source; it replaces the stored health of
    // the source's row from then on (the stored one catches up with the next counts).
    // None drops it: the stored health shows again.
    void setSourceState(qint64 sourceId, SourceState state, const QString &error = {});

    // The per-platform views, in sidebar order, as of the last counts.
    struct PlatformView {
        QString platform;  // Platform id
        QString name;      // as shown
        qint64 unread = 0;
    };
    std::vector<PlatformView> platforms() const;

    // The inbox filter of a row (an empty filter for headings).
    InboxFilter filterAt(int row) const;
    // The source a row shows, as of the last counts; nullopt for rows that are not one.
    std::optional<SourceRecord> sourceAt(int row) const;
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void statsLoaded();

private:
    struct Entry {
        Kind kind = Kind::View;
        QString key;
        QString section;
        QString label;
        qint64 unread = 0;
        qint64 total = 0;
        InboxFilter filter;
        qint64 accountId = 0;
    };
    std::vector<Entry> buildEntries(const WorkspaceStats &stats) const;
    struct Health {
        SourceState state = SourceState::None;
        QString error;
    };
    Health healthOf(const Entry &entry) const;

    AsyncWorkspace &m_workspace;
    std::vector<Entry> m_entries;
    QHash<qint64, SourceRecord> m_sources;  // by id, from the last counts
    QHash<qint64, Health> m_liveHealth;     // by source id, from sync passes in this session
    QHash<qint64, Health> m_accountHealth;  // by account id, from the last counts
    // Saved searches with their unread counts; asked for just before the stats on the same
    // reader, so they are in place when the stats arrive and the rows are built.
    std::vector<SavedSearchCount> m_savedSearches;
    QTimer m_refreshTimer;
    bool m_requestInFlight = false;
    bool m_refreshAgain = false;
    bool m_hasStats = false;
    qint64 m_totalItems = 0;
};

}  // namespace earshot
