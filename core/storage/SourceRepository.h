// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

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

    QString displayTitle() const { return title.isEmpty() ? address : title; }
};

// Sources table. Lives on one connection/thread; throws StorageError.
class SourceRepository {
public:
    explicit SourceRepository(Database &db) : m_db(db) {}

    // Id of the source (platform, address), creating it if needed. A non-empty title
    // fills in a source that has none; a title the user set is kept.
    qint64 ensure(const QString &platform, const QString &address, const QString &title = {},
                  const QString &kind = QStringLiteral("feed"));

    std::vector<SourceRecord> list();
    qint64 findId(const QString &platform, const QString &address);

private:
    Database &m_db;
    QHash<QString, qint64> m_idCache;  // "platform\naddress" -> id
};

}  // namespace earshot
