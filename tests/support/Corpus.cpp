// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Corpus.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

namespace earshot::test {

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("EARSHOT_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral("../shared/corpora") : fromEnv);
}

QString corpusPath(const QString &relative)
{
    const QString path = corpusDir() + QLatin1Char('/') + relative;
    if (!QFileInfo::exists(path))
        qFatal("corpus file missing: %s", qPrintable(path));
    return path;
}

}  // namespace earshot::test
