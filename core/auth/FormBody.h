// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace earshot::oauth {

// An application/x-www-form-urlencoded body. Encoded by hand: QUrlQuery leaves '+' and
// '&' alone in values, which a form body must not.
QByteArray formBody(const QList<QPair<QString, QString>> &fields);

// "Basic base64(id:secret)" for a client that authenticates with HTTP Basic.
QByteArray basicAuthorization(const QString &id, const QString &secret);

}  // namespace earshot::oauth
