// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace earshot {

// How one platform words an answer it cannot read, translated in the platform's own context
// so each keeps its sentence.
struct PayloadWords {
    QString sentence;  // "<Platform> sent %1 that Earshot cannot read (%2). ..."
    QString atByte;    // "%1 at byte %2"
    QString missing;   // why an answer without its result is unreadable
};

inline Error badPayload(const PayloadWords &words, const QString &what, const QString &detail)
{
    return {ErrorKind::BadPayload, QString(words.sentence).arg(what, detail)};
}

// The member `key` of an answer's top-level object, the wrapper some platforms put every
// result in ("response", "result"). `refusal(top)` gives the platform's error when the
// answer says it failed instead; a body that is not JSON, or has no `key`, is BadPayload.
template <class Refusal>
Result<QJsonValue> unwrapAnswer(const QByteArray &body, const QString &what,
                                const PayloadWords &words, QLatin1String key, Refusal refusal)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badPayload(
            words, what,
            QString(words.atByte).arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject top = doc.object();
    if (std::optional<Error> refused = refusal(top))
        return *refused;
    if (!top.contains(key))
        return badPayload(words, what, words.missing);
    return top.value(key);
}

}  // namespace earshot
