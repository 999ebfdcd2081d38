// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace earshot::test {

// Root of the shared third-party corpora (feeds, API samples, labeled text). Tests read
// them in place; the corpora are never copied into the project.
QString corpusDir();

// corpusDir() + "/" + relative; fails the calling test when the file is missing.
QString corpusPath(const QString &relative);

}  // namespace earshot::test
