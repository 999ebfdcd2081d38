// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace earshot {

// The window's preferences in QSettings, with their keys and defaults in one place.
// Does not own the QSettings; the composition root does (tests pass one on a temp file).
class UiSettings {
public:
    explicit UiSettings(QSettings &settings) : m_settings(settings) {}

    // "" follows the system, otherwise "en" or "ru". Applied at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    // How long an item stays selected before it counts as read; 0 marks it at once,
    // a negative value never marks it.
    int markReadDelayMs() const;
    void setMarkReadDelayMs(int ms);

    // The inbox as one list (false) or as one column per platform (true).
    bool columnsLayout() const;
    void setColumnsLayout(bool columns);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    QString lastSidebarKey() const;
    void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter,
                    const QString &sidebarKey);

    static constexpr int kDefaultMarkReadDelayMs = 1500;

private:
    QSettings &m_settings;
};

}  // namespace earshot
