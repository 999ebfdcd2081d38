// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace earshot;

namespace {

// Waits (through the event loop, as the store is asynchronous) for one answer.
SecretReply wait(const std::function<void(SecretStore::Callback)> &call, bool *reentrant = nullptr)
{
    std::optional<SecretReply> answer;
    bool returned = false;
    call([&](const SecretReply &reply) {
        if (reentrant)
            *reentrant = !returned;
        answer = reply;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, earshot::test::kUnboundedWaitMs))
        return SecretReply{
            SecretError{SecretErrorKind::Failed, QStringLiteral("no answer in 20 s")}, {}};
    return *answer;
}

// Why the real keychain cannot be tested here, or an empty string when it can.
QString secretServiceUnavailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus (run the tests inside dbus-run-session)");
    QDBusConnectionInterface *interface = bus.interface();
    if (!interface)
        return QStringLiteral("the D-Bus session bus has no bus interface");
    const auto registered =
        interface->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
    if (!registered.isValid() || !registered.value()) {
        // Activatable services start on first use; a listed one counts as reachable.
        const auto activatable = interface->activatableServiceNames();
        if (!activatable.isValid() ||
            !activatable.value().contains(QStringLiteral("org.freedesktop.secrets")))
            return QStringLiteral(
                "no Secret Service (org.freedesktop.secrets) on the session "
                "bus: start gnome-keyring-daemon --unlock --components=secrets");
    }
    return {};
}

}  // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memoryRoundTrip()
    {
        MemorySecretStore store;
        bool reentrant = true;
        SecretReply written =
            wait([&](auto done) { store.write(QStringLiteral("a"), QStringLiteral("tok"), done); },
                 &reentrant);
        QVERIFY(written.ok());
        QVERIFY2(!reentrant, "the answer must come after the call returned");
        SecretReply read = wait([&](auto done) { store.read(QStringLiteral("a"), done); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret, QStringLiteral("tok"));
        QVERIFY(wait([&](auto done) { store.remove(QStringLiteral("a"), done); }).ok());
        SecretReply missing = wait([&](auto done) { store.read(QStringLiteral("a"), done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error->kind, SecretErrorKind::NotFound);
        QVERIFY(wait([&](auto done) { store.remove(QStringLiteral("a"), done); }).ok());
    }

    void memoryForcedFailure()
    {
        MemorySecretStore store;
        store.setFailure(secrets::noKeychain());
        SecretReply reply =
            wait([&](auto done) { store.write(QStringLiteral("a"), QStringLiteral("t"), done); });
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, SecretErrorKind::NoKeychain);
        QVERIFY(reply.error->message.contains(QStringLiteral("No keychain is available")));
        QCOMPARE(reply.error->toError().kind, ErrorKind::Forbidden);
        QVERIFY(store.contents().isEmpty());
    }

    // Through the real Secret Service: write, read back, overwrite, remove, read again.
    void realKeychainRoundTrip()
    {
        const QString why = secretServiceUnavailable();
        if (!why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("real keychain not tested: ") + why));

        KeychainSecretStore store(QStringLiteral("earshot-test"));
        const QString key =
            QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString token = QStringLiteral("tök-") + QUuid::createUuid().toString();

        SecretReply written = wait([&](auto done) { store.write(key, token, done); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error->message));
        SecretReply read = wait([&](auto done) { store.read(key, done); });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error->message));
        QCOMPARE(read.secret, token);

        QVERIFY(wait([&](auto done) { store.write(key, QStringLiteral("second"), done); }).ok());
        QCOMPARE(wait([&](auto done) { store.read(key, done); }).secret, QStringLiteral("second"));

        QVERIFY(wait([&](auto done) { store.remove(key, done); }).ok());
        SecretReply gone = wait([&](auto done) { store.read(key, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error->kind, SecretErrorKind::NotFound);
        // Removing again is not an error.
        QVERIFY(wait([&](auto done) { store.remove(key, done); }).ok());
    }

    // Without any session bus the keychain backend must say so in plain words, not hang
    // and not store the token anywhere else.
    void noKeychainIsReportedPlainly()
    {
        if (secretServiceUnavailable().isEmpty())
            QSKIP("a Secret Service is running here; this case runs where none is reachable");
        KeychainSecretStore store(QStringLiteral("earshot-test"));
        SecretReply reply =
            wait([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("t"), done); });
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error->kind == SecretErrorKind::NoKeychain,
                 qPrintable(reply.error->message));
        QVERIFY(reply.error->message.contains(QStringLiteral("No keychain is available")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
