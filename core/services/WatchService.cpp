// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/WatchService.h"

#include "core/model/Platform.h"
#include "core/services/Guarded.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WatchService", text);
}

constexpr qint64 kMinIntervalS = 60;

}  // namespace

WatchService::WatchService(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

std::optional<qint64> WatchService::parseInterval(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    qint64 unit = 1;
    QString number = t;
    if (!t.back().isDigit()) {
        switch (t.back().toLatin1()) {
        case 's': unit = 1; break;
        case 'm': unit = 60; break;
        case 'h': unit = 3600; break;
        case 'd': unit = 86400; break;
        case 'w': unit = 7 * 86400; break;
        default: return std::nullopt;
        }
        number.chop(1);
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    // Ten years is plenty; beyond it the millisecond arithmetic could overflow.
    if (!ok || n <= 0 || n > 10LL * 365 * 86400 / unit)
        return std::nullopt;
    return n * unit;
}

Result<qint64> WatchService::add(const QString &url, qint64 intervalS, const QString &platform,
                                 const QString &title)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a web address; give one starting with https://.").arg(url)};
    if (intervalS < kMinIntervalS)
        return Error{ErrorKind::InvalidInput,
                     tr("Check a site at most once a minute; the interval is too short.")};
    WatchedSite site;
    site.url = parsed.toString();
    site.title = title.trimmed();
    site.platform = Platform::normalizeId(platform);
    site.intervalS = intervalS;
    site.createdMs = m_clock();
    return guarded([&] { return WatchRepository(m_db).add(site); });
}

Result<std::vector<WatchedSite>> WatchService::list()
{
    return guarded([&] { return WatchRepository(m_db).list(); });
}

Result<std::vector<WatchedSite>> WatchService::due()
{
    return guarded([&] { return WatchRepository(m_db).due(m_clock()); });
}

Status WatchService::markChecked(qint64 id)
{
    const Result<bool> marked =
        guarded([&] { return WatchRepository(m_db).markChecked(id, m_clock()); });
    if (!marked)
        return marked.error();
    if (!*marked)
        return Error{ErrorKind::NotFound, tr("There is no watched site %1.").arg(id)};
    return {};
}

Status WatchService::remove(qint64 id)
{
    const Result<bool> removed = guarded([&] { return WatchRepository(m_db).remove(id); });
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error{ErrorKind::NotFound, tr("There is no watched site %1.").arg(id)};
    return {};
}

}  // namespace earshot
