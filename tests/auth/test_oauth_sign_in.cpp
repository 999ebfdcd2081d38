// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AccountEnrollment.h"
#include "core/auth/MastodonSignIn.h"
#include "core/auth/RedditSignIn.h"
#include "core/auth/RefreshGrant.h"
#include "core/net/HttpClient.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "tests/auth/AuthFixtures.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace earshot;
using test::field;
using test::formOf;
using test::jsonAnswer;
using test::pathOf;

namespace {

// What the loopback server says at each address; anything else is a 404.
struct Answers {
    test::ScriptedResponse apps =
        jsonAnswer(R"({"id":"1","name":"Earshot","client_id":"cid","client_secret":"csecret"})");
    test::ScriptedResponse token =
        jsonAnswer(R"({"access_token":"tok-123","token_type":"Bearer","scope":"read write"})");
    test::ScriptedResponse verify = jsonAnswer(R"({"id":"9","username":"brand","acct":"brand"})");
    test::ScriptedResponse redditToken =
        jsonAnswer(R"({"access_token":"acc-1","token_type":"bearer","expires_in":3600,)"
                   R"("refresh_token":"ref-1","scope":"identity read submit privatemessages"})");
    test::ScriptedResponse me = jsonAnswer(R"({"name":"brand_bot","id":"t2_x"})");
};

}  // namespace

class TestOAuthSignIn : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<test::FakeBrowser> m_browser;
    Answers m_answers;
    test::TempDir m_dir;

    QList<test::RecordedRequest> requestsTo(const QString &path) const
    {
        QList<test::RecordedRequest> found;
        for (const test::RecordedRequest &r : m_server->requests()) {
            if (pathOf(r) == path)
                found.append(r);
        }
        return found;
    }

    MastodonSignIn::Options mastodonOptions() const
    {
        MastodonSignIn::Options options;
        options.instance = m_server->url(QString());
        options.timeoutMs = 0;  // the test runner's timeout ends a hang
        return options;
    }

    RedditSignIn::Options redditOptions() const
    {
        RedditSignIn::Options options;
        options.clientId = QStringLiteral("my-client");
        options.authBase = m_server->url(QString());
        options.apiBase = m_server->url(QString());
        options.redirectPort = 0;
        options.timeoutMs = 0;
        return options;
    }

    template <class SignIn>
    Result<SignedIn> run(SignIn &signIn, const typename SignIn::Options &options)
    {
        connect(&signIn, &SignIn::openInBrowser, m_browser.get(),
                [this](const QUrl &url) { m_browser->open(url); });
        std::optional<Result<SignedIn>> result;
        signIn.start(options, [&](const Result<SignedIn> &r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        if (!result)
            return Error{ErrorKind::Cancelled, QStringLiteral("no answer")};
        return *result;
    }

    Result<SignedIn> signInToMastodon()
    {
        MastodonSignIn signIn(*m_http);
        return run(signIn, mastodonOptions());
    }

    Result<SignedIn> signInToReddit()
    {
        RedditSignIn signIn(*m_http);
        return run(signIn, redditOptions());
    }

private Q_SLOTS:
    void init()
    {
        m_answers = Answers();
        m_server = std::make_unique<test::LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setFallback([this](const test::RecordedRequest &r) {
            const QString path = pathOf(r);
            if (r.method == "POST" && path == QLatin1String("/api/v1/apps"))
                return m_answers.apps;
            if (r.method == "POST" && path == QLatin1String("/oauth/token"))
                return m_answers.token;
            if (r.method == "GET" && path == QLatin1String("/api/v1/accounts/verify_credentials"))
                return m_answers.verify;
            if (r.method == "POST" && path == QLatin1String("/api/v1/access_token"))
                return m_answers.redditToken;
            if (r.method == "GET" && path == QLatin1String("/api/v1/me"))
                return m_answers.me;
            return jsonAnswer(R"({"error":"not found"})", 404);
        });
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(*m_network);
        m_browser = std::make_unique<test::FakeBrowser>();
    }

    void cleanup()
    {
        m_browser.reset();
        m_http.reset();
        m_network.reset();
        m_server.reset();
    }

    void mastodonSignInRegistersAuthorizesAndNamesTheAccount()
    {
        Result<SignedIn> result = signInToMastodon();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->accessToken, QStringLiteral("tok-123"));
        QCOMPARE(result->user, QStringLiteral("brand"));
        QCOMPARE(result->handle, QStringLiteral("@brand@127.0.0.1"));
        QVERIFY(!result->refresh.has_value());

        // The app was registered with the loopback redirect.
        const QList<test::RecordedRequest> apps = requestsTo(QStringLiteral("/api/v1/apps"));
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).method, QByteArray("POST"));
        const QUrlQuery app = formOf(apps.at(0).body);
        QCOMPARE(field(app, "client_name"), QStringLiteral("Earshot"));
        QCOMPARE(field(app, "scopes"), QStringLiteral("read write"));
        const QString redirect = field(app, "redirect_uris");
        const QUrl redirectUrl(redirect);
        QCOMPARE(redirectUrl.scheme(), QStringLiteral("http"));
        QCOMPARE(redirectUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirectUrl.port() > 0);
        QCOMPARE(redirectUrl.path(), QStringLiteral("/"));

        // The browser was sent to the instance's authorization page.
        QCOMPARE(m_browser->opened.path(), QStringLiteral("/oauth/authorize"));
        QCOMPARE(m_browser->opened.port(), int(m_server->port()));
        QCOMPARE(m_browser->param("client_id"), QStringLiteral("cid"));
        QCOMPARE(m_browser->param("redirect_uri"), redirect);
        QCOMPARE(m_browser->param("response_type"), QStringLiteral("code"));
        QCOMPARE(m_browser->param("scope"), QStringLiteral("read write"));
        QVERIFY(m_browser->param("state").size() >= 16);
        QTRY_VERIFY(m_browser->came);
        QCOMPARE(m_browser->status, 200);
        QVERIFY(m_browser->page.contains("close this page"));

        // The code was traded with the app's credentials.
        const QList<test::RecordedRequest> tokens = requestsTo(QStringLiteral("/oauth/token"));
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.at(0).method, QByteArray("POST"));
        QVERIFY(
            tokens.at(0).header("content-type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form = formOf(tokens.at(0).body);
        QCOMPARE(field(form, "grant_type"), QStringLiteral("authorization_code"));
        QCOMPARE(field(form, "code"), QStringLiteral("the-code"));
        QCOMPARE(field(form, "redirect_uri"), redirect);
        QCOMPARE(field(form, "client_id"), QStringLiteral("cid"));
        QCOMPARE(field(form, "client_secret"), QStringLiteral("csecret"));

        const QList<test::RecordedRequest> verify =
            requestsTo(QStringLiteral("/api/v1/accounts/verify_credentials"));
        QCOMPARE(verify.size(), 1);
        QCOMPARE(verify.at(0).method, QByteArray("GET"));
        QCOMPARE(verify.at(0).header("authorization"), QByteArray("Bearer tok-123"));

        // Kept: the token in the keychain, the account in the database with only the key.
        Result<std::unique_ptr<Database>> db =
            Workspace::open(m_dir.filePath(QStringLiteral("mastodon.sqlite")));
        QVERIFY(db.ok());
        MemorySecretStore secrets;
        AccountRecord account;
        account.platform = QStringLiteral("mastodon");
        account.baseUrl = m_server->url(QString()).toString();
        account.user = result->user;
        std::optional<Result<qint64>> id;
        enrollment::enroll(directWriter(**db), secrets, account, *result,
                           [&](const Result<qint64> &r) { id = r; });
        QTRY_VERIFY(id.has_value());
        QVERIFY2(id->ok(), qPrintable(id->ok() ? QString() : id->error().message));
        const std::vector<AccountRecord> stored = AccountRepository(**db).list();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored.front().user, QStringLiteral("brand"));
        QCOMPARE(secrets.contents().size(), 1);
        QCOMPARE(secrets.contents().value(stored.front().secretKey), QStringLiteral("tok-123"));

        // The same account twice is refused and nothing more is written.
        std::optional<Result<qint64>> again;
        enrollment::enroll(directWriter(**db), secrets, account, *result,
                           [&](const Result<qint64> &r) { again = r; });
        QTRY_VERIFY(again.has_value());
        QVERIFY(!again->ok());
        QVERIFY(again->error().message.contains(QStringLiteral("already added")));
        QCOMPARE(secrets.contents().size(), 1);
    }

    void stateMismatchIsRefused()
    {
        m_browser->answer = [](const QUrlQuery &) {
            QUrlQuery back;
            back.addQueryItem(QStringLiteral("code"), QStringLiteral("the-code"));
            back.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
            return back;
        };
        Result<SignedIn> result = signInToMastodon();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Unauthorized);
        QVERIFY2(result.error().message.contains(QStringLiteral("state does not match")),
                 qPrintable(result.error().message));
        QVERIFY(requestsTo(QStringLiteral("/oauth/token")).isEmpty());
    }

    void missingStateIsRefused()
    {
        m_browser->answer = [](const QUrlQuery &) {
            QUrlQuery back;
            back.addQueryItem(QStringLiteral("code"), QStringLiteral("the-code"));
            return back;
        };
        Result<SignedIn> result = signInToMastodon();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Unauthorized);
        QVERIFY(requestsTo(QStringLiteral("/oauth/token")).isEmpty());
    }

    void deniedInTheBrowserSaysSo()
    {
        m_browser->answer = [](const QUrlQuery &asked) {
            QUrlQuery back;
            back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            back.addQueryItem(QStringLiteral("error_description"),
                              QStringLiteral("The resource owner denied the request."));
            back.addQueryItem(QStringLiteral("state"),
                              asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
            return back;
        };
        Result<SignedIn> result = signInToMastodon();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Forbidden);
        QVERIFY2(result.error().message.contains(QStringLiteral("refused in the browser")),
                 qPrintable(result.error().message));
        QVERIFY(requestsTo(QStringLiteral("/oauth/token")).isEmpty());
        // The browser's page says so too.
        QTRY_VERIFY(m_browser->came);
        QVERIFY2(m_browser->page.contains("did not complete"), m_browser->page.constData());
    }

    void tokenEndpointFailuresAreClear_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("400 invalid_grant")
            << 400
            << QByteArray(R"({"error":"invalid_grant","error_description":"The code has expired"})")
            << int(ErrorKind::Unauthorized)
            << QStringLiteral("The code has expired (invalid_grant)");
        QTest::newRow("400 without json") << 400 << QByteArray("Bad Request")
                                          << int(ErrorKind::BadPayload) << QStringLiteral("400");
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>")
                             << int(ErrorKind::ServerError) << QStringLiteral("HTTP 500");
        QTest::newRow("malformed json")
            << 200 << QByteArray("{\"access_token\": \"tok") << int(ErrorKind::BadPayload)
            << QStringLiteral("without an access token");
        QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"Bearer"})")
                                  << int(ErrorKind::BadPayload)
                                  << QStringLiteral("without an access token");
    }

    void tokenEndpointFailuresAreClear()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, says);
        m_answers.token = jsonAnswer(body, status);
        Result<SignedIn> result = signInToMastodon();
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("Nothing was stored")),
                 qPrintable(result.error().message));
        QVERIFY(!result.error().message.contains(QStringLiteral("the-code")));
        // Nobody was asked whose token it is: there is none.
        QVERIFY(requestsTo(QStringLiteral("/api/v1/accounts/verify_credentials")).isEmpty());
    }

    void unreachableInstanceSaysSo()
    {
        // A port nothing listens on: the server of the test, closed.
        const QUrl gone = m_server->url(QString());
        m_server.reset();
        MastodonSignIn signIn(*m_http);
        MastodonSignIn::Options options;
        options.instance = gone;
        options.timeoutMs = 0;
        std::optional<Result<SignedIn>> result;
        signIn.start(options, [&](const Result<SignedIn> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message.contains(QStringLiteral("could not register")),
                 qPrintable(result->error().message));
        QVERIFY(m_browser->opened.isEmpty());
    }

    void notAMastodonInstanceSaysSo()
    {
        m_answers.apps = jsonAnswer("<html>nope</html>", 404);
        Result<SignedIn> result = signInToMastodon();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::NotFound);
        QVERIFY(result.error().message.contains(QStringLiteral("Mastodon instance")));
    }

    void browserTimeoutSaysSo()
    {
        // The browser never comes back; the limit is tiny so the timer, not the test, ends it.
        MastodonSignIn signIn(*m_http);
        MastodonSignIn::Options options = mastodonOptions();
        options.timeoutMs = 1;
        bool opened = false;
        connect(&signIn, &MastodonSignIn::openInBrowser, this,
                [&](const QUrl &) { opened = true; });
        std::optional<Result<SignedIn>> result;
        signIn.start(options, [&](const Result<SignedIn> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(opened);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QVERIFY(result->error().message.contains(QStringLiteral("browser")));
    }

    void redditSignInUsesBasicAuthAndKeepsTheRefreshGrant()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        Result<SignedIn> result = signInToReddit();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->accessToken, QStringLiteral("acc-1"));
        QCOMPARE(result->user, QStringLiteral("brand_bot"));
        QCOMPARE(result->handle, QStringLiteral("u/brand_bot"));
        QVERIFY(result->refresh.has_value());
        QCOMPARE(result->refresh->clientId, QStringLiteral("my-client"));
        QCOMPARE(result->refresh->refreshToken, QStringLiteral("ref-1"));
        QCOMPARE(result->refresh->tokenUrl.path(), QStringLiteral("/api/v1/access_token"));
        QVERIFY(result->refresh->expiresAtMs >= before + 3600 * 1000);

        QCOMPARE(m_browser->opened.path(), QStringLiteral("/api/v1/authorize"));
        QCOMPARE(m_browser->param("client_id"), QStringLiteral("my-client"));
        QCOMPARE(m_browser->param("response_type"), QStringLiteral("code"));
        QCOMPARE(m_browser->param("duration"), QStringLiteral("permanent"));
        QCOMPARE(m_browser->param("scope"), QStringLiteral("identity read submit privatemessages"));
        QVERIFY(!m_browser->param("state").isEmpty());
        const QString redirect = m_browser->param("redirect_uri");
        QVERIFY(redirect.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(redirect.endsWith(QLatin1Char('/')));

        const QList<test::RecordedRequest> tokens =
            requestsTo(QStringLiteral("/api/v1/access_token"));
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.at(0).method, QByteArray("POST"));
        QCOMPARE(tokens.at(0).header("authorization"),
                 "Basic " + QByteArray("my-client:").toBase64());
        QVERIFY(tokens.at(0).header("user-agent").startsWith("desktop:earshot"));
        const QUrlQuery form = formOf(tokens.at(0).body);
        QCOMPARE(field(form, "grant_type"), QStringLiteral("authorization_code"));
        QCOMPARE(field(form, "code"), QStringLiteral("the-code"));
        QCOMPARE(field(form, "redirect_uri"), redirect);
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_id")));  // it is in the header

        const QList<test::RecordedRequest> me = requestsTo(QStringLiteral("/api/v1/me"));
        QCOMPARE(me.size(), 1);
        QCOMPARE(me.at(0).header("authorization"), QByteArray("bearer acc-1"));

        // Both secrets go to the keychain; the database holds the key only.
        Result<std::unique_ptr<Database>> db =
            Workspace::open(m_dir.filePath(QStringLiteral("reddit.sqlite")));
        QVERIFY(db.ok());
        MemorySecretStore secrets;
        AccountRecord account;
        account.platform = QStringLiteral("reddit");
        account.baseUrl = m_server->url(QString()).toString();
        account.user = result->user;
        std::optional<Result<qint64>> id;
        enrollment::enroll(directWriter(**db), secrets, account, *result,
                           [&](const Result<qint64> &r) { id = r; });
        QTRY_VERIFY(id.has_value());
        QVERIFY(id->ok());
        const std::optional<AccountRecord> stored = AccountRepository(**db).find(id->value());
        QVERIFY(stored);
        QCOMPARE(secrets.contents().value(stored->secretKey), QStringLiteral("acc-1"));
        const std::optional<RefreshGrant> grant =
            oauth::decodeGrant(secrets.contents().value(oauth::refreshKey(stored->secretKey)));
        QVERIFY(grant);
        QCOMPARE(grant->refreshToken, QStringLiteral("ref-1"));
        QCOMPARE(grant->clientId, QStringLiteral("my-client"));
        QCOMPARE(grant->expiresAtMs, result->refresh->expiresAtMs);
    }

    void redditRefusedCodeStoresNothing()
    {
        m_answers.redditToken = jsonAnswer(R"({"error":"invalid_grant"})", 400);
        Result<SignedIn> result = signInToReddit();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Unauthorized);
        QVERIFY(result.error().message.contains(QStringLiteral("invalid_grant")));
        QVERIFY(requestsTo(QStringLiteral("/api/v1/me")).isEmpty());
    }

    void keychainFailureLeavesNoAccount()
    {
        Result<std::unique_ptr<Database>> db =
            Workspace::open(m_dir.filePath(QStringLiteral("nokeychain.sqlite")));
        QVERIFY(db.ok());
        MemorySecretStore secrets;
        secrets.setFailure(secrets::noKeychain());
        AccountRecord account;
        account.platform = QStringLiteral("mastodon");
        account.baseUrl = QStringLiteral("https://mastodon.example");
        account.user = QStringLiteral("brand");
        SignedIn signedIn;
        signedIn.accessToken = QStringLiteral("tok");
        signedIn.user = account.user;
        std::optional<Result<qint64>> id;
        enrollment::enroll(directWriter(**db), secrets, account, signedIn,
                           [&](const Result<qint64> &r) { id = r; });
        QTRY_VERIFY(id.has_value());
        QVERIFY(!id->ok());
        QVERIFY(AccountRepository(**db).list().empty());
    }
};

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "test_oauth_sign_in.moc"
