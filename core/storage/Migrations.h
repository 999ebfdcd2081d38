// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace earshot {

class Database;

// Forward-only schema migrations keyed by PRAGMA user_version. Each step runs in its own
// transaction, so an interrupted upgrade leaves the database at the last complete step.
// Before upgrading a database that already has a schema, a copy is written next to it
// ("<file>.v<N>.bak"), because a migration is the one moment the user's whole cache is
// rewritten.
class Migrations {
public:
    static int latestVersion();

    // Upgrades `db` to `targetVersion` (default: latest). Throws StorageError with kind
    // StorageNewerSchema when the file is newer than this build understands, leaving the
    // file untouched. Returns the path of the backup written, or an empty string.
    static QString migrate(Database &db, int targetVersion = -1);
};

}  // namespace earshot
