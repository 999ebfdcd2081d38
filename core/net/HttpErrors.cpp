// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/HttpErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace earshot::http {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("net", text);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

}  // namespace

Error statusError(int status, const QString &url, qint64 retryAtMs)
{
    switch (status) {
    case 401:
        return {ErrorKind::Unauthorized,
                tr("%1 asks for a sign-in (HTTP 401). Check the address or the account.").arg(url)};
    case 403:
        return {ErrorKind::Forbidden,
                tr("%1 refused access (HTTP 403). The site may block readers or need a sign-in.")
                    .arg(url)};
    case 404:
        return {ErrorKind::NotFound,
                tr("Nothing was found at %1 (HTTP 404). Check the address.").arg(url)};
    case 410:
        return {ErrorKind::NotFound,
                tr("%1 is gone for good (HTTP 410). The site removed it; consider deleting the "
                   "source.")
                    .arg(url)};
    case 429:
        if (retryAtMs > 0) {
            return {ErrorKind::RateLimited,
                    tr("%1 asked Earshot to slow down (HTTP 429) and to wait until %2.")
                        .arg(url, timeText(retryAtMs))};
        }
        return {ErrorKind::RateLimited,
                tr("%1 asked Earshot to slow down (HTTP 429). It will be tried later.").arg(url)};
    default: break;
    }
    if (status >= 500) {
        QString message = tr("The server of %1 failed (HTTP %2). This is usually temporary.")
                              .arg(url)
                              .arg(status);
        if (retryAtMs > 0)
            message += QLatin1Char(' ') + tr("It asked to wait until %1.").arg(timeText(retryAtMs));
        return {ErrorKind::ServerError, message};
    }
    return {ErrorKind::BadPayload, tr("%1 answered with HTTP %2.").arg(url).arg(status)};
}

qint64 parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return 0;
    const QLocale c = QLocale::c();
    // IMF-fixdate first (the only form servers should send), then the two obsolete ones.
    static const char *const kFormats[] = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'",
                                           "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                                           "ddd MMM d HH:mm:ss yyyy"};
    for (const char *format : kFormats) {
        QDateTime dt = c.toDateTime(text, QLatin1String(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970)
                dt = dt.addYears(100);  // two-digit years of the RFC 850 form
            dt.setTimeSpec(Qt::UTC);
            return dt.toMSecsSinceEpoch();
        }
    }
    return 0;
}

qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? 0 : nowMs + std::min<qint64>(seconds, 7LL * 24 * 3600) * 1000;
    return parseHttpDate(trimmed);
}

qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 maxMs, double jitter)
{
    const int shift = std::clamp(attempt - 1, 0, 30);
    const qint64 raw = std::min(maxMs, baseMs << shift);
    jitter = std::clamp(jitter, 0.0, 1.0);
    return static_cast<qint64>(static_cast<double>(raw) * (0.5 + jitter / 2));
}

}  // namespace earshot::http
