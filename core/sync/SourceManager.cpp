// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SourceManager.h"

#include "core/services/AsyncWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/StorageError.h"

#include <QFile>
#include <QMetaObject>
#include <QSaveFile>

#include <algorithm>

namespace earshot {

namespace {

constexpr qint64 kMaxOpmlBytes = 16 * 1024 * 1024;

// Hands a result from a database thread to `reply` on the GUI thread. It goes through
// the workspace, which outlives its own threads' jobs, so a job never touches a
// manager that may be gone by the time it runs.
template <typename T>
void deliver(AsyncWorkspace &workspace, const QPointer<QObject> &context,
             const SourceManager::Reply<T> &reply, Result<T> result)
{
    QMetaObject::invokeMethod(
        &workspace,
        [context, reply, result = std::move(result)]() mutable {
            if (context)
                reply(std::move(result));
        },
        Qt::QueuedConnection);
}

}  // namespace

SourceManager::SourceManager(AsyncWorkspace &workspace, HttpClient &http, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_discovery(http)
{
    connect(&m_discovery, &FeedDiscovery::finished, this, &SourceManager::discovered);
}

SourceManager::~SourceManager() = default;

void SourceManager::discover(const QString &address)
{
    const QString typed = address.trimmed();
    const QUrl url = QUrl::fromUserInput(typed);
    if (typed.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        DiscoveryResult result;
        result.requested = url;
        result.error = Error{ErrorKind::InvalidInput,
                             tr("\"%1\" is not a web address. Type the address of a page "
                                "or a feed, such as https://example.org/.")
                                 .arg(typed)};
        // Answered from the event loop like a real discovery, and it drops one running.
        m_discovery.cancel();
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT discovered(result); }, Qt::QueuedConnection);
        return;
    }
    m_discovery.discover(url);
}

void SourceManager::addFeed(const QUrl &feed, const QString &title, const QString &group,
                            QObject *context, Reply<AddedSource> reply)
{
    const QPointer<QObject> guard(context);
    const QString address = feed.toString();
    const QString name = title.trimmed();
    const QString folder = group.trimmed();
    m_workspace.postWrite(
        [=, &workspace = m_workspace](Database &db) {
            const SourceRepository::Followed followed =
                SourceRepository(db).followFeed(address, name, folder);
            AddedSource added;
            added.address = address;
            added.id = followed.id;
            added.existed = !followed.added;
            deliver<AddedSource>(workspace, guard, reply, added);
            if (!added.existed)
                workspace.announceContentChanged();  // the sidebar lists the new source
        },
        [=, &workspace = m_workspace](const Error &error) {
            deliver<AddedSource>(workspace, guard, reply, error);
        });
}

void SourceManager::editSource(qint64 id, const SourceEdit &edit, QObject *context,
                               Reply<bool> reply)
{
    changeSource(context, std::move(reply),
                 [id, edit](SourceRepository &sources) { return sources.edit(id, edit); });
}

void SourceManager::removeSource(qint64 id, QObject *context, Reply<bool> reply)
{
    changeSource(context, std::move(reply),
                 [id](SourceRepository &sources) { return sources.remove(id); });
}

void SourceManager::changeSource(QObject *context, Reply<bool> reply,
                                 std::function<bool(SourceRepository &)> change)
{
    const QPointer<QObject> guard(context);
    m_workspace.postWrite(
        [=, &workspace = m_workspace](Database &db) {
            SourceRepository sources(db);
            const bool changed = change(sources);
            deliver<bool>(workspace, guard, reply, changed);
            if (changed)
                workspace.announceContentChanged();  // sidebar and inbox show the change
        },
        [=, &workspace = m_workspace](const Error &error) {
            deliver<bool>(workspace, guard, reply, error);
        });
}

void SourceManager::groups(QObject *context, Reply<QStringList> reply)
{
    const QPointer<QObject> guard(context);
    m_workspace.postRead(
        [=, &workspace = m_workspace](Database &db) {
            QStringList names;
            for (const SourceRecord &s : SourceRepository(db).list()) {
                if (!s.group.isEmpty() && !names.contains(s.group))
                    names.append(s.group);
            }
            std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
                return QString::localeAwareCompare(a, b) < 0;
            });
            deliver<QStringList>(workspace, guard, reply, names);
        },
        [=, &workspace = m_workspace](const Error &error) {
            deliver<QStringList>(workspace, guard, reply, error);
        });
}

void SourceManager::importOpml(const QString &path, QObject *context, Reply<OpmlImportReport> reply)
{
    const QPointer<QObject> guard(context);
    m_workspace.postWrite(
        [=, &workspace = m_workspace](Database &db) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                deliver<OpmlImportReport>(
                    workspace, guard, reply,
                    Error{ErrorKind::Io, tr("Cannot open %1: %2").arg(path, file.errorString())});
                return;
            }
            const Result<std::vector<OpmlFeed>> feeds = readOpml(file.read(kMaxOpmlBytes));
            if (!feeds) {
                deliver<OpmlImportReport>(
                    workspace, guard, reply,
                    Error{feeds.error().kind,
                          tr("%1 is not a usable OPML list: %2").arg(path, feeds.error().message)});
                return;
            }
            const OpmlImportReport report = importOpmlFeeds(db, *feeds);
            deliver<OpmlImportReport>(workspace, guard, reply, report);
            if (report.added > 0)
                workspace.announceContentChanged();
        },
        [=, &workspace = m_workspace](const Error &error) {
            deliver<OpmlImportReport>(workspace, guard, reply, error);
        });
}

void SourceManager::exportOpml(const QString &path, const QString &title, QObject *context,
                               Reply<int> reply)
{
    const QPointer<QObject> guard(context);
    m_workspace.postRead(
        [=, &workspace = m_workspace](Database &db) {
            const std::vector<SourceRecord> feeds = subscribedFeeds(db);
            const QByteArray opml = writeOpml(feeds, title);
            QSaveFile file(path);  // all or nothing: an old list is never left half-written
            if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() ||
                !file.commit()) {
                deliver<int>(
                    workspace, guard, reply,
                    Error{ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString())});
                return;
            }
            deliver<int>(workspace, guard, reply, static_cast<int>(feeds.size()));
        },
        [=, &workspace = m_workspace](const Error &error) {
            deliver<int>(workspace, guard, reply, error);
        });
}

}  // namespace earshot
