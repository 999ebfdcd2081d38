// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AccountCommand.h"
#include "app/cli/AccountsCommand.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace earshot;

namespace {

struct Outcome {
    int code = -1;
    QString out;
    QString err;
};

}  // namespace

class TestAccounts : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    QString m_dbPath;
    // Shared by every command run of a test, like the one keychain of a desktop.
    std::unique_ptr<MemorySecretStore> m_keychain;

    // Runs `account add ...` with `stdinText` on standard input.
    Outcome addAccount(const QStringList &args, const QByteArray &stdinText)
    {
        QBuffer input;
        input.setData(stdinText);
        input.open(QIODevice::ReadOnly);
        m_keychain->setFailure(m_failure);
        cli::AccountCommand command(m_keychain.get(), &input);
        Outcome result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        cli::Context context(m_dbPath, out, err);
        result.code = command.run(
            QStringList{QStringLiteral("account"), QStringLiteral("add")} + args, context);
        m_stored = m_keychain->contents();
        return result;
    }

    Outcome listAccounts(const QStringList &args)
    {
        cli::AccountsCommand command;
        Outcome result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        cli::Context context(m_dbPath, out, err);
        result.code = command.run(QStringList{QStringLiteral("accounts")} + args, context);
        return result;
    }

    std::optional<SecretError> m_failure;
    QHash<QString, QString> m_stored;

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("accounts-%1.sqlite").arg(++counter));
        m_failure.reset();
        m_stored.clear();
        m_keychain = std::make_unique<MemorySecretStore>();
    }

    void normalizeBaseUrl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");  // empty: rejected
        QTest::addColumn<bool>("insecure");
        QTest::newRow("bare host") << "mastodon.social"
                                   << "https://mastodon.social" << false;
        QTest::newRow("case and slash") << "HTTPS://Mastodon.Social/"
                                        << "https://mastodon.social" << false;
        QTest::newRow("path kept") << "https://example.org/forum/"
                                   << "https://example.org/forum" << false;
        QTest::newRow("query dropped") << "https://a.example/?x=1#f"
                                       << "https://a.example" << false;
        QTest::newRow("plain http typed") << "http://127.0.0.1:8080"
                                          << "http://127.0.0.1:8080" << true;
        QTest::newRow("ftp") << "ftp://example.org"
                             << "" << false;
        QTest::newRow("user info") << "https://me:pw@example.org"
                                   << "" << false;
        QTest::newRow("empty") << "  "
                               << "" << false;
        QTest::newRow("no host") << "https://"
                                 << "" << false;
    }

    void normalizeBaseUrl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QFETCH(bool, insecure);
        bool wasInsecure = !insecure;
        Result<QUrl> url = ConnectorRegistry::normalizeBaseUrl(typed, &wasInsecure);
        if (expected.isEmpty()) {
            QVERIFY(!url.ok());
            QCOMPARE(url.error().kind, ErrorKind::InvalidInput);
            QVERIFY(!url.error().message.isEmpty());
            return;
        }
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(url->toString(), expected);
        QCOMPARE(wasInsecure, insecure);
    }

    void registryKnowsPlatforms()
    {
        QVERIFY(ConnectorRegistry::find(QStringLiteral("mastodon")));
        QVERIFY(ConnectorRegistry::find(QStringLiteral(" Mastodon ")));
        QVERIFY(ConnectorRegistry::find(QStringLiteral("discourse")));
        QVERIFY(!ConnectorRegistry::find(QStringLiteral("myspace")));
        const ConnectorInfo *telegram = ConnectorRegistry::find(QStringLiteral("telegram"));
        QVERIFY(telegram && !telegram->needsBaseUrl);
        QVERIFY(telegram->capabilities.testFlag(Capability::Reply));
    }

    void repositoryRoundTripAndHealth()
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(m_dbPath);
        QVERIFY(db.ok());
        AccountRepository repo(**db);
        AccountRecord a;
        a.platform = QStringLiteral("mastodon");
        a.baseUrl = QStringLiteral("https://mastodon.example");
        a.user = QStringLiteral("brand");
        a.secretKey = QStringLiteral("account/mastodon/mastodon.example/brand");
        a.createdMs = 1000;
        const qint64 id = repo.add(a);
        QVERIFY(id > 0);
        QCOMPARE(repo.add(a), qint64(0));  // same platform, address and user
        QCOMPARE(repo.findId(a.platform, a.baseUrl, a.user), id);
        repo.recordFailure(id, 2000, QStringLiteral("The server refused the token."), 5000);
        repo.recordFailure(id, 3000, QStringLiteral("The server refused the token."), 0);
        std::optional<AccountRecord> found = repo.find(id);
        QVERIFY(found);
        QCOMPARE(found->consecutiveFailures, 2);
        QCOMPARE(found->lastError, QStringLiteral("The server refused the token."));
        QCOMPARE(found->title(), QStringLiteral("brand@mastodon.example"));
        repo.recordSuccess(id, 4000);
        found = repo.find(id);
        QCOMPARE(found->consecutiveFailures, 0);
        QCOMPARE(found->lastSuccessMs, qint64(4000));
        QVERIFY(found->lastError.isEmpty());
        QVERIFY(repo.remove(id));
        QVERIFY(!repo.remove(id));
        QVERIFY(repo.list().empty());
    }

    void cliAddReadsTokenFromStdinAndNeverStoresIt()
    {
        const QByteArray token = "s3cret-token-value";
        Outcome added = addAccount({QStringLiteral("mastodon"), QStringLiteral("--url"),
                                    QStringLiteral("Mastodon.Example/"), QStringLiteral("--user"),
                                    QStringLiteral("brand")},
                                   token + "\n");
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("brand@mastodon.example")));
        QVERIFY(!added.out.contains(QString::fromUtf8(token)));
        QCOMPARE(m_stored.size(), 1);
        QCOMPARE(m_stored.begin().value(), QString::fromUtf8(token));

        // The token is nowhere in the database file.
        QFile file(m_dbPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token));
        QFile wal(m_dbPath + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(token));

        Outcome listed = listAccounts({QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject account = array.at(0).toObject();
        QCOMPARE(account.value(QLatin1String("platform")).toString(), QStringLiteral("mastodon"));
        QCOMPARE(account.value(QLatin1String("base_url")).toString(),
                 QStringLiteral("https://mastodon.example"));
        QCOMPARE(account.value(QLatin1String("user")).toString(), QStringLiteral("brand"));
        QCOMPARE(account.value(QLatin1String("has_token")).toBool(), true);
        QCOMPARE(account.value(QLatin1String("ok")).toBool(), true);
        QVERIFY(!listed.out.contains(QString::fromUtf8(token)));

        Outcome text = listAccounts({});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("brand@mastodon.example")));

        // Adding the same account again fails without touching the keychain.
        Outcome again = addAccount({QStringLiteral("mastodon"), QStringLiteral("--url"),
                                    QStringLiteral("https://mastodon.example"),
                                    QStringLiteral("--user"), QStringLiteral("brand")},
                                   "other\n");
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already added")));
    }

    void cliAddWarnsAboutPlainHttp()
    {
        Outcome added = addAccount({QStringLiteral("discourse"), QStringLiteral("--url"),
                                    QStringLiteral("http://127.0.0.1:9")},
                                   "tok\n");
        QCOMPARE(added.code, 0);
        QVERIFY(added.err.contains(QStringLiteral("warning")));
        QVERIFY(added.err.contains(QStringLiteral("unencrypted")));
        Outcome listed = listAccounts({});
        QVERIFY(listed.out.contains(QStringLiteral("plain http")));
    }

    void cliAddRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown platform")
            << QStringList{QStringLiteral("myspace"), QStringLiteral("--url"),
                           QStringLiteral("x.org")}
            << QByteArray("t\n") << 2 << QStringLiteral("unknown platform");
        QTest::newRow("no url") << QStringList{QStringLiteral("mastodon")} << QByteArray("t\n") << 2
                                << QStringLiteral("--url is required");
        QTest::newRow("bad url") << QStringList{QStringLiteral("mastodon"), QStringLiteral("--url"),
                                                QStringLiteral("ftp://x.org")}
                                 << QByteArray("t\n") << 1 << QStringLiteral("not an http");
        QTest::newRow("no token") << QStringList{QStringLiteral("mastodon"),
                                                 QStringLiteral("--url"), QStringLiteral("x.org")}
                                  << QByteArray("\n") << 2
                                  << QStringLiteral("no token on standard input");
        QTest::newRow("token as argument")
            << QStringList{QStringLiteral("mastodon"), QStringLiteral("--url"),
                           QStringLiteral("x.org"), QStringLiteral("--token"), QStringLiteral("t")}
            << QByteArray("t\n") << 2 << QStringLiteral("token");
    }

    void cliAddRejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        Outcome added = addAccount(args, input);
        QCOMPARE(added.code, code);
        QVERIFY2(added.err.contains(message), qPrintable(added.err));
        QVERIFY(m_stored.isEmpty());
    }

    void cliAddWithoutKeychainStoresNothing()
    {
        m_failure = secrets::noKeychain();
        Outcome added = addAccount({QStringLiteral("mastodon"), QStringLiteral("--url"),
                                    QStringLiteral("mastodon.example")},
                                   "tok\n");
        QCOMPARE(added.code, 1);
        QVERIFY2(added.err.contains(QStringLiteral("No keychain is available")),
                 qPrintable(added.err));
        Outcome listed = listAccounts({QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
