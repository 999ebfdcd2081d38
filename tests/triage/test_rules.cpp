// SPDX-License-Identifier: GPL-3.0-or-later
// Rules: stored in order, applied to newly imported items and on demand over the cache,
// every matching rule in order unless one says stop, regular expressions, a dry run that
// changes nothing, one undo for a whole run, and validation of bad rules.
#include "core/services/ImportService.h"
#include "core/services/RuleEngine.h"
#include "core/services/TriageService.h"
#include "core/storage/ItemRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"
#include "tests/triage/RuleBuilder.h"

#include <QBuffer>
#include <QTest>

using namespace earshot;
using earshot::test::rule;

namespace {

QByteArray line(const QString &id, const QString &text,
                const QString &platform = QStringLiteral("vk"))
{
    return QStringLiteral(
               R"({"platform":"%1","source":"vk.com/brand","id":"%2","text":"%3","published":"2026-11-20T10:00:00Z"})"
               "\n")
        .arg(platform, id, text)
        .toUtf8();
}

}  // namespace

class TestRules : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;

    ImportReport import(const QByteArray &jsonl)
    {
        QBuffer buffer;
        buffer.setData(jsonl);
        buffer.open(QIODevice::ReadOnly);
        Result<ImportReport> report = ImportService(*m_db).importJsonLines(buffer);
        if (!report)
            qFatal("import failed: %s", qPrintable(report.error().message));
        return *report;
    }

    StoredItem item(const QString &externalId)
    {
        Statement q = m_db->prepare("SELECT id FROM items WHERE external_id = ?1");
        q.bind(1, externalId);
        if (!q.step())
            qFatal("no such item");
        return *ItemRepository(*m_db).find(q.int64(0));
    }

    TriageRepository::Triage triageOf(const QString &externalId)
    {
        return *TriageRepository(*m_db).triage(item(externalId).id);
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("r%1.db").arg(++n)));
    }

    void allMatchingRulesApplyInOrderAtIngest()
    {
        RuleEngine engine(*m_db);
        QVERIFY(engine
                    .addRule(rule(QStringLiteral("billing"), QStringLiteral("деньги OR тариф"),
                                  {{QStringLiteral("tag"), QStringLiteral("problem/billing")},
                                   {QStringLiteral("priority"), QStringLiteral("2")}}))
                    .ok());
        QVERIFY(engine
                    .addRule(rule(QStringLiteral("vk to Oleg"), QStringLiteral("platform:vk"),
                                  {{QStringLiteral("assign"), QStringLiteral("Oleg")},
                                   {QStringLiteral("notify"), QStringLiteral("new vk mention")}}))
                    .ok());
        // Sees the tag the first rule added: rules run in order.
        QVERIFY(engine
                    .addRule(rule(QStringLiteral("billing waits"), QStringLiteral("tag:problem"),
                                  {{QStringLiteral("status"), QStringLiteral("waiting")}}))
                    .ok());

        const ImportReport report =
            import(line(QStringLiteral("1"), QStringLiteral("Списали деньги")) +
                   line(QStringLiteral("2"), QStringLiteral("Всё хорошо")) +
                   line(QStringLiteral("3"), QStringLiteral("Outage"), QStringLiteral("telegram")));
        QCOMPARE(report.inserted, 3);
        QVERIFY(report.ruleChanges > 0);

        const StoredItem one = item(QStringLiteral("1"));
        QCOMPARE(one.state.tags, QStringList{QStringLiteral("problem/billing")});
        QCOMPARE(one.state.status, ItemStatus::Waiting);
        QCOMPARE(triageOf(QStringLiteral("1")).priority, 2);
        QCOMPARE(triageOf(QStringLiteral("1")).assignee, QStringLiteral("Oleg"));
        QCOMPARE(triageOf(QStringLiteral("2")).assignee, QStringLiteral("Oleg"));
        QCOMPARE(item(QStringLiteral("2")).state.status, ItemStatus::New);
        QCOMPARE(triageOf(QStringLiteral("3")).assignee, QString());
        QCOMPARE(TriageRepository(*m_db).notifications().size(), 2u);

        // The log says which rule did it.
        const auto log = *TriageService(*m_db).activity(one.id);
        QVERIFY(!log.empty());
        QCOMPARE(log.front().actor, QStringLiteral("rule:billing"));

        // A re-import of the same items is not "new": rules do not run again.
        const ImportReport again =
            import(line(QStringLiteral("1"), QStringLiteral("Списали деньги")));
        QCOMPARE(again.ruleChanges, 0);
    }

    void stopRuleShieldsLaterRules()
    {
        RuleEngine engine(*m_db);
        QVERIFY(engine
                    .addRule(rule(QStringLiteral("spam"), QString(), {{QStringLiteral("spam"), {}}},
                                  true, QStringLiteral("заработ(ок|ай)")))
                    .ok());
        QVERIFY(engine
                    .addRule(rule(QStringLiteral("everything"), QString(),
                                  {{QStringLiteral("tag"), QStringLiteral("seen")}}))
                    .ok());
        import(line(QStringLiteral("s"), QStringLiteral("Лёгкий ЗАРАБОТОК дома")) +
               line(QStringLiteral("h"), QStringLiteral("Вопрос про тариф")));
        QVERIFY(triageOf(QStringLiteral("s")).spam);
        QVERIFY(item(QStringLiteral("s")).state.tags.isEmpty());
        QVERIFY(!triageOf(QStringLiteral("h")).spam);
        QCOMPARE(item(QStringLiteral("h")).state.tags, QStringList{QStringLiteral("seen")});
    }

    void disabledRulesDoNotRun()
    {
        RuleEngine engine(*m_db);
        const qint64 id = *engine.addRule(
            rule(QStringLiteral("off"), QString(), {{QStringLiteral("tag"), QStringLiteral("x")}}));
        QVERIFY(engine.setEnabled(id, false).ok());
        import(line(QStringLiteral("1"), QStringLiteral("text")));
        QVERIFY(item(QStringLiteral("1")).state.tags.isEmpty());
        QCOMPARE(engine.rules()->front().enabled, false);
    }

    void dryRunCountsAndChangesNothingThenApplyAndUndo()
    {
        import(line(QStringLiteral("1"), QStringLiteral("Списали деньги")) +
               line(QStringLiteral("2"), QStringLiteral("Деньгами недоволен")) +
               line(QStringLiteral("3"), QStringLiteral("Спасибо")));
        RuleEngine engine(*m_db);
        QVERIFY(engine
                    .addRule(rule(QStringLiteral("money"), QStringLiteral("деньги"),
                                  {{QStringLiteral("status"), QStringLiteral("in-progress")}}))
                    .ok());
        QVERIFY(engine
                    .addRule(rule(QStringLiteral("thanks"), QStringLiteral("спасибо"),
                                  {{QStringLiteral("status"), QStringLiteral("closed")}}))
                    .ok());

        const RuleReport dry = *engine.applyToCache(true);
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.rules.size(), 2u);
        QCOMPARE(dry.rules[0].matched, 2);
        QCOMPARE(dry.rules[1].matched, 1);
        QCOMPARE(dry.rules[0].changed, 0);
        QCOMPARE(item(QStringLiteral("1")).state.status, ItemStatus::New);
        QCOMPARE(test::scalar(*m_db, "SELECT count(*) FROM activity"), 0);

        const RuleReport done = *engine.applyToCache(false);
        QCOMPARE(done.rules[0].changed, 2);
        QCOMPARE(item(QStringLiteral("2")).state.status, ItemStatus::InProgress);
        QCOMPARE(item(QStringLiteral("3")).state.status, ItemStatus::Closed);

        // One undo takes the whole run back.
        QCOMPARE(TriageService(*m_db).undoLast()->size(), 3u);
        QCOMPARE(item(QStringLiteral("2")).state.status, ItemStatus::New);
        QCOMPARE(item(QStringLiteral("3")).state.status, ItemStatus::New);
    }

    void badRulesAreRejected()
    {
        RuleEngine engine(*m_db);
        const auto badQuery = engine.addRule(rule(QStringLiteral("q"), QStringLiteral("a (b"),
                                                  {{QStringLiteral("tag"), QStringLiteral("x")}}));
        QVERIFY(!badQuery.ok());
        QVERIFY(badQuery.error().message.contains(QStringLiteral("position 3")));
        QVERIFY(!engine
                     .addRule(rule(QStringLiteral("re"), {},
                                   {{QStringLiteral("tag"), QStringLiteral("x")}}, false,
                                   QStringLiteral("(")))
                     .ok());
        QVERIFY(!engine.addRule(rule(QStringLiteral("none"), {}, {})).ok());
        QVERIFY(!engine.addRule(rule(QString(), {}, {{QStringLiteral("tag"), QStringLiteral("x")}}))
                     .ok());
        QVERIFY(
            !engine.addRule(rule(QStringLiteral("a"), {}, {{QStringLiteral("explode"), {}}})).ok());
        QVERIFY(!engine
                     .addRule(rule(QStringLiteral("a"), {},
                                   {{QStringLiteral("status"), QStringLiteral("done")}}))
                     .ok());
        QVERIFY(!engine
                     .addRule(rule(QStringLiteral("a"), {},
                                   {{QStringLiteral("priority"), QStringLiteral("high")}}))
                     .ok());
        QVERIFY(engine.rules()->empty());
    }

    void cleanup() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"
