// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace earshot {

class Database;

struct TagRecord {
    qint64 id = 0;
    QString name;  // hierarchical with '/', e.g. "problem/billing"
    QString color;
    qint64 itemCount = 0;
    qint64 unreadCount = 0;
};

// Tags and their assignment to items. Lives on one connection/thread; throws StorageError.
class TagRepository {
public:
    explicit TagRepository(Database &db) : m_db(db) {}

    // Id of the tag named `name` (case-insensitive), creating it when missing.
    qint64 ensure(const QString &name);
    qint64 findId(const QString &name);
    void addToItem(qint64 itemId, qint64 tagId);
    void removeFromItem(qint64 itemId, qint64 tagId);
    std::vector<TagRecord> list();
    // Sets the colour (e.g. "#d04040", empty for none) of a tag, creating it when missing.
    void setColor(const QString &name, const QString &color);

private:
    Database &m_db;
    QHash<QString, qint64> m_idCache;  // lower-case name -> id
};

}  // namespace earshot
