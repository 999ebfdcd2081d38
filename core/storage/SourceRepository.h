// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace earshot {

class Database;

// A place items come from, with the health the user reads in the sidebar.
struct SourceRecord {
    qint64 id = 0;
    QString platform;
    QString kind;
    QString address;
    QString title;
    QString group;
    int intervalSeconds = 1800;
    bool enabled = true;
    qint64 lastAttemptMs = 0;
    qint64 lastSuccessMs = 0;
    QString lastError;
    int consecutiveFailures = 0;
    qint64 itemCount = 0;
    qint64 unreadCount = 0;
    // Sync state (schema 2).
    QString etag;  // validators of the last successful fetch
    QString lastModified;
    QString movedTo;          // where a permanent redirect (301/308) now sends `address`
    qint64 nextDueMs = 0;     // when the scheduler fetches it next
    qint64 retryAfterMs = 0;  // the server asked not to be fetched before this

    QString displayTitle() const { return title.isEmpty() ? address : title; }
    // The address to fetch: the user's address stays their identity for the source, a
    // permanent move only changes where it is read from.
    QString fetchAddress() const { return movedTo.isEmpty() ? address : movedTo; }
};

// Sources table. Lives on one connection/thread; throws StorageError.
class SourceRepository {
public:
    explicit SourceRepository(Database &db) : m_db(db) {}

    // Id of the source (platform, address), creating it if needed. A non-empty title
    // fills in a source that has none; a title the user set is kept.
    qint64 ensure(const QString &platform, const QString &address, const QString &title = {},
                  const QString &kind = QStringLiteral("feed"));

    // Id of the source holding items captured by hand for a platform, creating it (kind
    // "manual", disabled so no sync pass ever tries to fetch its address) if needed.
    qint64 ensureManual(const QString &platform, const QString &address, const QString &title);

    std::vector<SourceRecord> list();
    qint64 findId(const QString &platform, const QString &address);
    // Also finds a source by the address it moved to.
    qint64 findByAddressOrMove(const QString &platform, const QString &address);
    std::optional<SourceRecord> find(qint64 id);

    void setGroup(qint64 id, const QString &group);

    // Enabled sources of `platform` for a sync pass, without item counts: all of them, or
    // only those due at `nowMs`, or only those whose last attempt failed. Sources the
    // server asked to leave alone until later (retry_after_ms) are left out.
    enum class Selection { All, Due, Failed };
    std::vector<SourceRecord> forSync(const QString &platform, Selection selection, qint64 nowMs);

    // Health after a fetch that worked (new content or 304). Empty validators keep the
    // stored ones (a 304 may omit them); an empty `movedTo` keeps the stored move.
    void recordSuccess(qint64 id, qint64 atMs, qint64 nextDueMs, const QString &etag,
                       const QString &lastModified, const QString &movedTo);
    // Health after a failed fetch: `message` in plain words, failures counted up.
    void recordFailure(qint64 id, qint64 atMs, const QString &message, qint64 nextDueMs,
                       qint64 retryAfterMs);

private:
    Database &m_db;
    QHash<QString, qint64> m_idCache;  // "platform\naddress" -> id
    QSet<QString> m_titled;            // keys whose stored title is known to be set
};

}  // namespace earshot
