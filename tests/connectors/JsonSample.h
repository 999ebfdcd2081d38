// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/Corpus.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QString>

namespace earshot::test {

// An API sample from the shared corpus. The documentation samples named *.jsonc elide
// fields with "// ..." comments and leave trailing commas; those are removed here so the
// parsers see strict JSON, as a server would send.
inline QByteArray apiSample(const QString &relative)
{
    QFile file(corpusPath(QStringLiteral("api-samples/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (relative.endsWith(QLatin1String(".jsonc"))) {
        static const QRegularExpression lineComment(QStringLiteral("(?m)^\\s*//.*$"));
        static const QRegularExpression tailComment(QStringLiteral("(?m)([^:\"])\\s//\\s.*$"));
        static const QRegularExpression trailingComma(QStringLiteral(",(\\s*[}\\]])"));
        text.replace(lineComment, QString());
        text.replace(tailComment, QStringLiteral("\\1"));
        text.replace(trailingComma, QStringLiteral("\\1"));
    }
    return text.toUtf8();
}

}  // namespace earshot::test
