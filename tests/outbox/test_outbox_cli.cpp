// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/OutboxCommand.h"
#include "app/cli/ReplyCommand.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace earshot;

class TestOutboxCli : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    QString m_dbPath;
    qint64 m_itemId = 0;

    struct Outcome {
        int code = -1;
        QString out;
        QString err;
    };

    Outcome run(cli::Command &command, const QStringList &args)
    {
        Outcome result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        cli::Context context(m_dbPath, out, err);
        result.code = command.run(QStringList{command.name()} + args, context);
        return result;
    }

    void addAccount(const QString &user)
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(m_dbPath);
        QVERIFY(db.ok());
        AccountRecord a;
        a.platform = QStringLiteral("mastodon");
        a.baseUrl = QStringLiteral("https://mastodon.example");
        a.user = user;
        a.createdMs = 1;
        QVERIFY(AccountRepository(**db).add(a) > 0);
    }

    QString writeText(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("reply.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++n));
        Result<std::unique_ptr<Database>> db = Workspace::open(m_dbPath);
        QVERIFY(db.ok());
        Item item;
        item.platform = QStringLiteral("mastodon");
        item.source = QStringLiteral("https://mastodon.example/@brand");
        item.externalId = QStringLiteral("103186126728896492");
        item.parentId = QStringLiteral("103186038209478945");
        item.threadId = QStringLiteral("103186038209478945");
        item.author.handle = QStringLiteral("@zsc@mastodon.example");
        item.text = QStringLiteral("@brand sup!");
        item.publishedMs = 1'574'495'341'940;
        m_itemId = ItemRepository(**db).upsert(item).id;
        QVERIFY(m_itemId > 0);
    }

    void replyIsQueuedBeforeAnythingElse()
    {
        addAccount(QStringLiteral("brand"));
        cli::ReplyCommand reply;
        Outcome queued =
            run(reply, {QString::number(m_itemId), QStringLiteral("--text-file"),
                        writeText("Привет, we are on it.\n"), QStringLiteral("--queue-only")});
        QVERIFY2(queued.code == 0, qPrintable(queued.err));
        QVERIFY(queued.out.contains(QStringLiteral("queued")));

        cli::OutboxCommand outbox;
        Outcome listed = run(outbox, {QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject e = array.at(0).toObject();
        QCOMPARE(e.value(QLatin1String("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(e.value(QLatin1String("in_reply_to")).toString(),
                 QStringLiteral("103186126728896492"));
        QCOMPARE(e.value(QLatin1String("text")).toString(),
                 QStringLiteral("Привет, we are on it."));
        QCOMPARE(e.value(QLatin1String("item_id")).toInteger(), m_itemId);
        QCOMPARE(e.value(QLatin1String("attempts")).toInt(), 0);

        Outcome text = run(outbox, {});
        QVERIFY(text.out.contains(QStringLiteral("queued")));

        // Sending needs the account's token; without it nothing leaves and the reply stays
        // in the outbox with the reason.
        Outcome unsent = run(outbox, {QStringLiteral("--send")});
        QCOMPARE(unsent.code, 1);
        QVERIFY2(unsent.err.contains(QStringLiteral("no token")), qPrintable(unsent.err));
        const QJsonObject after =
            QJsonDocument::fromJson(run(outbox, {QStringLiteral("--json")}).out.toUtf8())
                .array()
                .at(0)
                .toObject();
        QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(after.value(QLatin1String("attempts")).toInt(), 0);
        QVERIFY(
            after.value(QLatin1String("error")).toString().contains(QStringLiteral("no token")));
    }

    void replyNeedsAnAccount()
    {
        cli::ReplyCommand reply;
        Outcome result =
            run(reply, {QString::number(m_itemId), QStringLiteral("--text-file"), writeText("hi")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("account add mastodon")),
                 qPrintable(result.err));
    }

    void replyWithSeveralAccountsAsksWhich()
    {
        addAccount(QStringLiteral("brand"));
        addAccount(QStringLiteral("support"));
        cli::ReplyCommand reply;
        Outcome result =
            run(reply, {QString::number(m_itemId), QStringLiteral("--text-file"), writeText("hi")});
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(QStringLiteral("--account")));
        Outcome chosen = run(reply, {QString::number(m_itemId), QStringLiteral("--text-file"),
                                     writeText("hi"), QStringLiteral("--account"),
                                     QStringLiteral("2"), QStringLiteral("--queue-only")});
        QVERIFY2(chosen.code == 0, qPrintable(chosen.err));
    }

    void replyRejectsBadInput()
    {
        addAccount(QStringLiteral("brand"));
        cli::ReplyCommand reply;
        QCOMPARE(
            run(reply, {QStringLiteral("x"), QStringLiteral("--text-file"), writeText("hi")}).code,
            2);
        QCOMPARE(run(reply, {QString::number(m_itemId)}).code, 2);
        QVERIFY(run(reply,
                    {QString::number(m_itemId), QStringLiteral("--text-file"), writeText("  \n")})
                    .err.contains(QStringLiteral("empty")));
        QVERIFY(run(reply, {QStringLiteral("999"), QStringLiteral("--text-file"), writeText("hi")})
                    .err.contains(QStringLiteral("no item #999")));
        cli::OutboxCommand outbox;
        QVERIFY(run(outbox, {}).out.contains(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "test_outbox_cli.moc"
