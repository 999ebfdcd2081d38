// SPDX-License-Identifier: GPL-3.0-or-later
// Triage on items: status, tags, assignee, notes, priority, spam; bulk actions over ids
// and queries; the activity log; undo of the last action; tag colours.
#include "core/services/TriageService.h"
#include "core/storage/ItemRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QTest>

using namespace earshot;

class TestTriage : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<qint64> m_ids;
    qint64 m_now = 1'800'000'000'000;

    TriageService service(const QString &actor = QStringLiteral("maria"))
    {
        return TriageService(*m_db, actor, [this] { return m_now; });
    }

    ItemState state(qint64 id) { return ItemRepository(*m_db).find(id)->state; }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("t%1.db").arg(++n)));
        Transaction tx(*m_db);
        ItemRepository items(*m_db);
        m_ids.clear();
        m_ids.push_back(
            items
                .upsert(test::makeItem(QStringLiteral("1"), QStringLiteral("Списали деньги"), 1000))
                .id);
        m_ids.push_back(
            items.upsert(test::makeItem(QStringLiteral("2"), QStringLiteral("Нет связи"), 2000))
                .id);
        m_ids.push_back(items
                            .upsert(test::makeItem(QStringLiteral("3"),
                                                   QStringLiteral("Спасибо за тариф"), 3000))
                            .id);
        tx.commit();
    }

    void statusWorkflowAndActivity()
    {
        TriageService triage = service();
        QCOMPARE(*triage.setStatus({m_ids[0]}, ItemStatus::InProgress), 1);
        m_now += 1000;
        QCOMPARE(*triage.setStatus({m_ids[0]}, ItemStatus::Answered), 1);
        QCOMPARE(*triage.setStatus({m_ids[0]}, ItemStatus::Answered), 0);  // no change, no entry
        QCOMPARE(state(m_ids[0]).status, ItemStatus::Answered);
        const auto log = *triage.activity(m_ids[0]);
        QCOMPARE(log.size(), 2u);
        QCOMPARE(log[0].action, QStringLiteral("status"));
        QCOMPARE(log[0].oldValue, QStringLiteral("new"));
        QCOMPARE(log[0].newValue, QStringLiteral("in-progress"));
        QCOMPARE(log[0].actor, QStringLiteral("maria"));
        QCOMPARE(log[1].atMs, m_now);
        QCOMPARE(log[1].oldValue, QStringLiteral("in-progress"));
        QVERIFY(log[0].batch != log[1].batch);
    }

    void bulkTagsAssignNotePrioritySpam()
    {
        TriageService triage = service();
        QCOMPARE(*triage.addTag(m_ids, QStringLiteral("problem/billing")), 3);
        QCOMPARE(*triage.addTag(m_ids, QStringLiteral("problem/billing")), 0);
        QCOMPARE(*triage.removeTag({m_ids[2]}, QStringLiteral("problem/billing")), 1);
        QCOMPARE(state(m_ids[0]).tags, QStringList{QStringLiteral("problem/billing")});
        QVERIFY(state(m_ids[2]).tags.isEmpty());
        QCOMPARE(*triage.assign({m_ids[0], m_ids[1]}, QStringLiteral("Oleg")), 2);
        QCOMPARE(*triage.setNote({m_ids[1]}, QStringLiteral("call back")), 1);
        QCOMPARE(state(m_ids[1]).note, QStringLiteral("call back"));
        QCOMPARE(*triage.setPriority({m_ids[1]}, 2), 1);
        QCOMPARE(*triage.markSpam({m_ids[2]}, true), 1);
        TriageRepository repo(*m_db);
        QCOMPARE(repo.triage(m_ids[1])->assignee, QStringLiteral("Oleg"));
        QCOMPARE(repo.triage(m_ids[1])->priority, 2);
        QVERIFY(repo.triage(m_ids[2])->spam);
        // Unknown ids are skipped, not errors.
        QCOMPARE(*triage.setStatus({999999}, ItemStatus::Closed), 0);
    }

    void selectByQuery()
    {
        TriageService triage = service();
        QCOMPARE(*triage.select(QStringLiteral("деньги OR тарифы")),
                 (std::vector<qint64>{m_ids[0], m_ids[2]}));
        const auto bad = triage.select(QStringLiteral("status:done"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::InvalidInput);
        QVERIFY(bad.error().message.contains(QStringLiteral("position 1")));
    }

    void undoRestoresTheLastAction()
    {
        TriageService triage = service();
        QVERIFY(triage.undoLast()->empty());  // nothing yet
        QVERIFY(triage.setNote({m_ids[0]}, QStringLiteral("first")).ok());
        QVERIFY(triage.setStatus(m_ids, ItemStatus::Waiting).ok());
        QVERIFY(triage.addTag({m_ids[1]}, QStringLiteral("urgent")).ok());

        auto undone = *triage.undoLast();  // the tag
        QCOMPARE(undone.size(), 1u);
        QVERIFY(state(m_ids[1]).tags.isEmpty());
        undone = *triage.undoLast();  // the bulk status change, as a whole
        QCOMPARE(undone.size(), 3u);
        for (const qint64 id : m_ids)
            QCOMPARE(state(id).status, ItemStatus::New);
        QCOMPARE(state(m_ids[0]).note, QStringLiteral("first"));
        undone = *triage.undoLast();
        QCOMPARE(undone.size(), 1u);
        QCOMPARE(state(m_ids[0]).note, QString());
        QVERIFY(triage.undoLast()->empty());
        // The log keeps what was undone.
        const auto log = *triage.activity(m_ids[0]);
        QCOMPARE(log.size(), 2u);
        QVERIFY(log[0].undone && log[1].undone);
    }

    void undoOfUntagRestoresTheTag()
    {
        TriageService triage = service();
        QVERIFY(triage.addTag({m_ids[0]}, QStringLiteral("keep")).ok());
        QVERIFY(triage.removeTag({m_ids[0]}, QStringLiteral("keep")).ok());
        QVERIFY(triage.undoLast().ok());
        QCOMPARE(state(m_ids[0]).tags, QStringList{QStringLiteral("keep")});
    }

    void tagColoursAndValidation()
    {
        TriageService triage = service();
        QVERIFY(
            triage.setTagColor(QStringLiteral("problem/billing"), QStringLiteral("#d04040")).ok());
        QVERIFY(!triage.setTagColor(QStringLiteral("x"), QStringLiteral("red")).ok());
        const auto tags = *triage.tags();
        QCOMPARE(tags.size(), 1u);
        QCOMPARE(tags[0].color, QStringLiteral("#d04040"));
        QVERIFY(!triage.addTag(m_ids, QStringLiteral("a//b")).ok());
        QVERIFY(!triage.addTag(m_ids, QStringLiteral(" ")).ok());
        QVERIFY(!triage.apply(m_ids, QStringLiteral("explode"), {}).ok());
        QVERIFY(!triage.apply(m_ids, QStringLiteral("status"), QStringLiteral("done")).ok());
    }

    void cleanup() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "test_triage.moc"
