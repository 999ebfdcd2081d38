// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CaptureService.h"

#include "core/model/Item.h"
#include "core/model/Logging.h"
#include "core/model/Platform.h"
#include "core/services/Guarded.h"
#include "core/services/RuleEngine.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaptureService", text);
}

}  // namespace

CaptureService::CaptureService(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString CaptureService::manualSourceAddress(const QString &platform)
{
    return QStringLiteral("manual:") + platform;
}

Result<CaptureResult> CaptureService::capture(const CaptureRequest &request)
{
    const QUrl url(request.url.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a web address; give the link of the post, starting with "
                        "https://.")
                         .arg(request.url)};
    const QString platform = Platform::normalizeId(request.platform);
    if (platform.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("Say which platform the post is on.")};
    if (request.author.trimmed().isEmpty())
        return Error{ErrorKind::InvalidInput, tr("Say who wrote the post.")};
    if (request.text.trimmed().isEmpty() && request.title.trimmed().isEmpty())
        return Error{ErrorKind::InvalidInput, tr("The post needs a text or a title.")};

    const qint64 now = m_clock();
    Item item;
    item.platform = platform;
    item.source = manualSourceAddress(platform);
    item.sourceTitle = tr("Captured by hand (%1)").arg(Platform::displayName(platform));
    item.url = url.toString();
    // The link is the post's identity: it is all a person copying by hand reliably has.
    item.externalId = item.url;
    item.author.name = request.author.trimmed();
    item.author.handle = item.author.name;
    item.title = request.title.trimmed();
    item.text = request.text.trimmed();
    item.publishedMs = request.publishedMs.value_or(now);
    item.fetchedMs = now;
    item.lang = request.lang.trimmed();

    const Result<CaptureResult> stored = guarded([&] {
        CaptureResult result;
        Transaction transaction(m_db);
        ItemRepository items(m_db);
        if (const std::optional<qint64> existing = items.findIdByUrl(item.url)) {
            result.itemId = *existing;
            return result;  // already stored (captured before, or fetched by a sync)
        }
        items.sources().ensureManual(platform, item.source, item.sourceTitle);
        const ItemRepository::Stored s = items.upsert(item);
        items.collapseCrossPost(s.id, item);
        transaction.commit();
        result.itemId = s.id;
        result.created = true;
        return result;
    });
    if (!stored || !stored->created)
        return stored;
    CaptureResult result = *stored;
    // Profiles and rules as for any new item; their failure never undoes the capture.
    const Result<RuleReport> rules = RuleEngine(m_db).apply({result.itemId});
    if (!rules) {
        qCWarning(lcImport) << "rules after capture failed:" << rules.error().message;
    } else {
        for (const RuleOutcome &outcome : rules->rules)
            result.ruleChanges += outcome.changed;
    }
    return result;
}

}  // namespace earshot
