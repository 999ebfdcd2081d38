// SPDX-License-Identifier: GPL-3.0-or-later
// earshot-cli triage commands end to end against a real database file: search with the
// query language, tag/status/note on ids and --query, undo, rules, apply-rules and
// profiles.
#include "tests/support/CliRunner.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace earshot;

namespace {

using Outcome = test::CliOutcome;

const char *kSample =
    R"({"platform":"vk","source":"vk.com/brand","id":"wall-1_1","author":"Иван","text":"Опять списали деньги за тариф","published":"2026-11-20T14:03:00+03:00","lang":"ru","tags":["problem/billing"]})"
    "\n"
    R"({"platform":"telegram","source":"t.me/brandchat","id":55,"author":"Anna","title":"Outage","text":"Connections keep dropping since Monday","published":"2026-11-21T10:00:00Z"})"
    "\n"
    R"({"platform":"vk","source":"vk.com/brand","id":"wall-1_2","author":"Ёжик","text":"С новым тарифом всё отлично, спасибо","published":"2026-11-22T10:00:00+03:00","tags":["praise"]})"
    "\n";

}  // namespace

class TestCliTriage : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_db;

    Outcome run(QStringList args) { return test::runCli(std::move(args), m_db); }

    // Ids of search results, in output order.
    QStringList ids(const QString &query)
    {
        const Outcome found = run({QStringLiteral("search"), QStringLiteral("--order"),
                                   QStringLiteral("date"), QStringLiteral("--json"), query});
        if (found.code != 0)
            qFatal("search failed: %s", qPrintable(found.err));
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(found.out.toUtf8()).array())
            out.append(QString::number(v.toObject().value(QLatin1String("id")).toInteger()));
        return out;
    }

    QJsonObject row(const QString &query)
    {
        const Outcome found = run({QStringLiteral("search"), QStringLiteral("--json"), query});
        return QJsonDocument::fromJson(found.out.toUtf8()).array().first().toObject();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli%1.db").arg(++n));
        const QString jsonl = m_dir.filePath(QStringLiteral("sample%1.jsonl").arg(n));
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kSample);
        file.close();
        QCOMPARE(run({QStringLiteral("import"), jsonl}).code, 0);
    }

    void searchTakesTheQueryLanguage()
    {
        QCOMPARE(ids(QStringLiteral("тарифы")).size(), 2);  // plain words still work
        QCOMPARE(ids(QStringLiteral("тариф platform:vk tag:problem")).size(), 1);
        QCOMPARE(ids(QStringLiteral("platform:telegram OR tag:praise")).size(), 2);
        QCOMPARE(ids(QStringLiteral("после:1")).size(), 0);  // non-Latin "field" is text
        const Outcome bad = run({QStringLiteral("search"), QStringLiteral("tag:problem (a")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("position 13")), qPrintable(bad.err));
        QVERIFY(!bad.err.contains(QStringLiteral("SQL")));
    }

    void tagStatusNoteOnIdsAndQueries()
    {
        const QString first = ids(QStringLiteral("деньги")).first();
        Outcome r = run({QStringLiteral("status"), QStringLiteral("in-progress"), first});
        QCOMPARE(r.code, 0);
        QCOMPARE(row(QStringLiteral("деньги")).value(QLatin1String("status")).toString(),
                 QStringLiteral("in-progress"));

        r = run({QStringLiteral("tag"), QStringLiteral("urgent"), QStringLiteral("--query"),
                 QStringLiteral("platform:vk")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("tagged 2 of 2")), qPrintable(r.out));
        QCOMPARE(ids(QStringLiteral("tag:urgent")).size(), 2);

        r = run(
            {QStringLiteral("tag"), QStringLiteral("urgent"), QStringLiteral("--remove"), first});
        QCOMPARE(r.code, 0);
        QCOMPARE(ids(QStringLiteral("tag:urgent")).size(), 1);

        r = run({QStringLiteral("note"), QStringLiteral("call back tomorrow"), first});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("status"), QStringLiteral("answered"), QStringLiteral("--query"),
                 QStringLiteral("is:unread platform:telegram")});
        QCOMPARE(r.code, 0);
        QCOMPARE(ids(QStringLiteral("is:answered")).size(), 1);

        // Undo the last action: the telegram item is new again.
        r = run({QStringLiteral("undo")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("status")), qPrintable(r.out));
        QCOMPARE(ids(QStringLiteral("is:answered")).size(), 0);

        r = run({QStringLiteral("tag"), QStringLiteral("x"), QStringLiteral("--color"),
                 QStringLiteral("#112233")});
        QCOMPARE(r.code, 0);
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("done"), QStringLiteral("1")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("closed")}).code, 2);  // no ids
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("x"), QStringLiteral("abc")}).code, 2);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("x"), QStringLiteral("1"),
                      QStringLiteral("--query"), QStringLiteral("a")})
                     .code,
                 2);
        const Outcome badQuery = run({QStringLiteral("note"), QStringLiteral("n"),
                                      QStringLiteral("--query"), QStringLiteral("is:late")});
        QCOMPARE(badQuery.code, 2);
        QVERIFY(badQuery.err.contains(QStringLiteral("position 1")));
    }

    void rulesAndApplyRules()
    {
        Outcome r = run({QStringLiteral("rules")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("no rules")));
        r = run({QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("billing"),
                 QStringLiteral("--query"), QStringLiteral("деньги OR тариф"),
                 QStringLiteral("--action"), QStringLiteral("tag=problem/billing"),
                 QStringLiteral("--action"), QStringLiteral("status=waiting")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("bad"),
                 QStringLiteral("--query"), QStringLiteral("(x"), QStringLiteral("--action"),
                 QStringLiteral("spam")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("position 1")));
        r = run({QStringLiteral("rules")});
        QVERIFY2(r.out.contains(QStringLiteral("billing")) &&
                     r.out.contains(QStringLiteral("status=waiting")),
                 qPrintable(r.out));

        r = run({QStringLiteral("apply-rules"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("would match 2 items")), qPrintable(r.out));
        QCOMPARE(ids(QStringLiteral("status:waiting")).size(), 0);

        r = run({QStringLiteral("apply-rules")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("matched 2 items")), qPrintable(r.out));
        QCOMPARE(ids(QStringLiteral("status:waiting")).size(), 2);

        r = run({QStringLiteral("rules"), QStringLiteral("disable"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QVERIFY(run({QStringLiteral("rules")}).out.contains(QStringLiteral("\toff\t")));
        r = run({QStringLiteral("apply-rules"), QStringLiteral("--dry-run")});
        QVERIFY(r.err.contains(QStringLiteral("no enabled rules")));
    }

    // A rule's "notify" action leaves a notification; `notifications` lists the new ones
    // once (they count as shown), `--all` keeps listing them.
    void notificationsFromRules()
    {
        Outcome r = run({QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("outages"),
                         QStringLiteral("--query"), QStringLiteral("connections"),
                         QStringLiteral("--action"), QStringLiteral("notify=Outage reported")});
        QCOMPARE(r.code, 0);
        QCOMPARE(run({QStringLiteral("apply-rules")}).code, 0);
        r = run({QStringLiteral("notifications"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray fresh = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(fresh.size(), 1);
        const QJsonObject n = fresh.first().toObject();
        QCOMPARE(n.value(QLatin1String("message")).toString(), QStringLiteral("Outage reported"));
        QCOMPARE(n.value(QLatin1String("rule")).toString(), QStringLiteral("outages"));
        QCOMPARE(n.value(QLatin1String("title")).toString(), QStringLiteral("Outage"));
        QVERIFY(!n.value(QLatin1String("seen")).toBool());  // as it was when taken

        r = run({QStringLiteral("notifications")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("no new notifications")));
        r = run(
            {QStringLiteral("notifications"), QStringLiteral("--all"), QStringLiteral("--json")});
        const QJsonArray every = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(every.size(), 1);
        QVERIFY(every.first().toObject().value(QLatin1String("seen")).toBool());
    }

    void profiles()
    {
        Outcome r =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("tariffs"),
                 QStringLiteral("--terms"), QStringLiteral("тариф,tariff"),
                 QStringLiteral("--exclude"), QStringLiteral("спасибо")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("matches 1 items")), qPrintable(r.out));
        r = run({QStringLiteral("profiles")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("tariffs\tтариф, tariff\t-спасибо\t1 items")),
                 qPrintable(r.out));
        QCOMPARE(ids(QStringLiteral("profile:tariffs")).size(), 1);
        QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x")}).code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTriage)
#include "test_cli_triage.moc"
