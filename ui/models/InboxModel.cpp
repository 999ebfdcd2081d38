// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/InboxModel.h"

#include "core/model/Platform.h"
#include "core/services/AsyncWorkspace.h"

#include <QDateTime>

namespace earshot {

InboxModel::InboxModel(AsyncWorkspace &workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &AsyncWorkspace::itemsChanged, this, &InboxModel::refreshStates);
    connect(&m_workspace, &AsyncWorkspace::contentChanged, this, &InboxModel::reload);
}

void InboxModel::setFilter(const InboxFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_rowOfId.clear();
    m_atEnd = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    fetchMore({});  // a view (or model tester) reacting to the reset may have asked already
}

void InboxModel::reload()
{
    ++m_generation;  // a half-loaded next page would not fit the new first page
    m_loading = false;
    requestPage(true);
}

int InboxModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return row.title.isEmpty() ? row.snippet : row.title;
    case Qt::ToolTipRole: return row.title.isEmpty() ? row.snippet.left(200) : row.title;
    case IdRole: return row.id;
    case PlatformRole: return row.platform;
    case PlatformNameRole: return Platform::displayName(row.platform);
    case SourceRole: return row.sourceTitle;
    case AuthorRole: return row.authorName;
    case PublishedRole: return QDateTime::fromMSecsSinceEpoch(row.publishedMs, Qt::UTC);
    case TitleRole: return row.title;
    case SnippetRole: return row.snippet;
    case TagsRole: return row.tags;
    case ReadRole: return row.read;
    case SavedRole: return row.saved;
    case StatusRole: return static_cast<int>(row.status);
    case SeenInSourcesRole: return row.seenInSources;
    default: return {};
    }
}

bool InboxModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != ReadRole && role != SavedRole)
        return false;
    InboxRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const bool on = value.toBool();
    // Shown at once; the workspace writes it and itemsChanged confirms the stored state.
    if (role == ReadRole) {
        row.read = on;
        m_workspace.setRead({row.id}, on);
    } else {
        row.saved = on;
        m_workspace.setSaved({row.id}, on);
    }
    Q_EMIT dataChanged(index, index, {role});
    return true;
}

Qt::ItemFlags InboxModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PlatformRole, "platform");
    names.insert(PlatformNameRole, "platformName");
    names.insert(SourceRole, "source");
    names.insert(AuthorRole, "author");
    names.insert(PublishedRole, "published");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(TagsRole, "tags");
    names.insert(ReadRole, "read");
    names.insert(SavedRole, "saved");
    names.insert(StatusRole, "status");
    names.insert(SeenInSourcesRole, "seenInSources");
    return names;
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_loading)
        return;
    requestPage(false);
}

void InboxModel::requestPage(bool replaceRows)
{
    m_loading = true;
    std::optional<PageCursor> after;
    if (!replaceRows && !m_rows.empty()) {
        const InboxRow &last = m_rows.back();
        after = PageCursor{last.publishedMs, last.id, static_cast<int>(m_rows.size())};
    }
    const quint64 generation = m_generation;
    m_workspace.page(m_filter, after, m_pageSize, this,
                     [this, generation, replaceRows](Result<std::vector<InboxRow>> result) {
                         if (generation != m_generation)
                             return;  // the filter changed meanwhile; its own page is coming
                         if (!result) {
                             m_loading = false;
                             m_atEnd = true;  // no retry loop; reload() or a new filter retries
                             Q_EMIT loadFailed(result.error().message);
                             return;
                         }
                         receivePage(std::move(result).value(), replaceRows);
                     });
}

// `m_loading` stays set until the rows are in: whoever reacts to the model's signals
// (views, the model tester) may call fetchMore from inside them, and a page asked for
// before the rows are appended would start from the old cursor.
void InboxModel::receivePage(std::vector<InboxRow> rows, bool replaceRows)
{
    const bool shortPage = static_cast<int>(rows.size()) < m_pageSize;
    if (replaceRows) {
        beginResetModel();
        m_rows = std::move(rows);
        m_atEnd = shortPage;
        rebuildIndex();
        endResetModel();
        m_loading = false;
        Q_EMIT reloaded();
        return;
    }
    m_atEnd = shortPage;
    if (rows.empty()) {
        m_loading = false;
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    const int count = static_cast<int>(rows.size());
    beginInsertRows({}, first, first + count - 1);
    m_rows.reserve(m_rows.size() + rows.size());
    for (InboxRow &row : rows) {
        m_rowOfId.insert(row.id, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    m_loading = false;
    Q_EMIT pageLoaded(first, count);
}

void InboxModel::refreshStates(const QList<qint64> &ids)
{
    std::vector<qint64> shown;
    for (const qint64 id : ids) {
        if (m_rowOfId.contains(id))
            shown.push_back(id);
    }
    if (shown.empty())
        return;
    m_workspace.states(shown, this, [this](Result<std::vector<std::pair<qint64, ItemState>>> r) {
        if (!r)
            return;
        for (const auto &[id, state] : *r) {
            const int rowIndex = rowOfId(id);
            if (rowIndex < 0)
                continue;
            InboxRow &row = m_rows[static_cast<std::size_t>(rowIndex)];
            if (row.read == state.read && row.saved == state.saved && row.status == state.status &&
                row.tags == state.tags)
                continue;
            row.read = state.read;
            row.saved = state.saved;
            row.status = state.status;
            row.tags = state.tags;
            const QModelIndex changed = index(rowIndex);
            Q_EMIT dataChanged(changed, changed, {ReadRole, SavedRole, StatusRole, TagsRole});
        }
    });
}

void InboxModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows[i].id, static_cast<int>(i));
}

}  // namespace earshot
