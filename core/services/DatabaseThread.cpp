// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DatabaseThread.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QMetaObject>

namespace earshot {

DatabaseThread::DatabaseThread(QString databasePath, const QString &threadName)
    : m_path(std::move(databasePath)), m_context(new QObject)
{
    m_thread.setObjectName(threadName);
    m_context->moveToThread(&m_thread);
    // The connection must be closed on the thread that used it.
    QObject::connect(&m_thread, &QThread::finished, m_context, [this] { m_db.reset(); });
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void DatabaseThread::post(Job job, ErrorHandler onError)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job), onError = std::move(onError)] { run(job, onError); },
        Qt::QueuedConnection);
}

void DatabaseThread::run(const Job &job, const ErrorHandler &onError)
{
    try {
        if (!m_db)
            m_db = Database::open(m_path);
        job(*m_db);
    } catch (const StorageError &e) {
        if (onError)
            onError(e.error());
    }
}

}  // namespace earshot
