// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace earshot {

// A person named by a feed or entry; any part may be empty.
struct FeedPerson {
    QString name;
    QString email;
    QString uri;

    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && uri.isEmpty(); }
};

// An enclosure, media:content or media:thumbnail: a file the entry points at.
struct FeedMedia {
    QString url;
    QString type;        // MIME type when given
    qint64 length = -1;  // bytes, -1 when not given
    QString medium;      // "enclosure", "content" or "thumbnail"
};

// Text that may carry markup: `html` is sanitized (safe to render), `text` is plain.
struct FeedText {
    QString html;
    QString text;

    bool isEmpty() const { return html.isEmpty() && text.isEmpty(); }
};

struct FeedEntry {
    QString id;     // guid / atom:id / JSON id, as given
    QString title;  // plain text
    QString link;   // absolute when the feed allowed resolving it
    FeedPerson author;
    qint64 publishedMs = 0;  // ms since the Unix epoch (UTC), 0 when absent
    qint64 updatedMs = 0;
    FeedText summary;
    FeedText content;
    QStringList categories;
    int commentsCount = -1;  // slash:comments / thr:total, -1 when not given
    QString commentsUrl;     // RSS <comments>
    QString inReplyTo;       // thr:in-reply-to ref, for comment feeds
    QString inReplyToHref;
    std::vector<FeedMedia> media;
};

// Everything Earshot takes from one feed document. `format` uses the version names of the
// Universal Feed Parser so results compare directly: "rss090", "rss091u", "rss091n",
// "rss092", "rss093", "rss094", "rss20", "rss10" (RDF), "atom03", "atom10", "json10",
// "json11", or "rss"/"atom" when the version cannot be told.
struct ParsedFeed {
    QString title;
    QString link;
    QString language;
    QString description;  // plain text
    QString format;
    QString encoding;        // lowercase charset the bytes were decoded with
    bool recovered = false;  // the document was ill-formed and was read as far as possible
    QString recoveryReason;  // what was wrong, for logs and the feed's status line
    std::vector<FeedEntry> entries;
};

}  // namespace earshot
