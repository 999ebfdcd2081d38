// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace earshot {

// Workflow of a mention from arrival to done. Stored as its integer value.
enum class ItemStatus : int { New = 0, InProgress = 1, Waiting = 2, Answered = 3, Closed = 4 };

QString statusId(ItemStatus status);  // "new", "in-progress"...
bool parseStatusId(const QString &id, ItemStatus *status);

// A person on one platform. `handle` is the platform's stable name (@user, user id);
// `name` is what people see.
struct Author {
    QString handle;
    QString name;
    QString url;
    qint64 followers = -1;  // -1 when the platform does not say

    bool isEmpty() const { return handle.isEmpty() && name.isEmpty(); }
    QString displayName() const { return name.isEmpty() ? handle : name; }
};

// A mention, post or comment as it comes from a source. Content only: the user's state
// (read, saved, status, notes, tags added in Earshot) lives in ItemState and is never
// part of what a re-fetch writes.
struct Item {
    QString platform;     // Platform id, see Platform.h
    QString source;       // the source's address (feed URL, group, channel...)
    QString sourceTitle;  // optional human name of the source
    QString externalId;   // the platform's id for the item, unique within the source
    QString threadId;     // external id of the thread root, empty for a root item
    QString parentId;     // external id of the item this one answers
    Author author;
    QString url;
    QString title;
    QString text;            // plain text
    QString html;            // sanitized HTML, may be empty
    qint64 publishedMs = 0;  // ms since the Unix epoch, UTC
    qint64 fetchedMs = 0;
    QString lang;       // BCP 47 language code when known
    QStringList tags;   // tags that arrive with the item (import); added, never removed
    QJsonObject extra;  // fields Earshot does not model, kept for export
};

// The user's own state of an item.
struct ItemState {
    bool read = false;
    bool saved = false;
    ItemStatus status = ItemStatus::New;
    QString note;
    QStringList tags;
};

// What the inbox list needs to draw one row: small, no full text.
struct InboxRow {
    qint64 id = 0;
    QString platform;
    QString sourceTitle;
    QString authorName;
    qint64 publishedMs = 0;
    QString title;
    QString snippet;
    QStringList tags;
    bool read = false;
    bool saved = false;
    ItemStatus status = ItemStatus::New;
    int seenInSources = 1;
};

// One stored item with everything the reading pane shows.
struct StoredItem {
    qint64 id = 0;
    qint64 sourceId = 0;
    Item item;
    ItemState state;
};

}  // namespace earshot
