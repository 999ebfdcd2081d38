// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiTransport.h"
#include "core/connectors/Connector.h"
#include "core/model/Result.h"

#include <QUrl>

#include <functional>
#include <utility>
#include <vector>

namespace earshot {

inline FetchResult failedPage(Error error, qint64 retryAtMs = 0)
{
    FetchResult result;
    result.error = std::move(error);
    result.retryAtMs = retryAtMs;
    return result;
}

// How a connector reports a page it did not get.
struct PageFailures {
    // The answer failed on the way or at the server: the error, with the platform's own words,
    // and when to come back.
    std::function<FetchResult(const ApiResponse &)> failed;
    // The platform's parser refused the answer.
    std::function<FetchResult(const Error &, const ApiResponse &)> unreadable =
        [](const Error &error, const ApiResponse &) { return failedPage(error); };
};

// The answer handler every paged timeline shares: a failed answer becomes the page's error,
// an unreadable one the parser's error, a readable one the page.
//   parse(body) -> Result<Page>                 the platform's parser
//   page(Page &&, response) -> FetchResult      the items and where the timeline continues
template <class Parse, class MakePage>
ApiTransport::Callback pageHandler(Connector::FetchCallback done, PageFailures failures,
                                   Parse parse, MakePage page)
{
    return [done = std::move(done), failures = std::move(failures), parse = std::move(parse),
            page = std::move(page)](const ApiResponse &response) {
        if (!response.ok()) {
            done(failures.failed(response));
            return;
        }
        auto parsed = parse(response.body);
        if (!parsed) {
            done(failures.unreadable(parsed.error(), response));
            return;
        }
        done(page(std::move(parsed).value(), response));
    };
}

// A page of items that continues at `olderCursor` (empty at the end of the timeline).
inline FetchResult itemsPage(std::vector<Item> items, QString olderCursor, QString newerCursor = {})
{
    FetchResult result;
    result.items = std::move(items);
    result.olderCursor = std::move(olderCursor);
    result.newerCursor = std::move(newerCursor);
    return result;
}

// The answer handler of a posted reply, for platforms that answer with the post itself.
// A failed answer keeps the transport's word on whether it may have been sent; a success the
// parser cannot read still means the post exists, so the caller must not post anew (a retry
// with the same idempotency key returns it, or the platform is searched for it).
//   failure(response) -> Error          the error, with the platform's own words
//   parse(body) -> Result<Item>         the platform's parser of one post
template <class Failure, class Parse>
ApiTransport::Callback replyHandler(Connector::ReplyCallback done, Failure failure, Parse parse)
{
    return [done = std::move(done), failure = std::move(failure),
            parse = std::move(parse)](const ApiResponse &response) {
        ReplyResult result;
        if (!response.ok()) {
            result.error = failure(response);
            result.maybeSent = response.maybeSent;
            done(result);
            return;
        }
        Result<Item> posted = parse(response.body);
        if (!posted) {
            result.error = posted.error();
            result.maybeSent = true;
            done(result);
            return;
        }
        result.externalId = posted->externalId;
        result.url = QUrl(posted->url);
        done(result);
    };
}

}  // namespace earshot
