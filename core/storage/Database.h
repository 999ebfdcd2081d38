// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PreparedText.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace earshot {

class Statement;

// One SQLite connection, opened in WAL mode with foreign keys on and the Earshot FTS
// tokenizer registered. A Database belongs to the thread that uses it: give every thread
// its own. Only one connection in the process writes (see DatabaseExecutor); readers in
// WAL mode never wait for it.
//
// Errors: every method throws StorageError with a message a person can act on.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating if needed, for ReadWrite) the database file. Does not migrate.
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements that return no rows.
    void exec(const char *sql);

    // A prepared statement owned by this connection and reused across calls: the
    // statement is reset and its bindings cleared before it is returned.
    Statement &cached(const std::string &sql);

    // A one-off prepared statement.
    Statement prepare(const std::string &sql);

    // How long a statement waits for another connection's lock before failing with
    // StorageLocked (5 s after open()).
    void setBusyTimeout(int ms);

    qint64 lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    bool isReadOnly() const;
    QString path() const { return m_path; }
    // Prepared index terms for this connection's index tokenizer (see PreparedText).
    IndexTermSupply &indexTerms() { return m_indexTerms; }

    // Writes a consistent copy of the whole database to `targetPath` (online backup).
    void backupTo(const QString &targetPath);

    sqlite3 *handle() const { return m_db; }

    // Turns the connection's last error into a StorageError naming `what` was attempted.
    [[noreturn]] void fail(int code, const char *what) const;

private:
    Database(sqlite3 *db, QString path);

    sqlite3 *m_db = nullptr;
    QString m_path;
    IndexTermSupply m_indexTerms;  // the tokenizer keeps its address: declared before m_cache
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// A prepared statement: bind by 1-based index, step through rows, read columns.
// Text is bound and read as UTF-8. Move-only; finalized on destruction.
class Statement {
public:
    Statement(Database &db, sqlite3_stmt *stmt);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bind(int index, const char *utf8);
    Statement &bindNull(int index);

    // Advances to the next row; false when there are no more rows.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
    std::vector<QByteArray> m_keepAlive;  // bound text lives until reset (no copy in SQLite)
};

// Sets a connection setting (a PRAGMA with an integer value) for one scope and restores
// the value it had. Some settings (foreign_keys) do nothing inside a transaction: open such
// a scope before the transaction begins.
class ScopedPragma {
public:
    ScopedPragma(Database &db, std::string name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    Database &m_db;
    std::string m_name;
    std::optional<qint64> m_previous;  // nothing to restore when the setting was unknown
};

// Gives one bulk write a larger page cache and restores the previous size after. Imports
// insert into several indexes at random places; at a million items those pages no longer
// fit the everyday cache and each insert waits on the page cache of the system.
class ScopedCacheSize : public ScopedPragma {
public:
    ScopedCacheSize(Database &db, qint64 kibibytes) : ScopedPragma(db, "cache_size", -kibibytes) {}
};

// Begins a write transaction (IMMEDIATE, so lock conflicts show up at once rather than
// half-way) and rolls back on destruction unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

}  // namespace earshot
