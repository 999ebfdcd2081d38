// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace earshot {

class Database;
class ItemSet;

// A monitoring profile: a brand and the ways people write it. An item matches when it
// contains any term (in any word form: the index stems Russian and English words, so
// "Тариф" also finds "тарифом") and none of the exclusions.
struct Profile {
    qint64 id = 0;
    QString name;
    QStringList terms;       // words or phrases, e.g. "Earshot", "Эршот"
    QStringList exclusions;  // e.g. "вакансия" (a leading '-' is accepted and dropped)
    bool enabled = true;
    qint64 itemCount = 0;  // items currently matched (list() only)
};

// Stored profiles and the items they match (item_profiles). Lives on one
// connection/thread; throws StorageError; writes expect the caller's Transaction.
class ProfileRepository {
public:
    explicit ProfileRepository(Database &db) : m_db(db) {}

    std::vector<Profile> list();
    // Creates the profile or replaces the terms of the one with that name; returns its id.
    qint64 save(const Profile &profile);
    bool remove(const QString &name);

    // Records which of `within` (every item when null) match the profile; a full run
    // first forgets the profile's old matches. Returns the items matched by this run.
    qint64 match(const Profile &profile, const ItemSet *within = nullptr);
    qint64 match(const Profile &profile, const ItemSet &within) { return match(profile, &within); }

    // The FTS5 expression of a profile; empty when it has no usable term.
    static QString ftsExpression(const Profile &profile);

private:
    Database &m_db;
};

}  // namespace earshot
