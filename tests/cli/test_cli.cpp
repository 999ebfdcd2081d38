// SPDX-License-Identifier: GPL-3.0-or-later
// earshot-cli end to end: every command against a real database file, exit codes,
// messages and JSON output. Most cases run the command line in-process; one runs the
// installed-style binary to cover main().
#include "tests/support/CliRunner.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace earshot;

namespace {

using Outcome = test::CliOutcome;

const char *kSample =
    R"({"platform":"vk","source":"vk.com/brand","source_title":"Бренд","id":"wall-1_1","url":"https://vk.com/wall-1_1","author":"Иван","title":"","text":"Опять списали деньги за тариф","published":"2026-11-20T14:03:00+03:00","lang":"ru","tags":["problem/billing"],"mood":"angry"})"
    "\n"
    R"({"platform":"telegram","source":"t.me/brandchat","id":55,"url":"https://t.me/brandchat/55","author":"Anna","title":"Outage","text":"Connections keep dropping since Monday","published":"2026-11-21T10:00:00Z"})"
    "\n"
    R"({"platform":"vk","source":"vk.com/brand","id":"wall-1_2","url":"https://vk.com/wall-1_2","author":"Ёжик","title":"","text":"С новым тарифом всё отлично, спасибо","published":"2026-11-22T10:00:00+03:00","parent":"wall-1_1","thread":"wall-1_1","tags":["praise"]})"
    "\n";

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;

    Outcome run(QStringList args) { return test::runCli(std::move(args)); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(content);
        return path;
    }

    QString freshDatabaseWithSample(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        const Outcome imported = run({QStringLiteral("--db"), db, QStringLiteral("import"),
                                      writeFile(name + QStringLiteral(".jsonl"), kSample)});
        if (imported.code != 0)
            qFatal("sample import failed");
        return db;
    }

private Q_SLOTS:
    void importReportsCounts()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.db"));
        const QString file = writeFile(QStringLiteral("import.jsonl"), kSample);
        Outcome first = run({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("3 new")), qPrintable(first.out));
        Outcome again = run({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("3 unchanged")), qPrintable(again.out));
    }

    void malformedLinesAreReportedWithLineNumbers()
    {
        const QString db = m_dir.filePath(QStringLiteral("bad.db"));
        QByteArray content = kSample;
        content.insert(0, "{not json\n");
        content.append(
            R"({"platform":"vk","source":"x","id":"9","text":"t","published":"yesterday"})"
            "\n");
        const QString file = writeFile(QStringLiteral("bad.jsonl"), content);
        const Outcome result = run({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.contains(file + QStringLiteral(":1: not valid JSON")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(file + QStringLiteral(":5: \"published\"")),
                 qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("3 new")));
        QVERIFY(result.out.contains(QStringLiteral("2 skipped")));
    }

    void missingFileFails()
    {
        const Outcome result =
            run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("m.db")),
                 QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.jsonl"))});
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(QStringLiteral("cannot open")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--frob"), QStringLiteral("stats")};
        QTest::newRow("search without words") << QStringList{QStringLiteral("search")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                  QStringLiteral("--limit"), QStringLiteral("abc")};
        QTest::newRow("bad order")
            << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--order"),
                           QStringLiteral("random")};
        QTest::newRow("export without format") << QStringList{QStringLiteral("export")};
        QTest::newRow("unknown command option")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--frob")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        args.prepend(m_dir.filePath(QStringLiteral("usage.db")));
        args.prepend(QStringLiteral("--db"));
        const Outcome result = run(args);
        QCOMPARE(result.code, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *name : {"import", "export", "search", "stats"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        const Outcome result = run({command, QStringLiteral("--help")});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: earshot-cli ") + command),
                 qPrintable(result.out));
    }

    void searchFindsRussianAndEnglishWordForms()
    {
        const QString db = freshDatabaseWithSample(QStringLiteral("search.db"));
        Outcome ru = run({QStringLiteral("--db"), db, QStringLiteral("search"),
                          QStringLiteral("тарифы"), QStringLiteral("--json")});
        QCOMPARE(ru.code, 0);
        const QJsonArray ruRows = QJsonDocument::fromJson(ru.out.toUtf8()).array();
        QCOMPARE(ruRows.size(), 2);  // "тариф" and "тарифом"
        for (const QJsonValue &row : ruRows)
            QCOMPARE(row.toObject().value(QLatin1String("platform")).toString(),
                     QStringLiteral("vk"));

        Outcome en = run({QStringLiteral("--db"), db, QStringLiteral("search"),
                          QStringLiteral("connection"), QStringLiteral("--json")});
        const QJsonArray enRows = QJsonDocument::fromJson(en.out.toUtf8()).array();
        QCOMPARE(enRows.size(), 1);
        const QJsonObject row = enRows.first().toObject();
        QCOMPARE(row.value(QLatin1String("author")).toString(), QStringLiteral("Anna"));
        QCOMPARE(row.value(QLatin1String("published")).toString(),
                 QStringLiteral("2026-11-21T10:00:00Z"));

        Outcome limited =
            run({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("тариф"),
                 QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1"),
                 QStringLiteral("--order"), QStringLiteral("date")});
        const QJsonArray limitedRows = QJsonDocument::fromJson(limited.out.toUtf8()).array();
        QCOMPARE(limitedRows.size(), 1);
        // Newest first: the 22 November reply.
        QVERIFY(limitedRows.first()
                    .toObject()
                    .value(QLatin1String("snippet"))
                    .toString()
                    .contains(QStringLiteral("новым")));

        Outcome tagged =
            run({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("тариф"),
                 QStringLiteral("--tag"), QStringLiteral("praise"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(tagged.out.toUtf8()).array().size(), 1);

        Outcome unknownTag =
            run({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("x"),
                 QStringLiteral("--tag"), QStringLiteral("nosuchtag")});
        QCOMPARE(unknownTag.code, 1);
        QVERIFY(unknownTag.err.contains(QStringLiteral("nosuchtag")));
    }

    void statsJson()
    {
        const QString db = freshDatabaseWithSample(QStringLiteral("stats.db"));
        const Outcome result =
            run({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        const QJsonObject stats = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(stats.value(QLatin1String("items")).toInteger(), 3);
        QCOMPARE(stats.value(QLatin1String("unread")).toInteger(), 3);
        const QJsonArray platforms = stats.value(QLatin1String("platforms")).toArray();
        QCOMPARE(platforms.size(), 2);
        QCOMPARE(platforms.at(1).toObject().value(QLatin1String("platform")).toString(),
                 QStringLiteral("vk"));
        QCOMPARE(platforms.at(1).toObject().value(QLatin1String("items")).toInteger(), 2);
        QCOMPARE(stats.value(QLatin1String("sources")).toArray().size(), 2);
        const QJsonArray tags = stats.value(QLatin1String("tags")).toArray();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(0).toObject().value(QLatin1String("tag")).toString(),
                 QStringLiteral("praise"));
    }

    void exportThenImportGivesTheSameItems()
    {
        const QString db = freshDatabaseWithSample(QStringLiteral("export.db"));
        const QString first = m_dir.filePath(QStringLiteral("first.jsonl"));
        QCOMPARE(
            run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("jsonl"), QStringLiteral("--output"), first})
                .code,
            0);
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(run({QStringLiteral("--db"), copy, QStringLiteral("import"), first}).code, 0);
        const QString second = m_dir.filePath(QStringLiteral("second.jsonl"));
        QCOMPARE(
            run({QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("jsonl"), QStringLiteral("--output"), second})
                .code,
            0);
        QFile a(first);
        QFile b(second);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QVERIFY(b.open(QIODevice::ReadOnly));
        const QByteArray exported = a.readAll();
        QCOMPARE(exported.count('\n'), 3);
        QCOMPARE(b.readAll(), exported);
        // Unknown fields travel with the item.
        QVERIFY(exported.contains("\"mood\":\"angry\""));
    }

    void exportCsvWithQuery()
    {
        const QString db = freshDatabaseWithSample(QStringLiteral("csv.db"));
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"),
                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--query"),
                      QStringLiteral("тарифом"), QStringLiteral("-o"), out})
                     .code,
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("platform,source,id,url,author,title,text,published"));
        QCOMPARE(lines.size(), 4);  // header, two rows, empty tail
        QVERIFY(lines.at(1).startsWith("vk,vk.com/brand,wall-1_1,"));
    }

    void damagedDatabaseGivesClearMessage()
    {
        const QString db = writeFile(QStringLiteral("garbage.db"), QByteArray(8192, 'x'));
        const Outcome result = run({QStringLiteral("--db"), db, QStringLiteral("stats")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not an Earshot database")),
                 qPrintable(result.err));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(8192, 'x'));  // untouched
    }

    void binaryRunsHeadless()
    {
        QProcess process;
        const QString db = freshDatabaseWithSample(QStringLiteral("binary.db"));
        process.start(
            QStringLiteral(EARSHOT_CLI_PATH),
            {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject stats = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(stats.value(QLatin1String("items")).toInteger(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
