// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace earshot {

// Languages of the user interface. The translations are compiled into the program
// (":/i18n/earshot_<lang>.qm").
namespace Translations {
// "en" or "ru": `setting` when it names one, otherwise the first system UI language
// Earshot has, otherwise "en".
QString resolve(const QString &setting);
// Installs Earshot's and Qt's translators for `language` on `app` (which owns them).
// Returns false when Earshot's own translation could not be loaded.
bool install(QCoreApplication &app, const QString &language);
}  // namespace Translations

}  // namespace earshot
