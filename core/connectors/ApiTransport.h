// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiRequest.h"
#include "core/model/Error.h"

#include <QByteArray>
#include <QHash>

#include <functional>
#include <optional>

namespace earshot {

// What came back for an ApiRequest. `error` is set for transport failures and for HTTP
// statuses that are not a success; `status`, `headers` and `body` describe the last answer
// (the body of an error answer is kept: platforms explain themselves in it).
struct ApiResponse {
    std::optional<Error> error;
    int status = 0;
    QHash<QByteArray, QByteArray> headers;  // names lower-cased
    QByteArray body;
    qint64 retryAtMs = 0;    // with RateLimited/ServerError: when to come back
    bool maybeSent = false;  // the request left but no answer came (connection lost)

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Sends ApiRequests (any method, headers, body). The production implementation goes
// through HttpClient so limits, back-off and Retry-After stay in one place; tests may use
// a plain implementation against a loopback server.
//
// Threading: callbacks run on the transport's thread, after send() returned, exactly once
// unless cancelAll() drops them.
class ApiTransport {
public:
    using Callback = std::function<void(const ApiResponse &)>;
    virtual ~ApiTransport() = default;
    virtual void send(const ApiRequest &request, Callback done) = 0;
    virtual void cancelAll() = 0;
};

}  // namespace earshot
