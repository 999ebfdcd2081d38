// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace earshot::TimeText {

QString relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || when.toMSecsSinceEpoch() <= 0)
        return {};
    const qint64 seconds = when.secsTo(now);
    const QLocale locale;
    if (seconds < 0) {
        // Clock skew or a post scheduled ahead: show the date rather than "in 3 min".
        return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    if (seconds < 60)
        return QCoreApplication::translate("TimeText", "just now");
    // Plain ints in the translate() calls: lupdate skips calls with a cast in them.
    if (seconds < 3600) {
        const int minutes = int(seconds / 60);
        return QCoreApplication::translate("TimeText", "%n min ago", nullptr, minutes);
    }
    if (seconds < 24 * 3600) {
        const int hours = int(seconds / 3600);
        return QCoreApplication::translate("TimeText", "%n h ago", nullptr, hours);
    }
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day.addDays(1) == today)
        return QCoreApplication::translate("TimeText", "yesterday");
    if (day.year() == today.year())
        return locale.toString(day, QStringLiteral("d MMM"));
    return locale.toString(day, QLocale::ShortFormat);
}

QString absolute(const QDateTime &when)
{
    if (!when.isValid() || when.toMSecsSinceEpoch() <= 0)
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

}  // namespace earshot::TimeText
