// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

#include <optional>

namespace earshot {

// Secrets in process memory, for tests and for a session that must not touch the system
// keychain. Answers are queued to the event loop like a real keychain's. A forced error
// lets tests exercise the failure paths of callers.
class MemorySecretStore : public SecretStore {
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr) : SecretStore(parent) {}

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString backendName() const override;

    // Every following request fails with `error` until cleared with std::nullopt.
    void setFailure(std::optional<SecretError> error) { m_failure = std::move(error); }
    const QHash<QString, QString> &contents() const { return m_secrets; }

private:
    void answer(Callback done, SecretReply reply);

    QHash<QString, QString> m_secrets;
    std::optional<SecretError> m_failure;
};

}  // namespace earshot
