// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>

namespace earshot::test {

// Grabs a widget into $EARSHOT_SCREENSHOT_DIR when it is set (for looking at the UI); does
// nothing otherwise.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EARSHOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Pending layouts (a wrapped message, a list's delayed item layout) first.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

}  // namespace earshot::test
