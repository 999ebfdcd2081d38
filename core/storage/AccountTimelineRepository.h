// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace earshot {

class Database;

// Where each account's sync of a timeline stopped (schema: account_timelines): the
// connector's "newer" cursor, so the next run asks only for newer items. Lives on one
// connection/thread; throws StorageError.
class AccountTimelineRepository {
public:
    explicit AccountTimelineRepository(Database &db) : m_db(db) {}

    // Empty when the timeline was never synced (or its platform gives no such cursor).
    QString newerCursor(qint64 accountId, const QString &timeline);
    // An empty cursor keeps the stored one: an empty page says nothing about where to go.
    void record(qint64 accountId, const QString &timeline, const QString &newerCursor, qint64 atMs);

private:
    Database &m_db;
};

}  // namespace earshot
