// SPDX-License-Identifier: GPL-3.0-or-later
// earshot-cli answers, watch, capture and the triage extras (assign, priority, spam,
// activity) end to end against a real database file.
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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestCliAnswers : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_db;

    Outcome run(QStringList args) { return test::runCli(std::move(args), m_db); }

    QJsonArray jsonOf(const QStringList &args)
    {
        const Outcome o = run(args);
        if (o.code != 0)
            qFatal("command failed: %s", qPrintable(o.err));
        return QJsonDocument::fromJson(o.out.toUtf8()).array();
    }

    qint64 capture(const QString &url, const QString &text)
    {
        const Outcome o =
            run({QStringLiteral("capture"), QStringLiteral("--url"), url,
                 QStringLiteral("--platform"), QStringLiteral("forum"), QStringLiteral("--author"),
                 QStringLiteral("Ann"), QStringLiteral("--text"), text});
        if (o.code != 0)
            qFatal("capture failed: %s", qPrintable(o.err));
        return o.out.section(QLatin1Char(' '), -1).trimmed().toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli%1.db").arg(++n));
    }

    void answersImportSuggestExport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("answers.csv"));
        QVERIFY(
            writeFile(csv,
                      "\xEF\xBB\xBFproblem_tag,title,status,keywords,platform,max_length,text\r\n"
                      "problem/billing,Refund,approved,тарифы,,,\"Hello {author}, we refund\"\r\n"
                      "problem/billing,Refund,,,vk,280,VK text\r\n"
                      "problem,Broken,approved,,,,\"unclosed\r\n"));
        const Outcome imported = run({QStringLiteral("answers"), QStringLiteral("import"), csv});
        QCOMPARE(imported.code, 3);  // done, one row skipped
        QVERIFY(imported.err.contains(QStringLiteral("answers.csv:4:")));
        QVERIFY(imported.out.contains(QStringLiteral("1 answers created")));

        const QJsonArray answers =
            jsonOf({QStringLiteral("answers"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(answers.size(), 1);
        const QJsonObject refund = answers.at(0).toObject();
        QCOMPARE(refund.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(refund.value(QLatin1String("variants")).toArray().size(), 1);

        const qint64 item = capture(QStringLiteral("https://forum.example/t/1"),
                                    QStringLiteral("Опять подняли тариф"));
        QVERIFY(item > 0);
        const QJsonArray suggested = jsonOf({QStringLiteral("answers"), QStringLiteral("suggest"),
                                             QString::number(item), QStringLiteral("--json")});
        QCOMPARE(suggested.size(), 1);
        QCOMPARE(suggested.at(0).toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Refund"));

        const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(run({QStringLiteral("answers"), QStringLiteral("export"), exported}).code, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("id,problem_tag,title,"));
        QVERIFY(bytes.contains("VK text"));

        const qint64 id = refund.value(QLatin1String("id")).toInteger();
        QCOMPARE(run({QStringLiteral("answers"), QStringLiteral("status"), QString::number(id),
                      QStringLiteral("retired")})
                     .code,
                 0);
        QCOMPARE(jsonOf({QStringLiteral("answers"), QStringLiteral("suggest"),
                         QString::number(item), QStringLiteral("--json")})
                     .size(),
                 0);
        // The history lists every version with who changed what, newest status last.
        const QJsonArray history = jsonOf({QStringLiteral("answers"), QStringLiteral("history"),
                                           QString::number(id), QStringLiteral("--json")});
        QVERIFY2(history.size() >= 2, qPrintable(QString::number(history.size())));
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(QLatin1String("change")).toString(), QStringLiteral("status"));
        QCOMPARE(last.value(QLatin1String("answer")).toObject().value(QLatin1String("status")),
                 QJsonValue(QStringLiteral("retired")));
        QVERIFY(!last.value(QLatin1String("who")).toString().isEmpty());
        QVERIFY(last.value(QLatin1String("at")).isString());
        const test::CliOutcome text =
            run({QStringLiteral("answers"), QStringLiteral("history"), QString::number(id)});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("retired")), qPrintable(text.out));
        QCOMPARE(
            run({QStringLiteral("answers"), QStringLiteral("history"), QStringLiteral("x")}).code,
            2);
        QCOMPARE(run({QStringLiteral("answers"), QStringLiteral("frobnicate")}).code, 2);
    }

    void watchListDueDone()
    {
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("add"),
                      QStringLiteral("https://forum.example/brand"), QStringLiteral("--every"),
                      QStringLiteral("1d"), QStringLiteral("--title"), QStringLiteral("Forum")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("add"),
                      QStringLiteral("https://x.example"), QStringLiteral("--every"),
                      QStringLiteral("soon")})
                     .code,
                 2);
        const QJsonArray due = jsonOf({QStringLiteral("watch"), QStringLiteral("list"),
                                       QStringLiteral("--due"), QStringLiteral("--json")});
        QCOMPARE(due.size(), 1);
        const qint64 id = due.at(0).toObject().value(QLatin1String("id")).toInteger();
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("done"), QString::number(id)}).code,
                 0);
        QCOMPARE(jsonOf({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--due"),
                         QStringLiteral("--json")})
                     .size(),
                 0);
        const QJsonArray all =
            jsonOf({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.at(0).toObject().value(QLatin1String("last_checked")).isNull());
    }

    void captureTwiceAndTextFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("post.txt"));
        QVERIFY(writeFile(file, "Текст из файла"));
        const Outcome first =
            run({QStringLiteral("capture"), QStringLiteral("--url"),
                 QStringLiteral("https://forum.example/t/7"), QStringLiteral("--platform"),
                 QStringLiteral("forum"), QStringLiteral("--author"), QStringLiteral("Ann"),
                 QStringLiteral("--text-file"), file});
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.contains(QStringLiteral("captured")));
        const Outcome again =
            run({QStringLiteral("capture"), QStringLiteral("--url"),
                 QStringLiteral("https://forum.example/t/7"), QStringLiteral("--platform"),
                 QStringLiteral("forum"), QStringLiteral("--author"), QStringLiteral("Ann"),
                 QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("already stored")));
        QCOMPARE(run({QStringLiteral("capture"), QStringLiteral("--url"),
                      QStringLiteral("https://forum.example/t/8"), QStringLiteral("--platform"),
                      QStringLiteral("forum"), QStringLiteral("--author"), QStringLiteral("Ann")})
                     .code,
                 2);
    }

    void assignPrioritySpamActivity()
    {
        const qint64 a =
            capture(QStringLiteral("https://forum.example/t/1"), QStringLiteral("one"));
        const qint64 b =
            capture(QStringLiteral("https://forum.example/t/2"), QStringLiteral("two"));
        const QString ids[] = {QString::number(a), QString::number(b)};
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("olga"), ids[0], ids[1]}).code, 0);
        QCOMPARE(run({QStringLiteral("priority"), QStringLiteral("2"), QStringLiteral("--query"),
                      QStringLiteral("two")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("spam"), ids[0]}).code, 0);
        QCOMPARE(run({QStringLiteral("spam"), QStringLiteral("--not"), ids[0]}).code, 0);
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("--none"), ids[1]}).code, 0);
        QCOMPARE(run({QStringLiteral("priority"), QStringLiteral("high"), ids[1]}).code, 2);

        QStringList actions;
        for (const QJsonValue &v :
             jsonOf({QStringLiteral("activity"), ids[0], QStringLiteral("--json")}))
            actions.append(v.toObject().value(QLatin1String("action")).toString() +
                           QLatin1Char('=') + v.toObject().value(QLatin1String("new")).toString());
        QCOMPARE(actions, (QStringList{QStringLiteral("assign=olga"), QStringLiteral("spam=1"),
                                       QStringLiteral("spam=0")}));
        actions.clear();
        for (const QJsonValue &v :
             jsonOf({QStringLiteral("activity"), ids[1], QStringLiteral("--json")}))
            actions.append(v.toObject().value(QLatin1String("action")).toString() +
                           QLatin1Char('=') + v.toObject().value(QLatin1String("new")).toString());
        QCOMPARE(actions, (QStringList{QStringLiteral("assign=olga"), QStringLiteral("priority=2"),
                                       QStringLiteral("assign=")}));
    }
};

QTEST_GUILESS_MAIN(TestCliAnswers)
#include "test_cli_answers.moc"
