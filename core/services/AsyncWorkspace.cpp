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
void AsyncWorkspace::deliver(QObject *context, F &&callback)
{
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), callback = std::forward<F>(callback)]() mutable {
            if (guard)
                callback();
        },
        Qt::QueuedConnection);
}

void AsyncWorkspace::page(const InboxFilter &filter, const std::optional<PageCursor> &after,
                          int limit, QObject *context, Reply<std::vector<InboxRow>> reply)
{
    m_reader->post(
        [=, this](Database &db) {
            auto result = InboxService(db).page(filter, after, limit);
            deliver(context, [reply, result = std::move(result)]() mutable { reply(std::move(result)); });
        },
        [=, this](const Error &error) { deliver(context, [reply, error] { reply(error); }); });
}

void AsyncWorkspace::details(qint64 id, QObject *context, Reply<ItemDetails> reply)
{
    m_reader->post(
        [=, this](Database &db) {
            auto result = InboxService(db).details(id);
            deliver(context, [reply, result = std::move(result)]() mutable { reply(std::move(result)); });
        },
        [=, this](const Error &error) { deliver(context, [reply, error] { reply(error); }); });
}

void AsyncWorkspace::stats(QObject *context, Reply<WorkspaceStats> reply)
{
    m_reader->post(
        [=, this](Database &db) {
            auto result = InboxService(db).stats();
            deliver(context, [reply, result = std::move(result)]() mutable { reply(std::move(result)); });
        },
        [=, this](const Error &error) { deliver(context, [reply, error] { reply(error); }); });
}

void AsyncWorkspace::states(const std::vector<qint64> &ids, QObject *context,
                            Reply<std::vector<std::pair<qint64, ItemState>>> reply)
{
    m_reader->post(
        [=, this](Database &db) {
            auto result = InboxService(db).states(ids);
            deliver(context, [reply, result = std::move(result)]() mutable { reply(std::move(result)); });
        },
        [=, this](const Error &error) { deliver(context, [reply, error] { reply(error); }); });
}

void AsyncWorkspace::setRead(const std::vector<qint64> &ids, bool read)
{
    m_writer->post(
        [=, this](Database &db) {
            const Status status = InboxService(db).setRead(ids, read);
            deliver(this, [=, this] {
                if (status)
                    Q_EMIT itemsChanged(QList<qint64>(ids.begin(), ids.end()));
                else
                    Q_EMIT writeFailed(status.error().message);
            });
        },
        [this](const Error &error) { deliver(this, [=, this] { Q_EMIT writeFailed(error.message); }); });
}

void AsyncWorkspace::setSaved(const std::vector<qint64> &ids, bool saved)
{
    m_writer->post(
        [=, this](Database &db) {
            const Status status = InboxService(db).setSaved(ids, saved);
            deliver(this, [=, this] {
                if (status)
                    Q_EMIT itemsChanged(QList<qint64>(ids.begin(), ids.end()));
                else
                    Q_EMIT writeFailed(status.error().message);
            });
        },
        [this](const Error &error) { deliver(this, [=, this] { Q_EMIT writeFailed(error.message); }); });
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
            QString summary = QCoreApplication::translate("AsyncWorkspace",
                                                          "%n item(s) imported", nullptr,
                                                          static_cast<int>(report->stored()));
            if (report->skipped > 0) {
                summary += QStringLiteral("; ") +
                           QCoreApplication::translate("AsyncWorkspace",
                                                       "%n line(s) skipped, first at line %1: %2",
                                                       nullptr, static_cast<int>(report->skipped))
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

}  // namespace earshot
