// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QString>

namespace earshot {

// Pure helpers behind HttpClient's error taxonomy; exposed for tests.
namespace http {

// The Error for an HTTP status that is not a success (4xx, 5xx), in plain words that name
// the address. `retryAtMs` (0 when unknown) is mentioned for 429 and 503.
Error statusError(int status, const QString &url, qint64 retryAtMs = 0);

// Absolute time (ms since the epoch) a Retry-After value points at: either delta-seconds
// ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"). 0 when the value is missing
// or unreadable.
qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs);

// Reads an HTTP date (IMF-fixdate, RFC 850 or asctime form); 0 when unreadable.
qint64 parseHttpDate(const QByteArray &value);

// Back-off delay before retry number `attempt` (1-based): base * 2^(attempt-1), capped at
// `maxMs`, then scaled by `jitter` in [0, 1) into [50%, 100%] of that so that clients that
// failed together do not come back together.
qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 maxMs, double jitter);

}  // namespace http
}  // namespace earshot
