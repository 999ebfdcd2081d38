// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace earshot {

class Database;
struct SourceRecord;

// One feed of an OPML subscription list. Folders become `group`, nested ones joined
// with "/" ("Forums/Hardware").
struct OpmlFeed {
    QString title;
    QString xmlUrl;
    QString htmlUrl;
    QString group;
};

// Reads an OPML 1.0/2.0 subscription list. Documents with a DTD are refused (no entity
// tricks, no external entities); outlines without xmlUrl are folders. Errors: BadPayload
// with the line of the problem.
Result<std::vector<OpmlFeed>> readOpml(const QByteArray &bytes);

// Writes sources as OPML 2.0 with one folder outline per group (nested by "/").
QByteArray writeOpml(const std::vector<SourceRecord> &sources, const QString &title);

// The feeds a person follows, as an OPML export lists them: sources known only from
// imported items are not subscriptions. Throws StorageError.
std::vector<SourceRecord> subscribedFeeds(Database &db);

struct OpmlImportReport {
    int added = 0;
    int existing = 0;  // already there: title and group left as the user set them
};

// Adds the feeds as sources of platform "feed" in one transaction on the writer
// connection. Throws StorageError.
OpmlImportReport importOpmlFeeds(Database &db, const std::vector<OpmlFeed> &feeds);

}  // namespace earshot
