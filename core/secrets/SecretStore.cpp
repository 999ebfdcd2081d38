// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace earshot {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}
}  // namespace

Error SecretError::toError() const
{
    switch (kind) {
    case SecretErrorKind::NoKeychain:
    case SecretErrorKind::AccessDenied: return {ErrorKind::Forbidden, message};
    case SecretErrorKind::NotFound: return {ErrorKind::NotFound, message};
    case SecretErrorKind::Failed: break;
    }
    return {ErrorKind::Io, message};
}

namespace secrets {

SecretError noKeychain(const QString &detail)
{
    QString message =
        tr("No keychain is available to keep the access token safe. Start the "
           "desktop's keyring (for example GNOME Keyring or KWallet) and unlock it, "
           "then try again.");
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + tr("The system said: %1").arg(detail);
    return {SecretErrorKind::NoKeychain, message};
}

SecretError notFound(const QString &key)
{
    return {SecretErrorKind::NotFound,
            tr("No token is stored in the keychain under \"%1\". Add the account again to store "
               "a new token.")
                .arg(key)};
}

}  // namespace secrets
}  // namespace earshot
