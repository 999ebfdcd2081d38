// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

namespace earshot {

class HttpClient;

// Fetches the bytes behind a web address for display (an image in an item's content).
// Widgets ask through this interface and never speak HTTP themselves. Callbacks run on the
// fetcher's thread and never after cancel().
class ByteFetcher {
public:
    using Done = std::function<void(const Result<QByteArray> &)>;

    virtual ~ByteFetcher() = default;
    // Returns an id for cancel(); `done` is called once unless cancelled.
    virtual quint64 fetchBytes(const QUrl &url, qint64 maxBytes, Done done) = 0;
    virtual void cancel(quint64 id) = 0;
};

// ByteFetcher over HttpClient: its redirect rules (no https-to-http downgrade), its
// timeouts, the size cap as TooLarge and its plain-words errors. Only http(s) addresses;
// anything else fails with InvalidInput without a request.
class HttpByteFetcher : public QObject, public ByteFetcher {
    Q_OBJECT
public:
    explicit HttpByteFetcher(HttpClient &http, QObject *parent = nullptr);

    quint64 fetchBytes(const QUrl &url, qint64 maxBytes, Done done) override;
    void cancel(quint64 id) override;

    static constexpr int kTimeoutMs = 20'000;

private:
    HttpClient &m_http;
};

}  // namespace earshot
