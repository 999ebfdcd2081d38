// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"

#include <QString>

#include <memory>

namespace earshot {

class Database;

// Where a workspace lives and how to open it ready for use.
class Workspace {
public:
    // The database the GUI and the CLI share by default:
    // <user data folder>/earshot/earshot.db (e.g. ~/.local/share/earshot/earshot.db).
    static QString defaultDatabasePath();

    // Creates the folder if needed, opens the file and brings its schema up to date.
    // Errors say which file and what to do (locked, read-only, newer, damaged).
    static Result<std::unique_ptr<Database>> open(const QString &path);

    // Opens an existing, already migrated database for reading only (the GUI's reader).
    static Result<std::unique_ptr<Database>> openForReading(const QString &path);
};

}  // namespace earshot
