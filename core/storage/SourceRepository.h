// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace earshot {

class Database;

// What a source is, which decides whether a sync pass fetches it.
namespace source_kind {
inline const QString Feed = QStringLiteral("feed");  // a subscription the sync engine fetches
// Known only from stored items (an import, the sample workspace): never fetched, since
// nobody asked to follow its address, until it is added as a feed.
inline const QString Import = QStringLiteral("import");
}  // namespace source_kind

// What a person may change about a source; unset fields stay as they are.
struct SourceEdit {
    std::optional<QString> title;
    std::optional<QString> group;
    std::optional<int> intervalSeconds;
    std::optional<bool> enabled;
};

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
    // fills in a source that has none; a title the user set is kept. A source of kind
    // "import" becomes `kind` when it is ensured as anything else (added as a feed).
    qint64 ensure(const QString &platform, const QString &address, const QString &title = {},
                  const QString &kind = source_kind::Feed);

    // Id of the source holding items captured by hand for a platform, creating it (kind
    // "manual", disabled so no sync pass ever tries to fetch its address) if needed.
    qint64 ensureManual(const QString &platform, const QString &address, const QString &title);

    // Follows the feed at `address` (platform "feed"): a new source, or one known only
    // from imported items, becomes a feed with `title` and `group` (empty: none) and
    // `added` is true; a source already followed (also under the address it moved to)
    // is left as the user set it.
    struct Followed {
        qint64 id = 0;
        bool added = false;
    };
    Followed followFeed(const QString &address, const QString &title, const QString &group);

    std::vector<SourceRecord> list();
    qint64 findId(const QString &platform, const QString &address);
    // Also finds a source by the address it moved to.
    qint64 findByAddressOrMove(const QString &platform, const QString &address);
    std::optional<SourceRecord> find(qint64 id);

    void setGroup(qint64 id, const QString &group);
    // Applies a person's edit; false when there is no such source.
    bool edit(qint64 id, const SourceEdit &edit);
    // Removes the source with every item stored from it (their tags, notes and activity
    // go with them; copies of them in other sources stay); false when there is none.
    bool remove(qint64 id);

    // Enabled sources of `platform` for a sync pass, without item counts: all of them, or
    // only those due at `nowMs`, or only those whose last attempt failed. Sources the
    // server asked to leave alone until later (retry_after_ms) are left out.
    enum class Selection { All, Due, Failed };
    std::vector<SourceRecord> forSync(const QString &platform, Selection selection, qint64 nowMs);
    // The sources of `platform` among `ids` a person asked to sync now, enabled or not,
    // unless the server asked to be left alone until later or they are never fetched.
    std::vector<SourceRecord> forSync(const QString &platform, const QList<qint64> &ids,
                                      qint64 nowMs);

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
