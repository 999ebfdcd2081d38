// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace earshot::Translations {

namespace {
const QStringList kAvailable = {QStringLiteral("en"), QStringLiteral("ru")};
}

QString resolve(const QString &setting)
{
    if (kAvailable.contains(setting))
        return setting;
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &language : wanted) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (kAvailable.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication &app, const QString &language)
{
    // Dates and numbers follow the chosen language unless the system already speaks it
    // (then its regional formats, say en_GB rather than en_US, are kept).
    if (QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));

    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;  // Qt's own strings stay English when its translations are not installed

    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/earshot_") + language)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

}  // namespace earshot::Translations
