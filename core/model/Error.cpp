// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Error.h"

#include <QCoreApplication>

namespace earshot {

QString describe(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput: return QCoreApplication::translate("Error", "invalid input");
    case ErrorKind::Io: return QCoreApplication::translate("Error", "file error");
    case ErrorKind::StorageLocked:
        return QCoreApplication::translate("Error", "database is locked");
    case ErrorKind::StorageReadOnly:
        return QCoreApplication::translate("Error", "database is read-only");
    case ErrorKind::StorageNewerSchema:
        return QCoreApplication::translate("Error", "database is from a newer version");
    case ErrorKind::StorageCorrupt:
        return QCoreApplication::translate("Error", "database is damaged");
    case ErrorKind::Storage: return QCoreApplication::translate("Error", "database error");
    case ErrorKind::Network: return QCoreApplication::translate("Error", "network error");
    case ErrorKind::Timeout: return QCoreApplication::translate("Error", "timed out");
    case ErrorKind::Unauthorized: return QCoreApplication::translate("Error", "not signed in");
    case ErrorKind::Forbidden: return QCoreApplication::translate("Error", "access denied");
    case ErrorKind::NotFound: return QCoreApplication::translate("Error", "not found");
    case ErrorKind::RateLimited: return QCoreApplication::translate("Error", "rate limited");
    case ErrorKind::ServerError: return QCoreApplication::translate("Error", "server error");
    case ErrorKind::BadPayload: return QCoreApplication::translate("Error", "unreadable answer");
    case ErrorKind::TooLarge: return QCoreApplication::translate("Error", "too large");
    case ErrorKind::Cancelled: return QCoreApplication::translate("Error", "cancelled");
    }
    return {};
}

QString Error::toString() const
{
    return describe(kind) + QStringLiteral(": ") + message;
}

}  // namespace earshot
