// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AsyncWatch.h"

#include "core/services/AsyncJobs.h"
#include "core/services/Guarded.h"
#include "core/services/WatchService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QUrl>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AsyncWatch", text);
}

// Changes a watched site in place. WatchService::add keys sites by address, so a new
// address is added as a site and the old one removed, in one transaction, carrying over
// when it was last checked.
Result<qint64> update(Database &db, const WatchService::Clock &clock, const WatchedSite &site)
{
    WatchRepository sites(db);
    const Result<std::optional<WatchedSite>> old = guarded([&] { return sites.find(site.id); });
    if (!old)
        return old.error();
    if (!*old)
        return Error{ErrorKind::NotFound, tr("This site is no longer on the watch list.")};
    const QString url = QUrl(site.url.trimmed(), QUrl::StrictMode).toString();
    if (url == (*old)->url)
        return WatchService(db, clock).add(site.url, site.intervalS, site.platform, site.title);

    const Result<std::vector<WatchedSite>> all = guarded([&] { return sites.list(); });
    if (!all)
        return all.error();
    for (const WatchedSite &other : *all) {
        if (other.url == url)
            return Error{ErrorKind::InvalidInput,
                         tr("%1 is already on the watch list.").arg(other.url)};
    }
    std::optional<Transaction> transaction;
    if (const Status begun = guarded([&] { transaction.emplace(db); }); !begun)
        return begun.error();
    const Result<qint64> added =
        WatchService(db, clock).add(site.url, site.intervalS, site.platform, site.title);
    if (!added)
        return added;  // the transaction rolls back
    const Status moved = guarded([&] {
        if ((*old)->lastCheckedMs)
            sites.markChecked(*added, *(*old)->lastCheckedMs);
        sites.remove(site.id);
        transaction->commit();
    });
    if (!moved)
        return moved.error();
    return added;
}

}  // namespace

AsyncWatch::AsyncWatch(AsyncWorkspace &workspace, Clock clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

template <typename T>
void AsyncWatch::post(bool write, QObject *context, Reply<T> reply,
                      std::function<Result<T>(Database &)> job,
                      std::function<void(const Result<T> &)> announce)
{
    // Announced even when the asker is gone (while this object lives), so other views
    // still refresh.
    const QPointer<QObject> guard(context);
    async::run<T>(
        m_workspace, write ? &AsyncWorkspace::postWrite : &AsyncWorkspace::postRead, this,
        [guard, reply, announce](Result<T> result) {
            if (announce)
                announce(result);
            if (guard)
                reply(std::move(result));
        },
        std::move(job));
}

void AsyncWatch::list(QObject *context, Reply<std::vector<WatchedSite>> reply)
{
    post<std::vector<WatchedSite>>(
        false, context, std::move(reply),
        [clock = m_clock](Database &db) { return WatchService(db, clock).list(); });
}

void AsyncWatch::save(const WatchedSite &site, QObject *context, Reply<qint64> reply)
{
    post<qint64>(
        true, context, std::move(reply),
        [clock = m_clock, site](Database &db) -> Result<qint64> {
            if (site.id == 0)
                return WatchService(db, clock).add(site.url, site.intervalS, site.platform,
                                                   site.title);
            return update(db, clock, site);
        },
        [this](const Result<qint64> &id) {
            if (id)
                Q_EMIT watchListChanged();
        });
}

void AsyncWatch::markChecked(qint64 id, QObject *context, Reply<void> reply)
{
    post<void>(
        true, context, std::move(reply),
        [clock = m_clock, id](Database &db) { return WatchService(db, clock).markChecked(id); },
        [this](const Status &status) {
            if (status)
                Q_EMIT watchListChanged();
        });
}

void AsyncWatch::remove(qint64 id, QObject *context, Reply<void> reply)
{
    post<void>(
        true, context, std::move(reply),
        [clock = m_clock, id](Database &db) { return WatchService(db, clock).remove(id); },
        [this](const Status &status) {
            if (status)
                Q_EMIT watchListChanged();
        });
}

void AsyncWatch::capture(const CaptureRequest &request, QObject *context,
                         Reply<CaptureResult> reply)
{
    AsyncWorkspace *workspace = &m_workspace;
    post<CaptureResult>(
        true, context, std::move(reply),
        [clock = m_clock, request, workspace](Database &db) {
            Result<CaptureResult> result = CaptureService(db, clock).capture(request);
            // Views reload as after a sync; queued before the reply, so the inbox is
            // already reloading when the caller hears of the new item.
            if (result && result->created)
                workspace->announceContentChanged();
            return result;
        },
        [this](const Result<CaptureResult> &result) {
            if (result && result->created)
                Q_EMIT captured(result->itemId);
        });
}

}  // namespace earshot
