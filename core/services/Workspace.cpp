// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace earshot {

QString Workspace::defaultDatabasePath()
{
    // GenericDataLocation rather than AppDataLocation: the GUI and the CLI have different
    // application names but must share one database.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/earshot/earshot.db");
}

Result<std::unique_ptr<Database>> Workspace::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("Workspace",
                                                 "Could not create the folder %1 for "
                                                 "the database. Check its permissions.")
                         .arg(info.absolutePath())};
    }
    try {
        auto db = Database::open(path);
        Migrations::migrate(*db);
        return db;
    } catch (const StorageError &e) {
        return e.error();
    }
}

Result<std::unique_ptr<Database>> Workspace::openForReading(const QString &path)
{
    try {
        return Database::open(path, Database::Mode::ReadOnly);
    } catch (const StorageError &e) {
        return e.error();
    }
}

}  // namespace earshot
