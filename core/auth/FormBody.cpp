// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/FormBody.h"

#include <QUrl>

namespace earshot::oauth {

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

QByteArray basicAuthorization(const QString &id, const QString &secret)
{
    // RFC 6749 2.3.1: both parts form-encoded before they are joined.
    const QByteArray pair = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return "Basic " + pair.toBase64();
}

}  // namespace earshot::oauth
