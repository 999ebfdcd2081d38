// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UiSettings.h"

#include <QSettings>

namespace earshot {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kMarkReadDelay = QStringLiteral("inbox/markReadDelayMs");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kSidebarKey = QStringLiteral("window/sidebarKey");
const QString kColumns = QStringLiteral("window/columns");
}  // namespace

QString UiSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void UiSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

int UiSettings::markReadDelayMs() const
{
    return m_settings.value(kMarkReadDelay, kDefaultMarkReadDelayMs).toInt();
}

void UiSettings::setMarkReadDelayMs(int ms)
{
    m_settings.setValue(kMarkReadDelay, ms);
}

bool UiSettings::columnsLayout() const
{
    return m_settings.value(kColumns, false).toBool();
}

void UiSettings::setColumnsLayout(bool columns)
{
    m_settings.setValue(kColumns, columns);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

QByteArray UiSettings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

QString UiSettings::lastSidebarKey() const
{
    return m_settings.value(kSidebarKey).toString();
}

void UiSettings::saveWindow(const QByteArray &geometry, const QByteArray &state,
                            const QByteArray &splitter, const QString &sidebarKey)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
    m_settings.setValue(kSplitter, splitter);
    m_settings.setValue(kSidebarKey, sidebarKey);
}

}  // namespace earshot
