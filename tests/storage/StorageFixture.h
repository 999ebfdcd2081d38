// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace earshot::test {

// A migrated workspace database at `path`; ends the test run when it cannot be opened,
// since nothing after that could mean anything.
inline std::unique_ptr<Database> openWorkspace(const QString &path)
{
    auto opened = Workspace::open(path);
    if (!opened)
        qFatal("cannot open test database %s: %s", qPrintable(path),
               qPrintable(opened.error().toString()));
    return std::move(opened).value();
}

// A plausible item; tests change the fields they care about.
inline Item makeItem(const QString &externalId, const QString &text, qint64 publishedMs,
                     const QString &source = QStringLiteral("https://example.org/feed"),
                     const QString &platform = QStringLiteral("feed"))
{
    Item item;
    item.platform = platform;
    item.source = source;
    item.externalId = externalId;
    item.author.handle = QStringLiteral("@ann");
    item.author.name = QStringLiteral("Ann");
    item.url = QStringLiteral("https://example.org/") + externalId;
    item.text = text;
    item.publishedMs = publishedMs;
    item.fetchedMs = publishedMs + 1000;
    return item;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// One integer from a query such as "SELECT count(*) FROM items".
inline qint64 scalar(Database &db, const char *sql)
{
    Statement query = db.prepare(sql);
    return query.step() ? query.int64(0) : -1;
}

}  // namespace earshot::test
