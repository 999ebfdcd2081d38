// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AccountCommand.h"
#include "app/cli/Command.h"
#include "core/auth/RefreshGrant.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "tests/auth/AuthFixtures.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace earshot;
using test::field;
using test::formOf;
using test::jsonAnswer;
using test::pathOf;

namespace {

struct Outcome {
    int code = -1;
    QString out;
    QString err;
};

}  // namespace

// `earshot-cli account add ... --sign-in` from the arguments to the stored account, with
// a loopback server as the instance and the test as the browser.
class TestCliSignIn : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    QString m_dbPath;
    std::unique_ptr<test::LocalHttpServer> m_server;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<test::FakeBrowser> m_browser;
    test::ScriptedResponse m_token;

    Outcome addAccount(const QStringList &args)
    {
        QBuffer input;  // a sign-in never reads standard input
        input.open(QIODevice::ReadOnly);
        cli::AccountCommand command(m_keychain.get(), &input);
        command.setBrowser([this](const QUrl &url) { m_browser->open(url); });
        Outcome result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        cli::Context context(m_dbPath, out, err);
        result.code = command.run(
            QStringList{QStringLiteral("account"), QStringLiteral("add")} + args, context);
        out.flush();
        err.flush();
        return result;
    }

    std::vector<AccountRecord> accounts()
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(m_dbPath);
        if (!db)
            return {};
        return AccountRepository(**db).list();
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("sign-in-%1.sqlite").arg(++counter));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_browser = std::make_unique<test::FakeBrowser>();
        m_server = std::make_unique<test::LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_token = jsonAnswer(R"({"access_token":"tok-123","token_type":"Bearer"})");
        m_server->setFallback([this](const test::RecordedRequest &r) {
            const QString path = pathOf(r);
            if (path == QLatin1String("/api/v1/apps"))
                return jsonAnswer(R"({"client_id":"cid","client_secret":"csecret"})");
            if (path == QLatin1String("/oauth/token"))
                return m_token;
            if (path == QLatin1String("/api/v1/accounts/verify_credentials"))
                return jsonAnswer(R"({"username":"brand","acct":"brand"})");
            if (path == QLatin1String("/api/v1/access_token"))
                return jsonAnswer(R"({"access_token":"acc-1","token_type":"bearer",)"
                                  R"("expires_in":3600,"refresh_token":"ref-1"})");
            if (path == QLatin1String("/api/v1/me"))
                return jsonAnswer(R"({"name":"brand_bot"})");
            return jsonAnswer("{}", 404);
        });
    }

    void cleanup()
    {
        m_browser.reset();
        m_server.reset();
        m_keychain.reset();
    }

    void mastodonSignInStoresTokenAndAccount()
    {
        const Outcome added =
            addAccount({QStringLiteral("mastodon"), QStringLiteral("--url"),
                        m_server->url(QString()).toString(), QStringLiteral("--sign-in")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        // The address to open is on standard output, on a line of its own.
        QVERIFY(added.out.contains(QStringLiteral("Open this address in your browser")));
        QVERIFY(added.out.contains(QStringLiteral("\n    ") +
                                   m_browser->opened.toString(QUrl::FullyEncoded) +
                                   QLatin1Char('\n')));
        QVERIFY(added.out.contains(QStringLiteral("Signed in as @brand@127.0.0.1.")));
        QVERIFY(added.out.contains(QStringLiteral("the token is in the")));
        QVERIFY(!added.out.contains(QStringLiteral("tok-123")));
        QVERIFY(!added.err.contains(QStringLiteral("tok-123")));
        // Plain http was typed, so it is allowed, with the warning.
        QVERIFY(added.err.contains(QStringLiteral("plain http")));

        const std::vector<AccountRecord> stored = accounts();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored.front().platform, QStringLiteral("mastodon"));
        QCOMPARE(stored.front().user, QStringLiteral("brand"));
        QCOMPARE(m_keychain->contents().size(), 1);
        QCOMPARE(m_keychain->contents().value(stored.front().secretKey), QStringLiteral("tok-123"));

        QFile file(m_dbPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("tok-123"));
    }

    void redditSignInStoresTheRefreshGrantToo()
    {
        const QString base = m_server->url(QString()).toString();
        const Outcome added = addAccount(
            {QStringLiteral("reddit"), QStringLiteral("--client-id"), QStringLiteral("my-client"),
             QStringLiteral("--sign-in"), QStringLiteral("--auth-url"), base,
             QStringLiteral("--url"), base, QStringLiteral("--redirect-port"), QStringLiteral("0"),
             QStringLiteral("--timeout"), QStringLiteral("86400")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("Signed in as u/brand_bot.")));
        QCOMPARE(m_browser->param("client_id"), QStringLiteral("my-client"));
        QCOMPARE(m_browser->param("duration"), QStringLiteral("permanent"));

        const QList<test::RecordedRequest> &requests = m_server->requests();
        const auto token = std::find_if(requests.begin(), requests.end(), [](const auto &r) {
            return pathOf(r) == QLatin1String("/api/v1/access_token");
        });
        QVERIFY(token != requests.end());
        QCOMPARE(token->header("authorization"), "Basic " + QByteArray("my-client:").toBase64());
        QCOMPARE(field(formOf(token->body), "grant_type"), QStringLiteral("authorization_code"));

        const std::vector<AccountRecord> stored = accounts();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored.front().user, QStringLiteral("brand_bot"));
        QCOMPARE(m_keychain->contents().value(stored.front().secretKey), QStringLiteral("acc-1"));
        const std::optional<RefreshGrant> grant = oauth::decodeGrant(
            m_keychain->contents().value(oauth::refreshKey(stored.front().secretKey)));
        QVERIFY(grant);
        QCOMPARE(grant->refreshToken, QStringLiteral("ref-1"));
    }

    void refusedTokenStoresNothing()
    {
        m_token =
            jsonAnswer(R"({"error":"invalid_grant","error_description":"Code expired"})", 400);
        const Outcome added =
            addAccount({QStringLiteral("mastodon"), QStringLiteral("--url"),
                        m_server->url(QString()).toString(), QStringLiteral("--sign-in")});
        QCOMPARE(added.code, 1);
        QVERIFY2(added.err.contains(QStringLiteral("Code expired")), qPrintable(added.err));
        QVERIFY(accounts().empty());
        QVERIFY(m_keychain->contents().isEmpty());
    }

    void deniedStoresNothing()
    {
        m_browser->answer = [](const QUrlQuery &asked) {
            QUrlQuery back;
            back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            back.addQueryItem(QStringLiteral("state"),
                              asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
            return back;
        };
        const Outcome added =
            addAccount({QStringLiteral("mastodon"), QStringLiteral("--url"),
                        m_server->url(QString()).toString(), QStringLiteral("--sign-in")});
        QCOMPARE(added.code, 1);
        QVERIFY2(added.err.contains(QStringLiteral("refused in the browser")),
                 qPrintable(added.err));
        QVERIFY(accounts().empty());
        QVERIFY(m_keychain->contents().isEmpty());
    }

    void badSignInArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("telegram") << QStringList{QStringLiteral("telegram"),
                                                 QStringLiteral("--sign-in")}
                                  << QStringLiteral("--sign-in works for mastodon and reddit");
        QTest::newRow("reddit without client id")
            << QStringList{QStringLiteral("reddit"), QStringLiteral("--sign-in")}
            << QStringLiteral("--client-id is required");
        QTest::newRow("client id without sign-in")
            << QStringList{QStringLiteral("reddit"), QStringLiteral("--client-id"),
                           QStringLiteral("x")}
            << QStringLiteral("goes with --sign-in");
        QTest::newRow("bad timeout")
            << QStringList{QStringLiteral("mastodon"),  QStringLiteral("--url"),
                           QStringLiteral("x.org"),     QStringLiteral("--sign-in"),
                           QStringLiteral("--timeout"), QStringLiteral("soon")}
            << QStringLiteral("--timeout");
        QTest::newRow("user with sign-in")
            << QStringList{QStringLiteral("mastodon"), QStringLiteral("--url"),
                           QStringLiteral("x.org"),    QStringLiteral("--sign-in"),
                           QStringLiteral("--user"),   QStringLiteral("me")}
            << QStringLiteral("--user is not needed");
    }

    void badSignInArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Outcome added = addAccount(args);
        QCOMPARE(added.code, 2);
        QVERIFY2(added.err.contains(message), qPrintable(added.err));
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "test_cli_sign_in.moc"
