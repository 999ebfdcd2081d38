// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/RefreshGrant.h"
#include "core/connectors/Connector.h"
#include "core/model/Platform.h"
#include "core/net/HttpClient.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/storage/AccountRepository.h"
#include "core/sync/AccountConnectors.h"
#include "tests/auth/AuthFixtures.h"

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

const QByteArray kEmptyListing = R"({"kind":"Listing","data":{"after":null,"children":[]}})";
const QString kTokenKey = QStringLiteral("account/reddit/127.0.0.1/brand_bot");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace

// A Reddit account signed in through the browser: its connector renews the hour-long
// token with the stored refresh grant, before use when it has expired and after a 401.
class TestOAuthRefresh : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemorySecretStore> m_secrets;
    test::ScriptedResponse m_refreshAnswer;
    // The listing answers 401 to any token but these.
    QList<QByteArray> m_validTokens;

    QList<test::RecordedRequest> requestsTo(const QString &path) const
    {
        QList<test::RecordedRequest> found;
        for (const test::RecordedRequest &r : m_server->requests()) {
            if (pathOf(r) == path)
                found.append(r);
        }
        return found;
    }

    AccountRecord account() const
    {
        AccountRecord a;
        a.id = 1;
        a.platform = Platform::Reddit;
        a.baseUrl = m_server->url(QString()).toString();
        a.user = QStringLiteral("brand_bot");
        a.secretKey = kTokenKey;
        return a;
    }

    void store(const QString &key, const QString &value)
    {
        bool written = false;
        m_secrets->write(key, value, [&](const SecretReply &reply) {
            QVERIFY(reply.ok());
            written = true;
        });
        QTRY_VERIFY(written);
    }

    void storeGrant(qint64 expiresAtMs)
    {
        RefreshGrant grant;
        grant.clientId = QStringLiteral("my-client");
        grant.refreshToken = QStringLiteral("ref-1");
        grant.tokenUrl = m_server->url(QStringLiteral("/api/v1/access_token"));
        grant.expiresAtMs = expiresAtMs;
        store(oauth::refreshKey(kTokenKey), oauth::encodeGrant(grant));
    }

    // Makes the account's connector and reads r/test with it.
    FetchResult fetchOnce()
    {
        AccountConnectors connectors(*m_http, *m_secrets);
        std::unique_ptr<Connector> connector;
        bool made = false;
        connectors.make(account(), [&](std::unique_ptr<Connector> c, std::optional<Error> error) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
            connector = std::move(c);
            made = true;
        });
        [&] { QTRY_VERIFY(made); }();
        if (!connector)
            return {};
        std::optional<FetchResult> result;
        connector->fetch({Timeline::Kind::Latest, QStringLiteral("r/test")}, {},
                         [&](const FetchResult &r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result.value_or(FetchResult());
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_refreshAnswer = jsonAnswer(R"({"access_token":"acc-2","token_type":"bearer",)"
                                     R"("expires_in":3600,"scope":"identity read"})");
        m_validTokens = {"bearer acc-2"};
        m_server->setFallback([this](const test::RecordedRequest &r) {
            const QString path = pathOf(r);
            if (r.method == "POST" && path == QLatin1String("/api/v1/access_token"))
                return m_refreshAnswer;
            if (r.method == "GET" && path == QLatin1String("/r/test/new")) {
                if (!m_validTokens.contains(r.header("authorization")))
                    return jsonAnswer(R"({"message":"Unauthorized","error":401})", 401);
                return jsonAnswer(kEmptyListing);
            }
            return jsonAnswer(R"({"error":"not found"})", 404);
        });
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(*m_network);
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void cleanup()
    {
        m_secrets.reset();
        m_http.reset();
        m_network.reset();
        m_server.reset();
    }

    void expiredTokenIsRenewedBeforeUse()
    {
        store(kTokenKey, QStringLiteral("acc-1"));
        storeGrant(now() - 1000);
        const qint64 before = now();
        FetchResult result = fetchOnce();
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));

        // The refresh went first, with the installed app's Basic auth...
        const QList<test::RecordedRequest> all = m_server->requests();
        QCOMPARE(all.size(), 2);
        QCOMPARE(pathOf(all.at(0)), QStringLiteral("/api/v1/access_token"));
        QCOMPARE(all.at(0).method, QByteArray("POST"));
        QCOMPARE(all.at(0).header("authorization"), "Basic " + QByteArray("my-client:").toBase64());
        const QUrlQuery form = formOf(all.at(0).body);
        QCOMPARE(field(form, "grant_type"), QStringLiteral("refresh_token"));
        QCOMPARE(field(form, "refresh_token"), QStringLiteral("ref-1"));
        // ...then the listing with the new token only.
        QCOMPARE(pathOf(all.at(1)), QStringLiteral("/r/test/new"));
        QCOMPARE(all.at(1).header("authorization"), QByteArray("bearer acc-2"));

        // The new token and its expiry are stored; the refresh token is kept.
        QCOMPARE(m_secrets->contents().value(kTokenKey), QStringLiteral("acc-2"));
        const std::optional<RefreshGrant> grant =
            oauth::decodeGrant(m_secrets->contents().value(oauth::refreshKey(kTokenKey)));
        QVERIFY(grant);
        QCOMPARE(grant->refreshToken, QStringLiteral("ref-1"));
        QVERIFY(grant->expiresAtMs >= before + 3600 * 1000);

        // The next connector starts with the stored token and asks for no refresh.
        m_server->clearRequests();
        result = fetchOnce();
        QVERIFY(!result.error);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().at(0).header("authorization"), QByteArray("bearer acc-2"));
    }

    void refusedTokenIsRenewedOnceAndTheRequestRepeated()
    {
        store(kTokenKey, QStringLiteral("acc-1"));
        storeGrant(now() + 3600 * 1000);  // not expired by the clock, yet revoked
        FetchResult result = fetchOnce();
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
        const QList<test::RecordedRequest> all = m_server->requests();
        QCOMPARE(all.size(), 3);
        QCOMPARE(pathOf(all.at(0)), QStringLiteral("/r/test/new"));
        QCOMPARE(all.at(0).header("authorization"), QByteArray("bearer acc-1"));
        QCOMPARE(pathOf(all.at(1)), QStringLiteral("/api/v1/access_token"));
        QCOMPARE(pathOf(all.at(2)), QStringLiteral("/r/test/new"));
        QCOMPARE(all.at(2).header("authorization"), QByteArray("bearer acc-2"));
        QCOMPARE(m_secrets->contents().value(kTokenKey), QStringLiteral("acc-2"));
    }

    void rotatedRefreshTokenIsKept()
    {
        m_refreshAnswer = jsonAnswer(R"({"access_token":"acc-2","token_type":"bearer",)"
                                     R"("expires_in":3600,"refresh_token":"ref-2"})");
        store(kTokenKey, QStringLiteral("acc-1"));
        storeGrant(now() - 1);
        FetchResult result = fetchOnce();
        QVERIFY(!result.error);
        const std::optional<RefreshGrant> grant =
            oauth::decodeGrant(m_secrets->contents().value(oauth::refreshKey(kTokenKey)));
        QVERIFY(grant);
        QCOMPARE(grant->refreshToken, QStringLiteral("ref-2"));
    }

    void refusedRefreshSaysSignInAgainAndKeepsTheOldSecrets()
    {
        m_refreshAnswer = jsonAnswer(R"({"error":"invalid_grant"})", 400);
        store(kTokenKey, QStringLiteral("acc-1"));
        storeGrant(now() - 1000);
        const QString grantBefore = m_secrets->contents().value(oauth::refreshKey(kTokenKey));
        FetchResult result = fetchOnce();
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ErrorKind::Unauthorized);
        QVERIFY2(result.error->message.contains(QStringLiteral("sign in to it again")),
                 qPrintable(result.error->message));
        QVERIFY(!result.error->message.contains(QStringLiteral("ref-1")));
        QVERIFY(requestsTo(QStringLiteral("/r/test/new")).isEmpty());
        QCOMPARE(m_secrets->contents().value(kTokenKey), QStringLiteral("acc-1"));
        QCOMPARE(m_secrets->contents().value(oauth::refreshKey(kTokenKey)), grantBefore);
    }

    void refreshAnswerWithoutTokenIsAnError()
    {
        m_refreshAnswer = jsonAnswer("{not json");
        store(kTokenKey, QStringLiteral("acc-1"));
        storeGrant(now() - 1000);
        FetchResult result = fetchOnce();
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ErrorKind::BadPayload);
        QCOMPARE(m_secrets->contents().value(kTokenKey), QStringLiteral("acc-1"));
    }

    void pastedTokenIsUsedAsItIs()
    {
        // No grant stored: the plain connector, and a 401 is the answer.
        store(kTokenKey, QStringLiteral("pasted"));
        FetchResult result = fetchOnce();
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ErrorKind::Unauthorized);
        QVERIFY(requestsTo(QStringLiteral("/api/v1/access_token")).isEmpty());
        QCOMPARE(requestsTo(QStringLiteral("/r/test/new")).size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("/r/test/new")).at(0).header("authorization"),
                 QByteArray("bearer pasted"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthRefresh)
#include "test_oauth_refresh.moc"
