// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace earshot {

// Why a secret could not be read, written or removed.
enum class SecretErrorKind {
    NoKeychain,    // no keychain service is running or reachable on this computer
    NotFound,      // nothing is stored under the key
    AccessDenied,  // the keychain is locked or the user refused access
    Failed,        // anything else the keychain reported
};

struct SecretError {
    SecretErrorKind kind = SecretErrorKind::Failed;
    QString message;  // plain words: what failed and what the user can do

    // The same failure in the application-wide taxonomy (NoKeychain and AccessDenied are
    // Forbidden, NotFound is NotFound, the rest Io).
    Error toError() const;
};

// The answer to one request. `secret` is set only for a successful read.
struct SecretReply {
    std::optional<SecretError> error;
    QString secret;

    bool ok() const { return !error.has_value(); }
};

// Asynchronous storage of secrets (access tokens) by key. Tokens never go to the database
// or to logs: the database keeps only the key.
//
// Threading: an implementation lives on one thread; callbacks run there, always after the
// call has returned (never re-entrantly), exactly once each. Requests for the same key are
// answered in the order they were made.
class SecretStore : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretReply &)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}
    ~SecretStore() override = default;

    virtual void read(const QString &key, Callback done) = 0;
    // Replaces whatever was stored under `key`.
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    // Removing a key that holds nothing succeeds.
    virtual void remove(const QString &key, Callback done) = 0;

    // A short description of where secrets are kept ("system keychain", "memory").
    virtual QString backendName() const = 0;
};

// Plain-words messages shared by the backends.
namespace secrets {
SecretError noKeychain(const QString &detail = {});
SecretError notFound(const QString &key);
}  // namespace secrets

}  // namespace earshot
