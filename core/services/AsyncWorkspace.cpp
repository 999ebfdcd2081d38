// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AsyncWorkspace.h"

#include "core/services/DatabaseThread.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaObject>

namespace earshot {

AsyncWorkspace::AsyncWorkspace(const QString &databasePath, QObject *parent)
    : QObject(parent),
      m_path(databasePath),
      m_reader(std::make_unique<DatabaseThread>(databasePath, QStringLiteral("earshot-reader"))),
      m_writer(std::make_unique<DatabaseThread>(databasePath, QStringLiteral("earshot-writer"))),
      m_cancelImport(std::make_shared<std::atomic_bool>(false))
{
}

AsyncWorkspace::~AsyncWorkspace()
{
    m_cancelImport->store(true);  // let a running import roll back instead of finishing
    m_writer.reset();
    m_reader.reset();
}

// Queues `callback` to this object's (GUI) thread; it runs only if `context` still lives.
template <typename F>
void AsyncWorkspace::deliver(const QPointer<QObject> &context, F &&callback)
{
    QMetaObject::invokeMethod(
        this,
        [guard = context, callback = std::forward<F>(callback)]() mutable {
            if (guard)
                callback();
        },
        Qt::QueuedConnection);
}

template <typename T, typename Query>
void AsyncWorkspace::read(QObject *context, Reply<T> reply, Query query)
{
    // The guard is taken here, on the caller's thread: by the time the job runs, `context`
    // may already be deleted and must not be touched from the database thread.
    const QPointer<QObject> guard(context);
    m_reader->post(
        [=, this](Database &db) {
            Result<T> result = query(InboxService(db));
            deliver(guard,
                    [reply, result = std::move(result)]() mutable { reply(std::move(result)); });
        },
        [=, this](const Error &error) { deliver(guard, [reply, error] { reply(error); }); });
}

void AsyncWorkspace::write(const std::vector<qint64> &ids,
                           std::function<Status(InboxService &)> change)
{
    const auto report = [this, ids](const Status &status) {
        deliver(this, [=, this] {
            if (status)
                Q_EMIT itemsChanged(QList<qint64>(ids.begin(), ids.end()));
            else
                Q_EMIT writeFailed(status.error().message);
        });
    };
    m_writer->post(
        [=](Database &db) {
            InboxService service(db);
            report(change(service));
        },
        [=](const Error &error) { report(error); });
}

void AsyncWorkspace::page(const InboxFilter &filter, const std::optional<PageCursor> &after,
                          int limit, QObject *context, Reply<std::vector<InboxRow>> reply)
{
    read(context, std::move(reply),
         [=](InboxService service) { return service.page(filter, after, limit); });
}

void AsyncWorkspace::details(qint64 id, QObject *context, Reply<ItemDetails> reply)
{
    read(context, std::move(reply), [=](InboxService service) { return service.details(id); });
}

void AsyncWorkspace::stats(QObject *context, Reply<WorkspaceStats> reply)
{
    read(context, std::move(reply), [](InboxService service) { return service.stats(); });
}

void AsyncWorkspace::states(const std::vector<qint64> &ids, QObject *context,
                            Reply<std::vector<std::pair<qint64, ItemState>>> reply)
{
    read(context, std::move(reply), [=](InboxService service) { return service.states(ids); });
}

void AsyncWorkspace::setRead(const std::vector<qint64> &ids, bool read)
{
    write(ids, [=](InboxService &service) { return service.setRead(ids, read); });
}

void AsyncWorkspace::setSaved(const std::vector<qint64> &ids, bool saved)
{
    write(ids, [=](InboxService &service) { return service.setSaved(ids, saved); });
}

void AsyncWorkspace::importFile(const QString &path)
{
    if (m_importing)
        return;
    m_importing = true;
    m_cancelImport->store(false);
    const qint64 totalBytes = QFileInfo(path).size();
    auto cancel = m_cancelImport;
    const auto finish = [this](bool ok, const QString &summary, qint64 stored) {
        deliver(this, [=, this] {
            m_importing = false;
            if (stored > 0)
                Q_EMIT contentChanged();
            Q_EMIT importFinished(ok, summary, stored);
        });
    };
    m_writer->post(
        [=, this](Database &db) {
            const auto progress = [=, this](qint64 bytesRead, qint64 stored) {
                deliver(this, [=, this] { Q_EMIT importProgress(bytesRead, totalBytes, stored); });
                return !cancel->load();
            };
            const Result<ImportReport> report = ImportService(db).importFile(path, progress);
            if (!report) {
                finish(false, report.error().message, 0);
                return;
            }
            // Plain ints as the plural count: lupdate skips translate() calls with a cast.
            const int stored = int(report->stored());
            const int skipped = int(report->skipped);
            QString summary = QCoreApplication::translate("AsyncWorkspace", "%n item(s) imported",
                                                          nullptr, stored);
            if (skipped > 0) {
                summary += QStringLiteral("; ") +
                           QCoreApplication::translate("AsyncWorkspace",
                                                       "%n line(s) skipped, first at line %1: %2",
                                                       nullptr, skipped)
                               .arg(report->issues.front().line)
                               .arg(report->issues.front().message);
            }
            finish(true, summary, report->stored());
        },
        [finish](const Error &error) { finish(false, error.message, 0); });
}

void AsyncWorkspace::cancelImport()
{
    m_cancelImport->store(true);
}

void AsyncWorkspace::postWrite(DatabaseJob job, DatabaseError onError)
{
    m_writer->post(std::move(job), std::move(onError));
}

void AsyncWorkspace::postRead(DatabaseJob job, DatabaseError onError)
{
    m_reader->post(std::move(job), std::move(onError));
}

void AsyncWorkspace::announceContentChanged()
{
    deliver(this, [this] { Q_EMIT contentChanged(); });
}

}  // namespace earshot
