// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/RuleEngine.h"

#include "core/model/InboxFilter.h"
#include "core/model/Logging.h"
#include "core/model/Query.h"
#include "core/services/Guarded.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/ItemSet.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/TriageRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RuleEngine", text);
}

// The rule's spam action needs no value; "spam" alone means "mark as spam".
RuleAction normalized(const RuleAction &a)
{
    if (a.action == QLatin1String("spam") && a.value.isEmpty())
        return {a.action, QStringLiteral("1")};
    return a;
}

}  // namespace

RuleEngine::RuleEngine(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void RuleEngine::applyAfterStore(Database &db, const std::vector<qint64> &ids)
{
    const Result<RuleReport> report = RuleEngine(db).apply(ids);
    if (!report)
        qCWarning(lcSync) << "rules after sync failed:" << report.error().message;
}

std::optional<Error> RuleEngine::validate(const Rule &rule)
{
    if (rule.name.trimmed().isEmpty())
        return Error{ErrorKind::InvalidInput, tr("A rule needs a name.")};
    const ParsedQuery parsed = parseQuery(rule.query, 0);
    if (!parsed.ok)
        return Error{ErrorKind::InvalidInput,
                     tr("The rule's query is not valid at %1.").arg(parsed.error.toString())};
    if (!rule.regex.isEmpty()) {
        const QRegularExpression re(rule.regex);
        if (!re.isValid())
            return Error{ErrorKind::InvalidInput,
                         tr("The rule's regular expression is not valid at position %1: %2.")
                             .arg(re.patternErrorOffset() + 1)
                             .arg(re.errorString())};
    }
    if (rule.actions.empty())
        return Error{ErrorKind::InvalidInput, tr("A rule needs at least one action.")};
    for (const RuleAction &raw : rule.actions) {
        const RuleAction a = normalized(raw);
        if (!TriageRepository::isAction(a.action))
            return Error{ErrorKind::InvalidInput,
                         tr("Unknown action \"%1\"; use tag, status, assign, spam, priority or "
                            "notify.")
                             .arg(a.action)};
        ItemStatus status = ItemStatus::New;
        if (a.action == QLatin1String("status") && !parseStatusId(a.value, &status))
            return Error{ErrorKind::InvalidInput,
                         tr("Unknown status \"%1\"; use new, in-progress, waiting, answered or "
                            "closed.")
                             .arg(a.value)};
        bool number = true;
        if (a.action == QLatin1String("priority"))
            a.value.toInt(&number);
        if (!number)
            return Error{ErrorKind::InvalidInput,
                         tr("Priority must be a number, not \"%1\".").arg(a.value)};
        if ((a.action == QLatin1String("tag") || a.action == QLatin1String("untag")) &&
            a.value.trimmed().isEmpty())
            return Error{ErrorKind::InvalidInput, tr("The tag action needs a tag name.")};
    }
    return std::nullopt;
}

RuleReport RuleEngine::run(const ItemSet *scope, bool dryRun, bool countItems)
{
    // Each rule is a few statements over whole sets of items (the scope, the items an
    // earlier stop rule shields, the rule's matches), not statements per item: rules run
    // on every import, and an import can bring 100,000 items.
    RuleReport report;
    report.dryRun = dryRun;
    ItemRepository items(m_db);
    TriageRepository triage(m_db);
    RuleRepository rules(m_db);
    countItems = countItems && !dryRun;
    const qint64 now = m_clock();
    const qint64 batch = dryRun ? 0 : triage.newBatch();
    ItemSet stopped(m_db, "rule_stopped");  // items an earlier matching rule said to leave alone
    ItemSet matched(m_db, "rule_matched");
    bool anyStopped = false;
    for (const Rule &rule : rules.list()) {
        if (!rule.enabled)
            continue;
        InboxFilter filter;
        filter.query = rule.query;
        filter.nowMs = now;
        matched.clear();
        qint64 count = items.selectInto(filter, scope, anyStopped ? &stopped : nullptr, matched);
        if (!rule.regex.isEmpty() && count > 0) {
            const QRegularExpression re(rule.regex,
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
            std::vector<qint64> rejected;
            items.forEachText(matched, [&](qint64 id, const QString &title, const QString &text) {
                if (!re.match(title + QLatin1Char('\n') + text).hasMatch())
                    rejected.push_back(id);
            });
            matched.remove(rejected);
            count -= static_cast<qint64>(rejected.size());
        }
        RuleOutcome outcome{rule.id, rule.name, count, 0};
        if (!dryRun && count > 0) {
            const TriageContext context{batch, now, QStringLiteral("rule:") + rule.name};
            const qint64 firstEntry = countItems ? rules.lastActivityEntry() : 0;
            for (const RuleAction &raw : rule.actions) {
                const RuleAction a = normalized(raw);
                outcome.changed += triage.apply(matched, a.action, a.value, context, rule.id);
            }
            if (countItems && outcome.changed > 0)
                outcome.items = qint64(rules.changedItems(batch, firstEntry).size());
        }
        if (rule.stop && count > 0) {
            stopped.insertAll(matched);
            anyStopped = true;
        }
        report.rules.push_back(std::move(outcome));
    }
    if (countItems)
        report.changedItems = rules.changedItems(batch);
    return report;
}

Result<RuleReport> RuleEngine::apply(const std::vector<qint64> &ids)
{
    return guarded([&] {
        // A large import's rules write tags, log entries and items all over their tables;
        // the everyday page cache would spill and re-read those pages (as for the import).
        constexpr std::size_t kBulk = 10'000;
        std::optional<ScopedCacheSize> bulkCache;
        if (ids.size() >= kBulk)
            bulkCache.emplace(m_db, 256 * 1024);
        Transaction transaction(m_db);
        ItemSet scope(m_db, "rule_scope");
        scope.insert(ids);
        qint64 profileMatches = 0;
        ProfileRepository profiles(m_db);
        for (const Profile &profile : profiles.list())
            profileMatches += profiles.match(profile, scope);
        RuleReport report = run(&scope, false);
        report.profileMatches = profileMatches;
        transaction.commit();
        return report;
    });
}

Result<RuleReport> RuleEngine::applyToCache(bool dryRun)
{
    return guarded([&] {
        if (dryRun)
            return run(nullptr, true);
        Transaction transaction(m_db);
        RuleReport report = run(nullptr, false, true);
        transaction.commit();
        return report;
    });
}

Result<RuleReport> RuleEngine::previewOnCache()
{
    return guarded([&] {
        const Transaction rolledBack(m_db);  // never committed: the preview changes nothing
        RuleReport report = run(nullptr, false, true);
        report.dryRun = true;
        return report;
    });
}

Result<std::vector<Rule>> RuleEngine::rules()
{
    return guarded([&] { return RuleRepository(m_db).list(); });
}

Result<qint64> RuleEngine::addRule(const Rule &rule)
{
    if (std::optional<Error> error = validate(rule))
        return *error;
    return guarded([&] {
        Transaction transaction(m_db);
        const qint64 id = RuleRepository(m_db).add(rule);
        transaction.commit();
        return id;
    });
}

Status RuleEngine::setEnabled(qint64 id, bool enabled)
{
    return guarded([&] {
        Transaction transaction(m_db);
        RuleRepository(m_db).setEnabled(id, enabled);
        transaction.commit();
    });
}

Status RuleEngine::updateRule(const Rule &rule)
{
    if (std::optional<Error> error = validate(rule))
        return *error;
    bool found = false;
    Status stored = guarded([&] {
        Transaction transaction(m_db);
        found = RuleRepository(m_db).update(rule);
        transaction.commit();
    });
    if (stored && !found)
        return Error{ErrorKind::NotFound, tr("The rule no longer exists.")};
    return stored;
}

Status RuleEngine::moveRule(qint64 id, int offset)
{
    return guarded([&] {
        Transaction transaction(m_db);
        RuleRepository(m_db).move(id, offset);
        transaction.commit();
    });
}

Status RuleEngine::removeRule(qint64 id)
{
    return guarded([&] {
        Transaction transaction(m_db);
        RuleRepository(m_db).remove(id);
        transaction.commit();
    });
}

}  // namespace earshot
