// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace earshot {

// Which items an inbox view shows. Fields combine with AND; empty fields do not filter.
struct InboxFilter {
    enum class View { All, Unread, Saved };
    enum class Order { Newest, Relevance };

    View view = View::All;
    QString platform;  // platform id
    qint64 sourceId = 0;
    qint64 tagId = 0;
    QString text;                 // words to search for, see SearchText.h for the syntax
    bool prefixLastWord = false;  // as-you-type search: the last word may be incomplete
    Order order = Order::Newest;  // Relevance only applies when there are words to rank by
    // A query in the inbox query language (see Query.h), combined with the fields above
    // by AND. A query that does not parse makes page()/count() fail with InvalidInput
    // and a message naming the character position.
    QString query;
    qint64 nowMs = 0;  // "now" for relative dates in `query`; 0 means the current time
};

// Where the next page starts: the last row of the previous page for date order (keyset),
// or the number of rows already shown for relevance order.
struct PageCursor {
    qint64 publishedMs = 0;
    qint64 id = 0;
    int offset = 0;
};

}  // namespace earshot
