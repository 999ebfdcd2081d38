// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

SecretError translate(QKeychain::Error code, const QString &detail, const QString &key)
{
    switch (code) {
    case QKeychain::NoError: break;
    case QKeychain::EntryNotFound: return secrets::notFound(key);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return secrets::noKeychain(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretErrorKind::AccessDenied,
                tr("The keychain refused access to the token \"%1\" (%2). Unlock the keyring "
                   "and allow Earshot to use it, then try again.")
                    .arg(key, detail)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    // The Secret Service backend reports a missing D-Bus service as OtherError with a
    // D-Bus message; that is still "no keychain" to the user.
    if (detail.contains(QLatin1String("org.freedesktop.secrets")) ||
        detail.contains(QLatin1String("ServiceUnknown")) ||
        detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive))
        return secrets::noKeychain(detail);
    return {SecretErrorKind::Failed,
            tr("The keychain could not handle the token \"%1\": %2").arg(key, detail)};
}

// Runs a QtKeychain job and turns its answer into a SecretReply. QtKeychain always
// finishes asynchronously, which is the contract of SecretStore.
template <typename Job, typename Fill>
void run(Job *job, const QString &key, SecretStore::Callback done, Fill fill)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [key, done = std::move(done), fill](QKeychain::Job *finished) {
                         SecretReply reply;
                         if (finished->error() != QKeychain::NoError)
                             reply.error =
                                 translate(finished->error(), finished->errorString(), key);
                         else
                             fill(static_cast<Job *>(finished), reply);
                         done(reply);
                     });
    job->start();
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key, std::move(done),
        [](QKeychain::ReadPasswordJob *job, SecretReply &reply) {
            reply.secret = job->textData();
        });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    run(job, key, std::move(done), [](QKeychain::WritePasswordJob *, SecretReply &) {});
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    run(
        new QKeychain::DeletePasswordJob(m_service, this), key,
        [done = std::move(done)](const SecretReply &reply) {
            // Removing what is not there leaves the keychain as asked.
            if (!reply.ok() && reply.error->kind == SecretErrorKind::NotFound)
                done(SecretReply{});
            else
                done(reply);
        },
        [](QKeychain::DeletePasswordJob *, SecretReply &) {});
}

QString KeychainSecretStore::backendName() const
{
    return tr("system keychain");
}

}  // namespace earshot
