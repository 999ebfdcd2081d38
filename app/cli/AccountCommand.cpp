// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AccountCommand.h"

#include "app/cli/BrowserSignIn.h"
#include "app/cli/CommandParser.h"
#include "core/auth/AccountEnrollment.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Platform.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/StorageError.h"
#include "core/sync/DatabaseWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>

#include <unistd.h>
#include <cstdio>
#include <memory>
#include <optional>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// The CLI is a composition root: waiting here for the keychain is the command's job, not
// the library's.
SecretReply waitFor(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretReply> answer;
    QEventLoop loop;
    call([&](const SecretReply &reply) {
        answer = reply;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

}  // namespace

AccountCommand::AccountCommand(SecretStore *store, QIODevice *input)
    : m_store(store), m_input(input)
{
}

AccountCommand::~AccountCommand() = default;

QString AccountCommand::summary() const
{
    return tr(
        "Add a platform account (sign in through the browser, or a token read from "
        "standard input)");
}

int AccountCommand::run(const QStringList &arguments, Context &context)
{
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("add"))
        return add(arguments.mid(1), context);
    CommandParser parser(
        QStringLiteral("earshot-cli account add PLATFORM --url BASE [--user NAME]\n"
                       "       earshot-cli account add PLATFORM --sign-in ..."),
        summary() + QLatin1Char('.'));
    parser.addPositional(QStringLiteral("action"), tr("add"));
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;
    context.err() << "earshot-cli: "
                  << tr("unknown account action \"%1\"; try: earshot-cli account add --help")
                         .arg(parser.positional().value(0))
                  << Qt::endl;
    return UsageError;
}

SecretStore &AccountCommand::store()
{
    if (m_store)
        return *m_store;
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
    return *m_keychain;
}

QString AccountCommand::readToken(Context &context)
{
    QFile stdinFile;
    QIODevice *input = m_input;
    if (!input) {
        if (::isatty(STDIN_FILENO))
            context.err() << tr("Paste the access token and press Enter:") << ' ' << Qt::flush;
        if (!stdinFile.open(stdin, QIODevice::ReadOnly))
            return {};
        input = &stdinFile;
    }
    // One line is the token; a terminal would otherwise wait for end of input.
    const QByteArray line = input->readLine(64 * 1024);
    return QString::fromUtf8(line).trimmed();
}

int AccountCommand::add(const QStringList &arguments, Context &context)
{
    CommandParser parser(
        QStringLiteral("earshot-cli account add PLATFORM --url BASE [--user NAME] < token\n"
                       "       earshot-cli account add mastodon --url BASE --sign-in "
                       "[--timeout SECONDS]\n"
                       "       earshot-cli account add reddit --client-id ID --sign-in "
                       "[--timeout SECONDS]"),
        tr("Add a platform account. The access token is read from standard input, one line, "
           "and kept in the system keychain; it is never accepted as an argument.\n\n"
           "With --sign-in (mastodon, reddit) you sign in through the browser instead: Earshot "
           "prints an address to open, waits for the browser to come back to it on "
           "127.0.0.1, keeps the token in the keychain and prints the account it belongs to. "
           "For Reddit, first create an \"installed app\" at https://www.reddit.com/prefs/apps "
           "with the redirect uri http://127.0.0.1:65010/ and give its client id."));
    parser.addPositional(QStringLiteral("platform"),
                         tr("mastodon, reddit, discourse, vk or telegram."));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        tr("The instance address, e.g. https://mastodon.social (Reddit: the API address, "
           "https://oauth.reddit.com by default)."),
        QStringLiteral("BASE"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("Your name on the platform."),
                                        QStringLiteral("NAME"));
    parser.addOption(urlOption);
    parser.addOption(userOption);
    const SignInArguments signInArguments;
    signInArguments.declare(parser);
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;

    const QString platform = Platform::normalizeId(parser.positional().at(0));
    const ConnectorInfo *info = ConnectorRegistry::find(platform);
    if (!info) {
        QStringList known;
        for (const ConnectorInfo &c : ConnectorRegistry::all())
            known << c.platform;
        context.err() << "earshot-cli: "
                      << tr("unknown platform \"%1\"; known: %2")
                             .arg(platform, known.join(QLatin1String(", ")))
                      << Qt::endl;
        return UsageError;
    }
    const bool signingIn = signInArguments.requested(parser);
    BrowserSignInOptions signInOptions;
    if (const int code = signInArguments.read(parser, platform, context, &signInOptions); code >= 0)
        return code;
    if (signingIn && parser.isSet(userOption)) {
        context.err() << "earshot-cli: "
                      << tr("--user is not needed with --sign-in: the platform says who signed "
                            "in")
                      << Qt::endl;
        return UsageError;
    }

    QString typedUrl = parser.value(urlOption);
    if (typedUrl.isEmpty() && !info->needsBaseUrl)
        typedUrl = info->defaultBaseUrl.toString();
    if (typedUrl.isEmpty()) {
        context.err() << "earshot-cli: " << tr("--url is required for %1 accounts").arg(platform)
                      << Qt::endl;
        return UsageError;
    }
    bool insecure = false;
    Result<QUrl> baseUrl = ConnectorRegistry::normalizeBaseUrl(typedUrl, &insecure);
    if (!baseUrl)
        return context.fail(baseUrl.error().message);
    if (insecure) {
        context.err() << "earshot-cli: "
                      << tr("warning: %1 uses plain http; the token will cross the network "
                            "unencrypted. Use https unless this is a server on your own machine.")
                             .arg(baseUrl->toString())
                      << Qt::endl;
    }
    if (signingIn) {
        signInOptions.baseUrl = *baseUrl;
        return signIn(signInOptions, context);
    }

    const QString user = parser.value(userOption).trimmed();
    const QString base = baseUrl->toString();

    Database *db = context.database();
    if (!db)
        return Failure;
    try {
        if (AccountRepository(*db).findId(platform, base, user) != 0)
            return context.fail(tr("This %1 account (%2) is already added.")
                                    .arg(Platform::displayName(platform), base));
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }

    const QString token = readToken(context);
    if (token.isEmpty()) {
        context.err() << "earshot-cli: "
                      << tr("no token on standard input; e.g. earshot-cli account add %1 --url %2 "
                            "< token.txt")
                             .arg(platform, base)
                      << Qt::endl;
        return UsageError;
    }

    SecretStore *store = &this->store();
    const QString key = enrollment::secretKey(platform, *baseUrl, user);
    const SecretReply written = waitFor([&](auto done) { store->write(key, token, done); });
    if (!written.ok())
        return context.fail(written.error->message);

    AccountRecord account;
    account.platform = platform;
    account.baseUrl = base;
    account.user = user;
    account.secretKey = key;
    account.createdMs = QDateTime::currentMSecsSinceEpoch();
    qint64 id = 0;
    try {
        id = AccountRepository(*db).add(account);
    } catch (const StorageError &e) {
        // Leave no orphaned token behind.
        (void)waitFor([&](auto done) { store->remove(key, done); });
        return context.fail(e.error().message);
    }
    if (id == 0)
        return context.fail(tr("This %1 account (%2) is already added.")
                                .arg(Platform::displayName(platform), base));
    account.id = id;
    context.out() << tr("Added %1 account %2 (#%3); the token is in the %4.")
                         .arg(Platform::displayName(platform), account.title())
                         .arg(id)
                         .arg(store->backendName())
                  << Qt::endl;
    return Success;
}

int AccountCommand::signIn(const BrowserSignInOptions &options, Context &context)
{
    // Opened first: a database that cannot be written fails before the user goes through
    // the browser for nothing.
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<SignedIn> signedIn = signInWithBrowser(options, context, m_browser);
    if (!signedIn)
        return context.fail(signedIn.error().message);
    context.out() << tr("Signed in as %1.").arg(signedIn->handle) << Qt::endl;

    const QString platform = options.platform;
    AccountRecord account;
    account.platform = platform;
    account.baseUrl = options.baseUrl.toString();
    account.user = signedIn->user;
    SecretStore &secrets = store();
    std::optional<Result<qint64>> added;
    QEventLoop loop;
    enrollment::enroll(directWriter(*db), secrets, account, *signedIn,
                       [&](const Result<qint64> &result) {
                           added = result;
                           loop.quit();
                       });
    if (!added)
        loop.exec();
    if (!added->ok())
        return context.fail(added->error().message);
    context.out() << tr("Added %1 account %2 (#%3); the token is in the %4.")
                         .arg(Platform::displayName(platform), account.title())
                         .arg(added->value())
                         .arg(secrets.backendName())
                  << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
