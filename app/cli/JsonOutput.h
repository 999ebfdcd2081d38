// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot::cli {

// Prints a JSON array or object indented, as every --json option does.
inline void printJson(Context &context, const QJsonDocument &document)
{
    context.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

// A moment as RFC 3339 UTC text, or null when there is none.
inline QJsonValue jsonTime(std::optional<qint64> ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

}  // namespace earshot::cli
