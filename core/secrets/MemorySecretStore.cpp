// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace earshot {

void MemorySecretStore::read(const QString &key, Callback done)
{
    SecretReply reply;
    if (m_failure)
        reply.error = m_failure;
    else if (const auto it = m_secrets.constFind(key); it != m_secrets.constEnd())
        reply.secret = it.value();
    else
        reply.error = secrets::notFound(key);
    answer(std::move(done), std::move(reply));
}

void MemorySecretStore::write(const QString &key, const QString &secret, Callback done)
{
    SecretReply reply;
    if (m_failure)
        reply.error = m_failure;
    else
        m_secrets.insert(key, secret);
    answer(std::move(done), std::move(reply));
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    SecretReply reply;
    if (m_failure)
        reply.error = m_failure;
    else
        m_secrets.remove(key);
    answer(std::move(done), std::move(reply));
}

QString MemorySecretStore::backendName() const
{
    return QCoreApplication::translate("SecretStore", "memory (not saved)");
}

void MemorySecretStore::answer(Callback done, SecretReply reply)
{
    // Queued, so callers see the same ordering as with a real keychain.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), reply = std::move(reply)] { done(reply); },
        Qt::QueuedConnection);
}

}  // namespace earshot
