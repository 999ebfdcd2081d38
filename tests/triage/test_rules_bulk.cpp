// SPDX-License-Identifier: GPL-3.0-or-later
// Rules over many items at once. The engine works on whole sets of items in SQL; its
// outcome must be that of applying each rule item by item (kept here as the reference):
// the same matches, values, notifications and activity log in the same order, with
// regular expressions, stop rules, rules that must not apply twice, every action, and
// undo. Also the inbox's two plans for a query with words (index first for rare words,
// newest first for common ones) return the same pages.
#include "core/services/RuleEngine.h"
#include "core/services/TriageService.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/ItemSet.h"
#include "core/storage/TriageRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"
#include "tests/triage/RuleBuilder.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace earshot;
using earshot::test::rule;

namespace {

constexpr qint64 kNow = 1'790'000'000'000;
constexpr qint64 kMinute = 60'000;

const char *const kWords[] = {"деньги", "тариф",   "refund", "delay",  "outage", "router",
                              "связь",  "спасибо", "оплата", "flight", "help",   "роуминг"};
const char *const kPlatforms[] = {"vk", "telegram", "reddit"};

// Deterministic items with a mix of words, platforms, languages, numbers and user state.
std::vector<qint64> populate(Database &db, int count)
{
    ItemRepository items(db);
    TriageRepository triage(db);
    std::vector<qint64> ids;
    Transaction transaction(db);
    quint32 state = 12345;
    const auto next = [&state](quint32 n) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % n;
    };
    for (int i = 0; i < count; ++i) {
        QStringList words;
        for (int w = 0; w < 4; ++w)
            words.append(QString::fromUtf8(kWords[next(12)]));
        if (next(4) == 0)
            words.append(QString::number(100 + next(900)));
        const QString platform = QString::fromLatin1(kPlatforms[next(3)]);
        Item item =
            test::makeItem(QStringLiteral("x%1").arg(i), words.join(QLatin1Char(' ')),
                           kNow - (count - i) * kMinute, platform + QStringLiteral("/s"), platform);
        item.lang = next(2) == 0 ? QStringLiteral("ru") : QStringLiteral("en");
        ItemState initial;
        initial.read = next(3) == 0;
        if (next(5) == 0)
            initial.tags = {QStringLiteral("problem/billing")};
        if (next(6) == 0)
            initial.status = ItemStatus::Closed;
        const qint64 id = items.upsert(item, &initial).id;
        ids.push_back(id);
        if (next(7) == 0) {  // a person's earlier decisions, in the log as well
            const TriageContext context{triage.newBatch(), kNow, QStringLiteral("Anna")};
            triage.apply({id}, QStringLiteral("priority"), QStringLiteral("3"), context);
            triage.apply({id}, QStringLiteral("assign"), QStringLiteral("Anna"), context);
        }
    }
    transaction.commit();
    return ids;
}

std::vector<Rule> rules()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    std::vector<Rule> out = {
        rule(s("billing"), s("деньги OR тариф"),
             {{s("tag"), s("problem/billing")}, {s("priority"), s("2")}}),
        rule(s("vk"), s("platform:vk"), {{s("assign"), s("Oleg")}, {s("notify"), s("new vk")}}),
        rule(s("waits"), s("tag:problem"), {{s("status"), s("waiting")}}),
        rule(s("numbers are spam"), {}, {{s("spam"), {}}}, true, s("\\d{3,}")),
        rule(s("everything"), {}, {{s("tag"), s("seen")}}),
        rule(s("english refunds"), s("lang:en refund -delay"), {{s("note"), s("refund asked")}}),
        rule(s("telegram unseen"), s("platform:telegram"), {{s("untag"), s("seen")}}),
        rule(s("outage closes"), s("outage router"), {{s("status"), s("Closed")}}),
        rule(s("again"), s("деньги"), {{s("tag"), s("Problem/Billing")}}),
        rule(s("unread roaming"), s("is:unread роуминг platform:vk"),
             {{s("priority"), s("02")}, {s("spam"), s("0")}}),
        rule(s("regex words"), s("связь"), {{s("tag"), s("net")}}, false, s("СВЯЗЬ\\s+\\S+")),
        rule(s("stop help"), s("help"), {{s("assign"), {}}}, true),
        rule(s("after stop"), s("help OR flight"), {{s("tag"), s("travel")}}),
    };
    out.push_back(rule(s("off"), {}, {{s("tag"), s("never")}}));
    out.back().enabled = false;
    return out;
}

// The former engine: each rule's matches as an id list, regular expressions checked on
// each loaded item, actions applied item by item.
void referenceApply(Database &db, const std::vector<qint64> &within, qint64 now)
{
    Transaction transaction(db);
    ItemRepository items(db);
    TriageRepository triage(db);
    const qint64 batch = triage.newBatch();
    QSet<qint64> stopped;
    for (const Rule &r : RuleRepository(db).list()) {
        if (!r.enabled)
            continue;
        InboxFilter filter;
        filter.query = r.query;
        filter.nowMs = now;
        const QRegularExpression re(r.regex, QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption);
        std::vector<qint64> matched;
        for (const qint64 id : items.matchingIds(filter, &within)) {
            if (stopped.contains(id))
                continue;
            if (!r.regex.isEmpty()) {
                const std::optional<StoredItem> item = items.find(id);
                if (!item ||
                    !re.match(item->item.title + QLatin1Char('\n') + item->item.text).hasMatch())
                    continue;
            }
            matched.push_back(id);
        }
        const TriageContext context{batch, now, QStringLiteral("rule:") + r.name};
        for (RuleAction a : r.actions) {
            if (a.action == QLatin1String("spam") && a.value.isEmpty())
                a.value = QStringLiteral("1");
            triage.apply(matched, a.action, a.value, context, r.id);
        }
        if (r.stop)
            stopped.unite(QSet<qint64>(matched.begin(), matched.end()));
    }
    transaction.commit();
}

// Everything rules can change, as text, for comparing two databases.
QStringList snapshot(Database &db)
{
    QStringList out;
    const auto dump = [&](const char *sql) {
        Statement q = db.prepare(sql);
        while (q.step()) {
            QStringList row;
            for (int c = 0; c < 8; ++c)
                row.append(q.text(c));
            out.append(row.join(QLatin1Char('|')));
        }
    };
    dump(
        "SELECT batch, item_id, at_ms, actor, action, old_value, new_value, undone "
        "FROM activity ORDER BY id");
    dump(
        "SELECT id, status, assignee, note, priority, is_spam, is_read, '' FROM items ORDER BY id");
    dump(
        "SELECT it.item_id, t.name, '', '', '', '', '', '' FROM item_tags it "
        "JOIN tags t ON t.id = it.tag_id ORDER BY it.item_id, t.name");
    dump(
        "SELECT item_id, ifnull(rule_id, ''), at_ms, message, seen, '', '', '' "
        "FROM notifications ORDER BY id");
    return out;
}

void compareSnapshots(const QStringList &actual, const QStringList &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

}  // namespace

class TestRulesBulk : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> open()
    {
        return test::openWorkspace(m_dir.filePath(QStringLiteral("b%1.db").arg(++m_files)));
    }

private Q_SLOTS:
    void setRunEqualsItemByItemRun()
    {
        std::unique_ptr<Database> engineDb = open();
        std::unique_ptr<Database> referenceDb = open();
        const std::vector<qint64> old = populate(*engineDb, 300);
        QCOMPARE(populate(*referenceDb, 300), old);
        for (const Rule &r : rules()) {
            QVERIFY(RuleEngine(*engineDb).addRule(r).ok());
            QVERIFY(RuleEngine(*referenceDb).addRule(r).ok());
        }
        // Rules run on the items stored last, among older ones they must not touch.
        std::vector<qint64> fresh;
        {
            std::unique_ptr<Database> *dbs[] = {&engineDb, &referenceDb};
            for (std::unique_ptr<Database> *db : dbs) {
                ItemRepository items(**db);
                Transaction transaction(**db);
                fresh.clear();
                for (int i = 0; i < 500; ++i) {
                    // Three words (every pair occurs), then numbers, a bare word or "help".
                    static const char *const kEndings[] = {"", " связь", " help", " help", ""};
                    QString text = QStringList{QString::fromUtf8(kWords[i % 12]),
                                               QString::fromUtf8(kWords[(i * 7 + 3) % 12]),
                                               QString::fromUtf8(kWords[(i / 12) % 12])}
                                       .join(QLatin1Char(' ')) +
                                   QString::fromUtf8(kEndings[i % 5]);
                    if (i % 5 == 0)
                        text += QStringLiteral(" связь %1").arg(i * 37);
                    Item item = test::makeItem(QStringLiteral("n%1").arg(i), text,
                                               kNow + i * kMinute, QStringLiteral("vk/s"),
                                               QString::fromLatin1(kPlatforms[i % 3]));
                    item.lang = i % 2 == 1 ? QStringLiteral("en") : QStringLiteral("ru");
                    ItemState initial;
                    initial.read = i % 4 == 0;
                    if (i % 9 == 0)
                        initial.tags = {QStringLiteral("seen")};
                    fresh.push_back(items.upsert(item, &initial).id);
                }
                transaction.commit();
            }
        }
        const auto clock = [] { return kNow + 1; };
        const Result<RuleReport> report = RuleEngine(*engineDb, clock).apply(fresh);
        QVERIFY(report.ok());
        referenceApply(*referenceDb, fresh, kNow + 1);
        compareSnapshots(snapshot(*engineDb), snapshot(*referenceDb));
        qint64 changed = 0;
        for (const RuleOutcome &o : report->rules)
            changed += o.changed;
        QVERIFY(changed > 500);  // the data exercises every rule
        for (const RuleOutcome &o : report->rules)
            QVERIFY2(o.matched > 0, qPrintable(o.name));

        // A second run over the same items: what is already so is neither written nor
        // logged again (tags removed by a later rule are added back, as before).
        const Result<RuleReport> again = RuleEngine(*engineDb, clock).apply(fresh);
        QVERIFY(again.ok());
        referenceApply(*referenceDb, fresh, kNow + 1);
        compareSnapshots(snapshot(*engineDb), snapshot(*referenceDb));
        for (const RuleOutcome &o : again->rules) {
            if (o.name == QLatin1String("billing") || o.name == QLatin1String("again"))
                QCOMPARE(o.changed, 0);
        }

        // Undo of each run restores the same state in both.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(TriageService(*engineDb).undoLast().ok());
            QVERIFY(TriageService(*referenceDb).undoLast().ok());
        }
        compareSnapshots(snapshot(*engineDb), snapshot(*referenceDb));

        // Over the whole cache, as the "apply rules" command does.
        const Result<RuleReport> cache = RuleEngine(*engineDb, clock).applyToCache(false);
        QVERIFY(cache.ok());
        std::vector<qint64> all = old;
        all.insert(all.end(), fresh.begin(), fresh.end());
        referenceApply(*referenceDb, all, kNow + 1);
        compareSnapshots(snapshot(*engineDb), snapshot(*referenceDb));
    }

    void setActionsEqualListActions()
    {
        std::unique_ptr<Database> setDb = open();
        std::unique_ptr<Database> listDb = open();
        const std::vector<qint64> ids = populate(*setDb, 120);
        QCOMPARE(populate(*listDb, 120), ids);
        std::vector<qint64> some;
        for (std::size_t i = 0; i < ids.size(); i += 3)
            some.push_back(ids[i]);
        some.push_back(999'999);  // unknown items are skipped
        const std::vector<std::pair<const char *, const char *>> actions = {
            {"tag", "problem/billing"},
            {"tag", "new one"},
            {"untag", "problem/billing"},
            {"untag", "missing"},
            {"status", "closed"},
            {"status", "In-Progress"},
            {"assign", "Anna"},
            {"assign", ""},
            {"note", "n"},
            {"priority", "3"},
            {"priority", "+3"},
            {"spam", "1"},
            {"spam", "0"},
            {"notify", "hello"}};
        for (const auto &[action, value] : actions) {
            const TriageContext context{1000, kNow, QStringLiteral("rule:x")};
            {
                Transaction transaction(*setDb);
                ItemSet set(*setDb, "test_set");
                set.insert(some);
                TriageRepository(*setDb).apply(set, QString::fromLatin1(action),
                                               QString::fromUtf8(value), context);
                transaction.commit();
            }
            Transaction transaction(*listDb);
            TriageRepository(*listDb).apply(some, QString::fromLatin1(action),
                                            QString::fromUtf8(value), context);
            transaction.commit();
            compareSnapshots(snapshot(*setDb), snapshot(*listDb));
        }
    }

    void bothQueryPlansGiveTheSamePages()
    {
        // "alpha" is in more items than the index-first plan takes, "omega" in few: the
        // inbox walks the newest items for one and reads the index first for the other.
        std::unique_ptr<Database> db = open();
        {
            ItemRepository items(*db);
            Transaction transaction(*db);
            for (int i = 0; i < 5200; ++i) {
                QString text = QStringLiteral("alpha beta");
                if (i % 97 == 0)
                    text += QStringLiteral(" omega");
                Item item =
                    test::makeItem(QStringLiteral("p%1").arg(i), text, kNow - (i % 1000) * kMinute,
                                   QStringLiteral("vk/s"), QString::fromLatin1(kPlatforms[i % 3]));
                item.lang = i % 2 == 0 ? QStringLiteral("ru") : QStringLiteral("en");
                ItemState initial;
                initial.read = i % 5 == 0;
                items.upsert(item, &initial);
            }
            transaction.commit();
        }
        ItemRepository items(*db);
        for (const QString &query :
             {QStringLiteral("platform:vk lang:ru is:unread alpha beta"),
              QStringLiteral("platform:vk lang:ru is:unread omega alpha"), QStringLiteral("omega"),
              QStringLiteral("alpha -omega platform:reddit"),
              QStringLiteral("(alpha OR omega) platform:telegram")}) {
            InboxFilter filter;
            filter.query = query;
            filter.nowMs = kNow;
            // Expected: every match, newest first (ties by id, descending).
            std::vector<std::pair<qint64, qint64>> expected;
            for (const qint64 id : items.matchingIds(filter))
                expected.emplace_back(items.find(id)->item.publishedMs, id);
            std::sort(expected.rbegin(), expected.rend());
            std::vector<qint64> shown;
            std::optional<PageCursor> cursor;
            for (;;) {
                const std::vector<InboxRow> rows = items.page(filter, cursor, 300);
                for (const InboxRow &row : rows)
                    shown.push_back(row.id);
                if (rows.size() < 300)
                    break;
                cursor = PageCursor{rows.back().publishedMs, rows.back().id, 0};
            }
            QCOMPARE(shown.size(), expected.size());
            for (std::size_t i = 0; i < shown.size(); ++i)
                QCOMPARE(shown[i], expected[i].second);
        }
    }
};

QTEST_GUILESS_MAIN(TestRulesBulk)
#include "test_rules_bulk.moc"
