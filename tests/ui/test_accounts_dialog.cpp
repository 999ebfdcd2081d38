// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts dialog, offscreen: adding an account with a pasted token (the token goes to
// the secret store, never to the database), signing in to Mastodon through a browser the
// test plays against a loopback instance, removing an account after the question (its
// token goes too), switching it off and on, following and unfollowing, refusing what the
// platform cannot follow, and a failing account's error in the list. Waits are on
// conditions only.
#include "core/auth/RefreshGrant.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/services/AsyncWorkspace.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountFollowRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/sync/AccountServices.h"
#include "core/sync/OnlineServices.h"
#include "tests/auth/AuthFixtures.h"
#include "tests/support/TempDir.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountsAction.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/AddAccountDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace earshot;
using earshot::test::jsonAnswer;
using earshot::test::pathOf;
using earshot::test::waitFor;

namespace {

// Answers the dialog's question as the test says, and remembers it was asked.
class AnsweringPrompter : public test::NoPrompter {
public:
    bool answer = false;
    int asked = 0;
    QString question;

    bool confirm(QWidget *, const QString &text, const QString &) override
    {
        ++asked;
        question = text;
        return answer;
    }
};

const char kBase[] = "https://social.example";

}  // namespace

class TestAccountsDialog : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    QString m_dbPath;
    std::unique_ptr<test::LocalHttpServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OnlineServices> m_online;
    std::unique_ptr<test::FakeBrowser> m_browser;
    std::unique_ptr<AccountsDialog> m_dialog;
    AnsweringPrompter m_prompter;
    QList<QUrl> m_opened;
    bool m_playBrowser = true;

    void openDialog()
    {
        m_dialog = std::make_unique<AccountsDialog>(*m_workspace, m_online->accounts(), m_prompter,
                                                    [this](const QUrl &url) {
                                                        m_opened.append(url);
                                                        if (m_playBrowser)
                                                            m_browser->open(url);
                                                    });
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        m_dialog->show();
        waitShown();
    }

    void waitShown()
    {
        bool shown = false;
        QMetaObject::Connection c = connect(m_dialog.get(), &AccountsDialog::accountsShown, this,
                                            [&shown] { shown = true; });
        m_dialog->reload();
        waitFor([&shown] { return shown; });
        disconnect(c);
    }

    std::unique_ptr<Database> database() const { return Database::open(m_dbPath); }

    std::vector<AccountRecord> stored() const { return AccountRepository(*database()).list(); }

    // An account as `earshot-cli account add` leaves it, with its token in the store.
    qint64 seedAccount(const QString &user, const QString &token,
                       const QString &baseUrl = QLatin1String(kBase))
    {
        const QString key = QStringLiteral("account/mastodon/social.example/") + user;
        AccountRecord account;
        account.platform = QStringLiteral("mastodon");
        account.baseUrl = baseUrl;
        account.user = user;
        account.secretKey = key;
        account.createdMs = 1;
        const qint64 id = AccountRepository(*database()).add(account);
        bool written = false;
        m_secrets->write(key, token, [&written](const SecretReply &r) { written = r.ok(); });
        waitFor([&written] { return written; });
        return id;
    }

    bool databaseFilesContain(const QByteArray &text) const
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_dbPath + suffix);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
                return true;
        }
        return false;
    }

    QString waitForMessage(const std::function<void()> &action)
    {
        QString said;
        QMetaObject::Connection c = connect(m_dialog.get(), &AccountsDialog::message, this,
                                            [&said](const QString &text) { said = text; });
        action();
        waitFor([&said] { return !said.isEmpty(); });
        disconnect(c);
        return said;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("accounts-dialog-%1.sqlite").arg(++n));
        QVERIFY(test::createWorkspace(m_dbPath));
        m_server = std::make_unique<test::LocalHttpServer>();
        QVERIFY(m_server->listen());
        // A Mastodon instance as far as sign-in goes.
        m_server->setFallback([](const test::RecordedRequest &r) {
            const QString path = pathOf(r);
            if (r.method == "POST" && path == QLatin1String("/api/v1/apps"))
                return jsonAnswer(R"({"id":"1","client_id":"cid","client_secret":"csecret"})");
            if (r.method == "POST" && path == QLatin1String("/oauth/token"))
                return jsonAnswer(R"({"access_token":"tok-signed","token_type":"Bearer"})");
            if (r.method == "GET" && path == QLatin1String("/api/v1/accounts/verify_credentials"))
                return jsonAnswer(R"({"id":"9","username":"brand","acct":"brand"})");
            return jsonAnswer(R"({"error":"not found"})", 404);
        });
        m_secrets = std::make_unique<MemorySecretStore>();
        m_workspace = std::make_unique<AsyncWorkspace>(m_dbPath);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_online = std::make_unique<OnlineServices>(*m_workspace, *m_network, m_secrets.get());
        m_browser = std::make_unique<test::FakeBrowser>();
        m_prompter = AnsweringPrompter();
        m_opened.clear();
        m_playBrowser = true;
    }

    void cleanup()
    {
        m_dialog.reset();
        m_browser.reset();
        m_online.reset();
        m_network.reset();
        m_workspace.reset();
        m_secrets.reset();
        m_server.reset();
    }

    // The token goes to the secret store under the account's key; the database keeps the
    // account and the key only.
    void pastedTokenIsStoredInTheSecretStoreOnly()
    {
        openDialog();
        QVERIFY(m_dialog->accounts().empty());
        AddAccountDialog *add = m_dialog->addAccount();
        QVERIFY(add);
        add->setPlatform(QStringLiteral("mastodon"));
        add->addressEdit()->setText(QStringLiteral("http://social.example"));
        QVERIFY(!add->insecureWarning()->isHidden());  // plain http is pointed out
        add->addressEdit()->setText(QLatin1String(kBase));
        QVERIFY(add->insecureWarning()->isHidden());
        QCOMPARE(add->tokenEdit()->echoMode(), QLineEdit::Password);
        add->userEdit()->setText(QStringLiteral("brand"));

        // No token: refused, nothing stored.
        QString refused;
        connect(add, &AddAccountDialog::failed, this,
                [&refused](const QString &m) { refused = m; });
        add->submit();
        QVERIFY(refused.contains(QStringLiteral("token")));

        add->tokenEdit()->setText(QStringLiteral("tok-pasted-7"));
        add->submit();
        waitFor([this] { return m_dialog->accounts().size() == 1; });

        const std::vector<AccountRecord> accounts = stored();
        QCOMPARE(accounts.size(), std::size_t(1));
        const AccountRecord &a = accounts.front();
        QCOMPARE(a.platform, QStringLiteral("mastodon"));
        QCOMPARE(a.baseUrl, QLatin1String(kBase));
        QCOMPARE(a.user, QStringLiteral("brand"));
        QVERIFY(!a.secretKey.isEmpty());
        QCOMPARE(m_secrets->contents().value(a.secretKey), QStringLiteral("tok-pasted-7"));
        QVERIFY(!databaseFilesContain("tok-pasted-7"));
        QCOMPARE(m_dialog->currentId(), a.id);
        QCOMPARE(m_dialog->table()->item(0, AccountsDialog::AccountColumn)->text(),
                 QStringLiteral("brand"));

        // The same account again is refused in plain words, and its token is kept.
        AddAccountDialog *again = m_dialog->addAccount();
        again->setPlatform(QStringLiteral("mastodon"));
        again->addressEdit()->setText(QLatin1String(kBase));
        again->userEdit()->setText(QStringLiteral("brand"));
        again->tokenEdit()->setText(QStringLiteral("tok-other"));
        QString failed;
        connect(again, &AddAccountDialog::failed, this,
                [&failed](const QString &m) { failed = m; });
        again->submit();
        waitFor([&failed] { return !failed.isEmpty(); });
        QVERIFY2(failed.contains(QStringLiteral("already")), qPrintable(failed));
        QCOMPARE(stored().size(), std::size_t(1));
        QCOMPARE(m_secrets->contents().value(a.secretKey), QStringLiteral("tok-pasted-7"));
    }

    // Sign-in with the browser, end to end: the dialog opens the instance's authorization
    // page through the opener, says it waits, and stores the account the instance names
    // with the token it gave.
    void mastodonSignInThroughTheBrowser()
    {
        openDialog();
        AddAccountDialog *add = m_dialog->addAccount();
        add->setPlatform(QStringLiteral("mastodon"));
        add->addressEdit()->setText(m_server->url(QString()).toString());
        QVERIFY(!add->insecureWarning()->isHidden());  // the loopback instance is plain http
        add->signInChoice()->setChecked(true);
        QVERIFY(!add->userEdit()->isEnabled());  // the instance says who signed in
        QVERIFY(!add->tokenEdit()->isEnabled());
        // The test lets the browser come back only after looking at the dialog.
        m_playBrowser = false;
        const QPointer<AddAccountDialog> watched(add);
        add->submit();
        QVERIFY(add->isSigningIn());
        waitFor([this] { return !m_opened.isEmpty(); });
        const QString waiting = add->statusLabel()->text();
        test::screenshot(add, QStringLiteral("add-account-waiting"));
        QVERIFY2(waiting.contains(QStringLiteral("Waiting for the browser")), qPrintable(waiting));
        const QUrl opened = m_opened.constFirst();
        QCOMPARE(opened.path(), QStringLiteral("/oauth/authorize"));
        QCOMPARE(opened.port(), int(m_server->port()));
        m_browser->open(opened);  // the user signs in and the browser comes back

        waitFor([this] { return m_dialog->accounts().size() == 1; });
        QTRY_VERIFY(m_browser->came);
        QCOMPARE(m_browser->status, 200);
        const std::vector<AccountRecord> accounts = stored();
        QCOMPARE(accounts.size(), std::size_t(1));
        QCOMPARE(accounts.front().user, QStringLiteral("brand"));
        QCOMPARE(m_secrets->contents().value(accounts.front().secretKey),
                 QStringLiteral("tok-signed"));
        QVERIFY(!databaseFilesContain("tok-signed"));
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());  // the add dialog closed
    }

    // A sign-in refused in the browser says so in the dialog and stores nothing.
    void refusedSignInSaysWhy()
    {
        openDialog();
        m_browser->answer = [](const QUrlQuery &asked) {
            QUrlQuery back;
            back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            back.addQueryItem(QStringLiteral("state"),
                              asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
            return back;
        };
        AddAccountDialog *add = m_dialog->addAccount();
        add->setPlatform(QStringLiteral("mastodon"));
        add->addressEdit()->setText(m_server->url(QString()).toString());
        add->signInChoice()->setChecked(true);
        QString failed;
        connect(add, &AddAccountDialog::failed, this, [&failed](const QString &m) { failed = m; });
        add->submit();
        waitFor([&failed] { return !failed.isEmpty(); });
        QVERIFY2(failed.contains(QStringLiteral("did not complete")), qPrintable(failed));
        QCOMPARE(add->statusLabel()->text(), failed);
        QVERIFY(!add->isSigningIn());
        QVERIFY(add->signInChoice()->isEnabled());  // the user can try again
        QVERIFY(stored().empty());
        QVERIFY(m_secrets->contents().isEmpty());
    }

    // Reddit signs in through the user's installed app: without its client id nothing starts.
    void redditSignInNeedsTheClientId()
    {
        openDialog();
        AddAccountDialog *add = m_dialog->addAccount();
        add->setPlatform(QStringLiteral("reddit"));
        QVERIFY(add->signInChoice()->isEnabled());
        add->signInChoice()->setChecked(true);
        QVERIFY(!add->clientIdEdit()->isHidden());
        QString failed;
        connect(add, &AddAccountDialog::failed, this, [&failed](const QString &m) { failed = m; });
        add->submit();
        QVERIFY2(failed.contains(QStringLiteral("client id")), qPrintable(failed));
        QVERIFY(!add->isSigningIn());
        QVERIFY(m_opened.isEmpty());

        // Platforms without a browser sign-in take a pasted token only.
        add->setPlatform(QStringLiteral("telegram"));
        QCOMPARE(add->platformBox()->currentData().toString(), QStringLiteral("telegram"));
        QVERIFY(!add->signInChoice()->isEnabled());
        QVERIFY(add->tokenChoice()->isChecked());
        QVERIFY(add->clientIdEdit()->isHidden());
    }

    // Cancel while the browser is out gives the sign-in up and stores nothing.
    void signInCanBeCancelled()
    {
        openDialog();
        m_playBrowser = false;
        AddAccountDialog *add = m_dialog->addAccount();
        add->setPlatform(QStringLiteral("mastodon"));
        add->addressEdit()->setText(m_server->url(QString()).toString());
        add->signInChoice()->setChecked(true);
        add->submit();
        waitFor([this] { return !m_opened.isEmpty(); });
        add->reject();  // Cancel: gives the sign-in up, the dialog stays
        QVERIFY(!add->isSigningIn());
        QVERIFY(add->isVisible());
        QVERIFY(add->statusLabel()->text().contains(QStringLiteral("cancelled")));
        waitShown();
        QVERIFY(stored().empty());
        QVERIFY(m_secrets->contents().isEmpty());
    }

    // Remove asks first; "no" keeps everything, "yes" removes the account and its token.
    void removeAsksThenDeletesAccountAndToken()
    {
        const qint64 id = seedAccount(QStringLiteral("brand"), QStringLiteral("tok-r"));
        const QString key = stored().front().secretKey;
        bool written = false;
        m_secrets->write(oauth::refreshKey(key), QStringLiteral("grant"),
                         [&written](const SecretReply &r) { written = r.ok(); });
        waitFor([&written] { return written; });
        openDialog();
        m_dialog->selectAccount(id);
        QCOMPARE(m_dialog->currentId(), id);

        m_prompter.answer = false;
        QTest::keyClick(m_dialog->table(), Qt::Key_Delete);
        QCOMPARE(m_prompter.asked, 1);
        QVERIFY(m_prompter.question.contains(QStringLiteral("brand@social.example")));
        waitShown();
        QCOMPARE(m_dialog->accounts().size(), std::size_t(1));
        QCOMPARE(stored().size(), std::size_t(1));
        QVERIFY(m_secrets->contents().contains(key));

        m_prompter.answer = true;
        const QString said = waitForMessage([this] { m_dialog->removeAccount(); });
        QCOMPARE(m_prompter.asked, 2);
        QVERIFY2(said.contains(QStringLiteral("token")), qPrintable(said));
        QVERIFY(stored().empty());
        QVERIFY(!m_secrets->contents().contains(key));
        QVERIFY(!m_secrets->contents().contains(oauth::refreshKey(key)));
        waitFor([this] { return m_dialog->accounts().empty(); });
    }

    // Disable and enable are stored, and the list says so.
    void enableAndDisablePersist()
    {
        const qint64 id = seedAccount(QStringLiteral("brand"), QStringLiteral("tok-e"));
        openDialog();
        m_dialog->selectAccount(id);
        QTest::keyClick(m_dialog->table(), Qt::Key_Space);
        waitFor([this] { return !m_dialog->accounts().front().enabled; });
        QVERIFY(!stored().front().enabled);
        QCOMPARE(m_dialog->table()->item(0, AccountsDialog::EnabledColumn)->text(),
                 QStringLiteral("No"));
        QCOMPARE(m_dialog->table()->item(0, AccountsDialog::HealthColumn)->text(),
                 QStringLiteral("Disabled"));

        m_dialog->toggleEnabled();
        waitFor([this] { return m_dialog->accounts().front().enabled; });
        QVERIFY(stored().front().enabled);
    }

    // Follows are added (Enter in the box) and removed (Delete in their list) in the store;
    // a kind the platform cannot read is refused with a message and not stored.
    void followsAreStoredAndUnsupportedKindsRefused()
    {
        const qint64 id = seedAccount(QStringLiteral("brand"), QStringLiteral("tok-f"));
        openDialog();
        m_dialog->selectAccount(id);
        m_dialog->kindBox()->setCurrentIndex(
            m_dialog->kindBox()->findData(QStringLiteral("hashtag")));
        m_dialog->argumentEdit()->setText(QStringLiteral("linktelecom"));
        QTest::keyClick(m_dialog->argumentEdit(), Qt::Key_Return);
        waitFor([this] { return m_dialog->follows().size() == 1; });
        std::vector<AccountFollow> follows = AccountFollowRepository(*database()).list(id);
        QCOMPARE(follows.size(), std::size_t(1));
        QCOMPARE(follows.front().kind, QStringLiteral("hashtag"));
        QCOMPARE(follows.front().argument, QStringLiteral("linktelecom"));
        QCOMPARE(m_dialog->followList()->count(), 1);

        // Mastodon has no forum categories.
        m_dialog->kindBox()->setCurrentIndex(
            m_dialog->kindBox()->findData(QStringLiteral("category")));
        m_dialog->argumentEdit()->setText(QStringLiteral("support"));
        const QString refused = waitForMessage([this] { m_dialog->addFollow(); });
        QVERIFY2(refused.contains(QStringLiteral("cannot follow")), qPrintable(refused));
        QCOMPARE(m_dialog->messageLabel()->text(), refused);
        waitShown();
        QCOMPARE(AccountFollowRepository(*database()).list(id).size(), std::size_t(1));

        m_dialog->followList()->setCurrentRow(0);
        QTest::keyClick(m_dialog->followList(), Qt::Key_Delete);
        waitFor([this] { return m_dialog->follows().empty(); });
        QVERIFY(AccountFollowRepository(*database()).list(id).empty());
    }

    // A failing account shows how often it failed and why, in the list and its details.
    void failingAccountShowsItsError()
    {
        const qint64 id = seedAccount(QStringLiteral("brand"), QStringLiteral("tok-x"));
        {
            std::unique_ptr<Database> db = database();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            AccountRepository(*db).recordFailure(id, now - 1000, QStringLiteral("first"));
            AccountRepository(*db).recordFailure(id, now,
                                                 QStringLiteral("The access token is invalid"));
        }
        openDialog();
        m_dialog->selectAccount(id);
        const QString health = m_dialog->table()->item(0, AccountsDialog::HealthColumn)->text();
        QVERIFY2(health.contains(QStringLiteral("The access token is invalid")),
                 qPrintable(health));
        QVERIFY2(health.contains(QStringLiteral("2")), qPrintable(health));
        const QString details = m_dialog->detailsLabel()->text();
        QVERIFY2(details.contains(QStringLiteral("Last error: The access token is invalid")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Never synced")), qPrintable(details));
        test::screenshot(m_dialog.get(), QStringLiteral("accounts-dialog"));
    }

    // Sync Now says it is syncing, then how the pass ended: the line does not keep saying
    // "Syncing…" after the pass.
    void syncNowSaysHowThePassEnded()
    {
        openDialog();
        const QString syncing = QStringLiteral("Syncing the enabled accounts\u2026");
        const auto syncAndWait = [this, &syncing] {
            QStringList said;
            QMetaObject::Connection c =
                connect(m_dialog.get(), &AccountsDialog::message, this,
                        [&said](const QString &text) { said.append(text); });
            m_dialog->syncNow();
            waitFor([&said] { return said.size() >= 2; });
            disconnect(c);
            return said;
        };
        QStringList said = syncAndWait();
        QCOMPARE(said.first(), syncing);
        QCOMPARE(said.last(), QStringLiteral("No enabled account to sync."));
        QCOMPARE(m_dialog->messageLabel()->text(), said.last());

        // The loopback server has no timelines: the account's pass fails.
        seedAccount(QStringLiteral("brand"), QStringLiteral("tok-s"),
                    m_server->url(QStringLiteral("/m")).toString());
        waitShown();
        said = syncAndWait();
        QCOMPARE(said.first(), syncing);
        // (No translator is installed here: plurals keep their source form.)
        QCOMPARE(said.last(), QStringLiteral("Sync finished: 0 new item(s). 1 account(s) failed; "
                                             "the Health column says why."));
        QVERIFY(!m_server->requests().isEmpty());
    }

    // The window's Sources menu has "Accounts…"; it opens the dialog on the stored
    // accounts, and again only brings it forward.
    void mainWindowOpensTheDialog()
    {
        const qint64 id = seedAccount(QStringLiteral("brand"), QStringLiteral("tok-w"));
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        MainWindow window(*m_workspace, settings, m_prompter, m_network.get());
        AccountsAction *action = window.accountsAction();
        QVERIFY(action);
        bool inSourcesMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                inSourcesMenu = menu->text().contains(QStringLiteral("Sources"));
        }
        QVERIFY(inSourcesMenu);
        QVERIFY(action->text().contains(QStringLiteral("Accounts")));
        action->trigger();
        AccountsDialog *dialog = action->dialog();
        QVERIFY(dialog);
        waitFor([dialog] { return dialog->accounts().size() == 1; });
        QCOMPARE(dialog->currentId(), id);
        action->openDialog(id);
        QCOMPARE(action->dialog(), dialog);
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "test_accounts_dialog.moc"
