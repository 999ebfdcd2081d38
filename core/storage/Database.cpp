// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/model/Logging.h"
#include "core/storage/FtsRank.h"
#include "core/storage/FtsTokenizer.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

ErrorKind kindOf(int code)
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorKind::StorageLocked;
    case SQLITE_READONLY: return ErrorKind::StorageReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return ErrorKind::StorageCorrupt;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN: return ErrorKind::Io;
    default: return ErrorKind::Storage;
    }
}

QString adviceFor(ErrorKind kind, const QString &path)
{
    switch (kind) {
    case ErrorKind::StorageLocked:
        return tr("The database %1 is in use by another program (is Earshot already running?). "
                  "Close it and try again.")
            .arg(path);
    case ErrorKind::StorageReadOnly:
        return tr("The database %1 cannot be written. Check the permissions of the file and "
                  "its folder.")
            .arg(path);
    case ErrorKind::StorageCorrupt:
        return tr("The file %1 is not an Earshot database or is damaged. Nothing was changed; "
                  "restore a backup or choose another file.")
            .arg(path);
    case ErrorKind::Io:
        return tr("The database %1 could not be read or written (disk full, missing folder or "
                  "no permission).")
            .arg(path);
    default: return tr("The database %1 reported an error.").arg(path);
    }
}

}  // namespace

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    // SQLite's memory statistics, which nothing here reads, take a process-wide mutex on
    // every allocation: about 2% of a bulk import's instructions. Only possible before
    // SQLite initializes; if something else initialized it first, the statistics stay.
    static const int noMemoryStatistics = [] {
        const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return rc == SQLITE_OK ? sqlite3_initialize() : rc;
    }();
    Q_UNUSED(noMemoryStatistics);
    sqlite3 *db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    const QByteArray nativePath = path.toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    std::unique_ptr<Database> result(new Database(db, path));
    if (rc != SQLITE_OK)
        result->fail(rc, "open");
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);

    if (mode == Mode::ReadWrite && sqlite3_db_readonly(db, "main") == 1)
        throw StorageError(
            {ErrorKind::StorageReadOnly, adviceFor(ErrorKind::StorageReadOnly, path)});

    registerFtsTokenizer(db, &result->m_indexTerms);
    registerFtsRank(db);
    // Reading the schema first turns "not a database" into an error here, before any write.
    bool emptyFile = false;
    {
        Statement probe = result->prepare("SELECT count(*) FROM sqlite_schema");
        emptyFile = probe.step() && probe.int64(0) == 0;
    }
    // Another program's database (tables but no schema version) keeps its journal mode:
    // Migrations refuses it, and merely trying to open it must not have changed the file.
    const bool earshotFile = emptyFile || result->userVersion() > 0;
    if (mode == Mode::ReadWrite && emptyFile) {
        // A new file gets 16 KiB pages (only possible before its first table, and before
        // WAL): fewer, fuller B-tree pages and WAL frames made a bulk import of items with
        // their full-text index about an eighth faster than with the default 4 KiB.
        result->exec("PRAGMA page_size=16384");
    }
    if (mode == Mode::ReadWrite && earshotFile) {
        // WAL lets readers (the inbox) run while the single writer imports or syncs.
        // synchronous=NORMAL is durable across application crashes; never OFF, the outbox
        // relies on committed rows surviving.
        result->exec("PRAGMA journal_mode=WAL");
    }
    result->exec(
        "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;"
        "PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456;");
    return result;
}

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    m_cache.clear();  // statements must be finalized before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::fail(int code, const char *what) const
{
    const ErrorKind kind = kindOf(code);
    const char *detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    qCWarning(lcStorage) << "SQLite" << what << "failed:" << code << detail;
    QString message = adviceFor(kind, m_path);
    if (kind == ErrorKind::Storage || kind == ErrorKind::Io)
        message += QLatin1Char(' ') + tr("Details: %1").arg(QString::fromUtf8(detail));
    throw StorageError({kind, message});
}

void Database::exec(const char *sql)
{
    char *errorText = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &errorText);
    if (errorText)
        sqlite3_free(errorText);
    if (rc != SQLITE_OK)
        fail(rc, "exec");
}

Statement &Database::cached(const std::string &sql)
{
    auto found = m_cache.find(sql);
    if (found == m_cache.end())
        found = m_cache.emplace(sql, std::make_unique<Statement>(prepare(sql))).first;
    found->second->reset();
    return *found->second;
}

Statement Database::prepare(const std::string &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, "prepare");
    return Statement(*this, stmt);
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement stmt = prepare("PRAGMA user_version");
    return stmt.step() ? stmt.int32(0) : 0;
}

void Database::setUserVersion(int version)
{
    const std::string sql = "PRAGMA user_version=" + std::to_string(version);
    exec(sql.c_str());
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::backupTo(const QString &targetPath)
{
    sqlite3 *target = nullptr;
    const QByteArray nativePath = targetPath.toUtf8();
    int rc = sqlite3_open_v2(nativePath.constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
        if (backup) {
            // finish() reports only fatal errors: a busy or locked source leaves the copy
            // incomplete and must not pass for a backup.
            const int stepRc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = sqlite3_errcode(target);
            if (rc == SQLITE_OK && stepRc != SQLITE_DONE)
                rc = stepRc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK) {
        if (kindOf(rc) == ErrorKind::StorageLocked)
            throw StorageError(
                {ErrorKind::StorageLocked, adviceFor(ErrorKind::StorageLocked, m_path)});
        throw StorageError(
            {ErrorKind::Io, tr("Could not write the backup %1 (%2). Nothing was "
                               "changed; free some disk space and try again.")
                                .arg(targetPath, QString::fromUtf8(sqlite3_errstr(rc)))});
    }
}

// --- Statement -----------------------------------------------------------------------

Statement::Statement(Database &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) {}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_keepAlive(std::move(other.m_keepAlive))
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, value.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    m_keepAlive.push_back(utf8);
    const QByteArray &kept = m_keepAlive.back();
    // An empty QByteArray has a null data pointer, which SQLite would store as NULL.
    const char *data = kept.isNull() ? "" : kept.constData();
    const int rc =
        sqlite3_bind_text(m_stmt, index, data, static_cast<int>(kept.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, "step");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_keepAlive.clear();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

// --- Transaction ---------------------------------------------------------------------

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

ScopedPragma::ScopedPragma(Database &db, std::string name, qint64 value)
    : m_db(db), m_name(std::move(name))
{
    Statement current = m_db.prepare("PRAGMA " + m_name);
    if (current.step())
        m_previous = current.int64(0);
    current.reset();
    m_db.exec(("PRAGMA " + m_name + "=" + std::to_string(value)).c_str());
}

ScopedPragma::~ScopedPragma()
{
    if (!m_previous)
        return;
    try {
        m_db.exec(("PRAGMA " + m_name + "=" + std::to_string(*m_previous)).c_str());
    } catch (const StorageError &) {
        // The connection keeps the scope's value: a larger cache, or checks left off
        // until the connection is reopened. Nothing stored is lost by that.
    }
}

}  // namespace earshot
