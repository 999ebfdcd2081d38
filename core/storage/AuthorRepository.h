// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace earshot {

class Database;
struct Author;

// Authors per platform. Lives on one connection/thread; throws StorageError.
class AuthorRepository {
public:
    explicit AuthorRepository(Database &db) : m_db(db) {}

    // Id of the author, creating or refreshing (name, url, followers) as needed; 0 for an
    // empty author. An author without a handle is keyed by their name.
    qint64 ensure(const QString &platform, const Author &author);

private:
    Database &m_db;
    struct Known {
        qint64 id = 0;
        size_t details = 0;  // hash of name, url and followers as last written
    };
    QHash<QString, Known> m_known;  // "platform\nhandle"; skips rewriting unchanged authors
};

}  // namespace earshot
