// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace earshot {

class Database;

// A thread that owns one database connection and runs jobs on it in the order they were
// posted. The GUI uses one for the single writer and one for reads, so neither a long
// import nor a slow query ever runs on the GUI thread. The connection opens lazily on
// the first job (the schema must already be migrated, see Workspace::open).
//
// Jobs may throw StorageError; it is passed to the job's error handler on the same
// database thread. The destructor finishes the running job, drops the queued ones and
// joins the thread.
class DatabaseThread {
public:
    using Job = std::function<void(Database &)>;
    using ErrorHandler = std::function<void(const Error &)>;

    DatabaseThread(QString databasePath, const QString &threadName);
    ~DatabaseThread();
    DatabaseThread(const DatabaseThread &) = delete;
    DatabaseThread &operator=(const DatabaseThread &) = delete;

    // Thread-safe.
    void post(Job job, ErrorHandler onError);

private:
    void run(const Job &job, const ErrorHandler &onError);

    QString m_path;
    QThread m_thread;
    QObject *m_context = nullptr;    // lives in m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db;  // touched only in m_thread
};

}  // namespace earshot
