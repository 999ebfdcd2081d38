// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/SidebarModel.h"

#include "core/model/Platform.h"
#include "core/services/AsyncWorkspace.h"

namespace earshot {

namespace {
constexpr int kRefreshDelayMs = 250;  // one stats query for a burst of changes
}

SidebarModel::SidebarModel(AsyncWorkspace &workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SidebarModel::refresh);
    const auto later = [this] { m_refreshTimer.start(); };
    connect(&m_workspace, &AsyncWorkspace::itemsChanged, this, later);
    connect(&m_workspace, &AsyncWorkspace::contentChanged, this, later);
    connect(&m_workspace, &AsyncWorkspace::savedSearchesChanged, this, later);
    // Placeholder rows until the first counts arrive, so the inbox can start at once.
    setStats(WorkspaceStats{});
    m_hasStats = false;
}

void SidebarModel::refresh()
{
    if (m_requestInFlight) {
        m_refreshAgain = true;
        return;
    }
    m_requestInFlight = true;
    m_workspace.savedSearches(this, [this](Result<std::vector<SavedSearchCount>> result) {
        if (result)
            m_savedSearches = std::move(*result);
    });
    m_workspace.stats(this, [this](Result<WorkspaceStats> result) {
        m_requestInFlight = false;
        if (result)
            setStats(*result);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
}

std::vector<SidebarModel::Entry> SidebarModel::buildEntries(const WorkspaceStats &stats) const
{
    std::vector<Entry> out;
    const auto section = [&out](const QString &key, const QString &label) {
        out.push_back({Kind::Section, QStringLiteral("section:") + key, key, label, 0, 0, {}});
    };
    const auto view = [&out](const QString &key, const QString &sectionKey, const QString &label,
                             qint64 unread, qint64 total, const InboxFilter &filter) {
        out.push_back({Kind::View, key, sectionKey, label, unread, total, filter});
    };

    const QString views = QStringLiteral("views");
    section(views, tr("Inbox"));
    InboxFilter all;
    view(QStringLiteral("view:all"), views, tr("All"), stats.unread, stats.total, all);
    InboxFilter unread;
    unread.view = InboxFilter::View::Unread;
    view(QStringLiteral("view:unread"), views, tr("Unread"), stats.unread, stats.unread, unread);
    InboxFilter saved;
    saved.view = InboxFilter::View::Saved;
    view(QStringLiteral("view:saved"), views, tr("Saved"), 0, stats.saved, saved);

    if (!m_savedSearches.empty()) {
        const QString key = QStringLiteral("searches");
        section(key, tr("Saved Searches"));
        for (const SavedSearchCount &saved : m_savedSearches) {
            InboxFilter f;
            f.query = saved.search.query;
            view(QStringLiteral("search:%1").arg(saved.search.id), key, saved.search.name,
                 saved.unread, saved.unread, f);
        }
    }
    if (!stats.platforms.empty()) {
        const QString key = QStringLiteral("platforms");
        section(key, tr("Platforms"));
        for (const PlatformCount &p : stats.platforms) {
            InboxFilter f;
            f.platform = p.platform;
            view(QStringLiteral("platform:") + p.platform, key, Platform::displayName(p.platform),
                 p.unread, p.total, f);
        }
    }
    if (!stats.accounts.empty()) {
        const QString key = QStringLiteral("accounts");
        section(key, tr("Accounts"));
        for (const AccountRecord &a : stats.accounts) {
            // An account's items are those of its timeline sources, which all share the
            // account's address prefix.
            const QString prefix = a.sourceAddressPrefix();
            qint64 unreadCount = 0;
            qint64 itemCount = 0;
            for (const SourceRecord &s : stats.sources) {
                if (s.kind == QLatin1String("account") && s.address.startsWith(prefix)) {
                    unreadCount += s.unreadCount;
                    itemCount += s.itemCount;
                }
            }
            InboxFilter f;
            f.query = QStringLiteral("source:\"%1\"").arg(prefix);
            view(QStringLiteral("account:%1").arg(a.id), key,
                 Platform::displayName(a.platform) + QLatin1Char(' ') + a.title(), unreadCount,
                 itemCount, f);
            out.back().accountId = a.id;
        }
    }
    if (!stats.sources.empty()) {
        const QString key = QStringLiteral("sources");
        section(key, tr("Sources"));
        for (const SourceRecord &s : stats.sources) {
            InboxFilter f;
            f.sourceId = s.id;
            view(QStringLiteral("source:%1").arg(s.id), key, s.displayTitle(), s.unreadCount,
                 s.itemCount, f);
        }
    }
    if (!stats.tags.empty()) {
        const QString key = QStringLiteral("tags");
        section(key, tr("Tags"));
        for (const TagRecord &t : stats.tags) {
            InboxFilter f;
            f.tagId = t.id;
            view(QStringLiteral("tag:%1").arg(t.id), key, t.name, t.unreadCount, t.itemCount, f);
        }
    }
    return out;
}

std::optional<SourceRecord> SidebarModel::sourceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const qint64 id = m_entries[static_cast<std::size_t>(row)].filter.sourceId;
    const auto found = m_sources.constFind(id);
    if (id == 0 || found == m_sources.constEnd())
        return std::nullopt;
    return found.value();
}

void SidebarModel::setStats(const WorkspaceStats &stats)
{
    m_sources.clear();
    for (const SourceRecord &s : stats.sources)
        m_sources.insert(s.id, s);
    m_accountHealth.clear();
    for (const AccountRecord &a : stats.accounts) {
        if (a.lastAttemptMs == 0)
            continue;  // never synced yet
        const bool failing = a.consecutiveFailures > 0;
        m_accountHealth.insert(a.id, {failing ? SourceState::Failing : SourceState::Ok,
                                      failing ? a.lastError : QString()});
    }
    std::vector<Entry> fresh = buildEntries(stats);
    m_hasStats = true;
    m_totalItems = stats.total;
    bool sameShape = fresh.size() == m_entries.size();
    for (std::size_t i = 0; sameShape && i < fresh.size(); ++i)
        sameShape = fresh[i].key == m_entries[i].key && fresh[i].label == m_entries[i].label;
    if (sameShape) {
        // Only counts moved: update in place so the selection and scroll stay.
        m_entries = std::move(fresh);
        if (!m_entries.empty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {UnreadRole, TotalRole, BadgeRole, Qt::ToolTipRole, SourceStateRole,
                                SourceErrorRole});
    } else {
        beginResetModel();
        m_entries = std::move(fresh);
        endResetModel();
    }
    Q_EMIT statsLoaded();
}

SidebarModel::Health SidebarModel::healthOf(const Entry &entry) const
{
    if (entry.accountId != 0)
        return m_accountHealth.value(entry.accountId);
    if (entry.kind != Kind::View || entry.filter.sourceId == 0)
        return {};
    const auto live = m_liveHealth.constFind(entry.filter.sourceId);
    if (live != m_liveHealth.constEnd())
        return *live;
    const auto stored = m_sources.constFind(entry.filter.sourceId);
    if (stored == m_sources.constEnd() || stored->lastAttemptMs == 0)
        return {};  // never fetched (imported or captured by hand): nothing to say
    const bool failing =
        stored->consecutiveFailures > 0 || stored->lastSuccessMs < stored->lastAttemptMs;
    return {failing ? SourceState::Failing : SourceState::Ok,
            failing ? stored->lastError : QString()};
}

void SidebarModel::setSourceState(qint64 sourceId, SourceState state, const QString &error)
{
    if (state == SourceState::None)
        m_liveHealth.remove(sourceId);
    else
        m_liveHealth.insert(sourceId, {state, state == SourceState::Failing ? error : QString()});
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].kind == Kind::View && m_entries[i].filter.sourceId == sourceId) {
            const QModelIndex changed = index(static_cast<int>(i));
            Q_EMIT dataChanged(changed, changed,
                               {SourceStateRole, SourceErrorRole, Qt::ToolTipRole});
        }
    }
}

std::vector<SidebarModel::PlatformView> SidebarModel::platforms() const
{
    std::vector<PlatformView> views;
    for (const Entry &e : m_entries) {
        if (e.kind == Kind::View && e.section == QLatin1String("platforms"))
            views.push_back({e.filter.platform, e.label, e.unread});
    }
    return views;
}

InboxFilter SidebarModel::filterAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_entries[static_cast<std::size_t>(row)].filter;
}

int SidebarModel::rowOfKey(const QString &key) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return e.label;
    case Qt::ToolTipRole: {
        if (e.kind == Kind::Section)
            return {};
        QString tip = tr("%1: %2 unread of %3").arg(e.label).arg(e.unread).arg(e.total);
        const Health health = healthOf(e);
        if (health.state == SourceState::Syncing)
            tip += QLatin1Char('\n') + tr("Fetching now\u2026");
        else if (health.state == SourceState::Failing)
            tip += QLatin1Char('\n') + tr("Last fetch failed: %1").arg(health.error);
        return tip;
    }
    case SourceStateRole: return static_cast<int>(healthOf(e).state);
    case SourceErrorRole: return healthOf(e).error;
    case KindRole: return static_cast<int>(e.kind);
    case KeyRole: return e.key;
    case UnreadRole: return e.unread;
    case TotalRole: return e.total;
    case SectionRole: return e.section;
    case BadgeRole: return e.filter.view == InboxFilter::View::Saved ? e.total : e.unread;
    default: return {};
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_entries[static_cast<std::size_t>(index.row())].kind == Kind::Section)
        return Qt::ItemNeverHasChildren;  // headings are neither enabled nor selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SidebarModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KeyRole, "key");
    names.insert(UnreadRole, "unread");
    names.insert(TotalRole, "total");
    names.insert(SectionRole, "section");
    names.insert(BadgeRole, "badge");
    names.insert(SourceStateRole, "sourceState");
    names.insert(SourceErrorRole, "sourceError");
    return names;
}

}  // namespace earshot
