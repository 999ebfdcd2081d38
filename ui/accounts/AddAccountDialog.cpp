// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AddAccountDialog.h"

#include "core/auth/MastodonSignIn.h"
#include "core/auth/RedditSignIn.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Platform.h"
#include "core/sync/AccountServices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace earshot {

namespace {

bool canSignIn(const QString &platform)
{
    return platform == Platform::Mastodon || platform == Platform::Reddit;
}

}  // namespace

AddAccountDialog::AddAccountDialog(AccountServices &services, BrowserOpener openBrowser,
                                   QWidget *parent)
    : QDialog(parent), m_services(services), m_openBrowser(std::move(openBrowser))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add Account"));

    m_platform = new QComboBox(this);
    for (const ConnectorInfo &info : ConnectorRegistry::all()) {
        if (info.create)
            m_platform->addItem(Platform::displayName(info.platform), info.platform);
    }
    m_address = new QLineEdit(this);
    m_insecure = new QLabel(this);
    m_insecure->setWordWrap(true);
    m_insecure->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_insecure->setText(
        tr("Warning: this address uses plain http, so the token crosses the network "
           "unencrypted. Use https unless the server runs on your own machine."));
    m_useToken = new QRadioButton(tr("Paste an access &token"), this);
    m_useBrowser = new QRadioButton(tr("Sign in with the &browser"), this);
    m_useToken->setChecked(true);
    m_user = new QLineEdit(this);
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_clientId = new QLineEdit(this);
    m_clientId->setToolTip(
        tr("Create an \"installed app\" at https://www.reddit.com/prefs/apps with the redirect "
           "uri http://127.0.0.1:65010/ and copy its client id here."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *platformLabel = new QLabel(tr("&Platform:"), this);
    platformLabel->setBuddy(m_platform);
    form->addRow(platformLabel, m_platform);
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_useToken);
    form->addRow(QString(), m_useBrowser);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, m_user);
    auto *tokenLabel = new QLabel(tr("Access to&ken:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, m_token);
    m_clientIdLabel = new QLabel(tr("&Client id:"), this);
    m_clientIdLabel->setBuddy(m_clientId);
    form->addRow(m_clientIdLabel, m_clientId);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = m_buttons->addButton(tr("A&dd"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &AddAccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Below the form: a form row cuts a wrapped label short.
    layout->addWidget(m_insecure);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &AddAccountDialog::updateForm);
    connect(m_address, &QLineEdit::textChanged, this, &AddAccountDialog::updateForm);
    connect(m_useToken, &QRadioButton::toggled, this, &AddAccountDialog::updateForm);
    updateForm();
}

// A sign-in still waiting for the browser is given up with the dialog.
AddAccountDialog::~AddAccountDialog() = default;

void AddAccountDialog::reject()
{
    if (m_signIn) {
        cancelSignIn();
        return;
    }
    QDialog::reject();
}

void AddAccountDialog::setPlatform(const QString &platform)
{
    m_platform->setCurrentIndex(m_platform->findData(platform));
}

QString AddAccountDialog::platform() const
{
    return m_platform->currentData().toString();
}

void AddAccountDialog::updateForm()
{
    const ConnectorInfo *info = ConnectorRegistry::find(platform());
    const bool fixedAddress = info && !info->needsBaseUrl;
    m_address->setPlaceholderText(fixedAddress ? info->defaultBaseUrl.toString()
                                               : tr("https://mastodon.example"));
    const bool browser = canSignIn(platform());
    m_useBrowser->setEnabled(browser && !m_busy);
    if (!browser)
        m_useToken->setChecked(true);
    const bool signingIn = m_useBrowser->isChecked();
    // The platform says who signed in; only a pasted token needs a user name.
    m_user->setEnabled(!signingIn && !m_busy);
    m_token->setEnabled(!signingIn && !m_busy);
    const bool reddit = signingIn && platform() == Platform::Reddit;
    m_clientIdLabel->setVisible(reddit);
    m_clientId->setVisible(reddit);

    bool insecure = false;
    const QString typed = m_address->text().trimmed();
    if (!typed.isEmpty())
        (void)ConnectorRegistry::normalizeBaseUrl(typed, &insecure);
    if (m_insecure->isHidden() == insecure) {
        m_insecure->setVisible(insecure);
        // A wrapped label does not grow its window by itself.
        adjustSize();
    }
}

void AddAccountDialog::showError(const QString &message)
{
    m_status->setText(message);
    Q_EMIT failed(message);
}

void AddAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_platform), static_cast<QWidget *>(m_address),
                       static_cast<QWidget *>(m_useToken), static_cast<QWidget *>(m_clientId),
                       static_cast<QWidget *>(m_add)})
        w->setEnabled(!busy);
    updateForm();
}

void AddAccountDialog::submit()
{
    if (m_busy)
        return;
    const ConnectorInfo *info = ConnectorRegistry::find(platform());
    if (!info) {
        showError(tr("Choose a platform."));
        return;
    }
    QString typed = m_address->text().trimmed();
    if (typed.isEmpty() && !info->needsBaseUrl)
        typed = info->defaultBaseUrl.toString();
    if (typed.isEmpty()) {
        showError(tr("Type the address of the %1 server, e.g. https://mastodon.social.")
                      .arg(Platform::displayName(info->platform)));
        m_address->setFocus();
        return;
    }
    const Result<QUrl> baseUrl = ConnectorRegistry::normalizeBaseUrl(typed);
    if (!baseUrl) {
        showError(baseUrl.error().message);
        m_address->setFocus();
        return;
    }
    if (m_useBrowser->isChecked()) {
        startSignIn(*baseUrl);
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        showError(tr("Paste the access token the platform gave you."));
        m_token->setFocus();
        return;
    }
    SignedIn pasted;
    pasted.accessToken = token;
    pasted.user = m_user->text().trimmed();
    pasted.handle = pasted.user;
    store(*baseUrl, pasted);
}

void AddAccountDialog::startSignIn(const QUrl &baseUrl)
{
    const QString clientId = m_clientId->text().trimmed();
    const bool reddit = platform() == Platform::Reddit;
    if (reddit && clientId.isEmpty()) {
        showError(
            tr("Reddit needs the client id of your installed app: create one at "
               "https://www.reddit.com/prefs/apps with the redirect uri "
               "http://127.0.0.1:65010/."));
        m_clientId->setFocus();
        return;
    }
    setBusy(true);
    m_status->setText(tr("Starting the sign-in\u2026"));
    const auto opened = [this](const QUrl &url) {
        m_status->setText(tr("Waiting for the browser\u2026 Sign in there and allow Earshot; "
                             "Cancel gives up. If no browser opened, visit:\n%1")
                              .arg(url.toString(QUrl::FullyEncoded)));
        if (m_openBrowser)
            m_openBrowser(url);
    };
    const auto done = [this, baseUrl](const Result<SignedIn> &result) {
        signedIn(result, baseUrl);
    };
    if (reddit) {
        auto signIn = std::make_unique<RedditSignIn>(m_services.http());
        RedditSignIn::Options options;
        options.clientId = clientId;
        options.apiBase = baseUrl;
        connect(signIn.get(), &RedditSignIn::openInBrowser, this, opened);
        RedditSignIn *running = signIn.get();
        m_signIn = std::move(signIn);
        running->start(options, done);
        return;
    }
    auto signIn = std::make_unique<MastodonSignIn>(m_services.http());
    MastodonSignIn::Options options;
    options.instance = baseUrl;
    connect(signIn.get(), &MastodonSignIn::openInBrowser, this, opened);
    MastodonSignIn *running = signIn.get();
    m_signIn = std::move(signIn);
    running->start(options, done);
}

void AddAccountDialog::cancelSignIn()
{
    if (!m_signIn)
        return;
    // Destroying the sign-in closes its listener; its answer never comes.
    m_signIn.reset();
    setBusy(false);
    m_status->setText(tr("Sign-in cancelled."));
}

void AddAccountDialog::signedIn(const Result<SignedIn> &result, const QUrl &baseUrl)
{
    // Called from inside the sign-in object: it goes once control has left it.
    if (m_signIn)
        m_signIn.release()->deleteLater();
    if (!result) {
        setBusy(false);
        showError(tr("The sign-in did not complete: %1").arg(result.error().message));
        return;
    }
    store(baseUrl, *result);
}

void AddAccountDialog::store(const QUrl &baseUrl, const SignedIn &signedIn)
{
    setBusy(true);
    m_status->setText(tr("Storing the account\u2026"));
    AccountRecord account;
    account.platform = platform();
    account.baseUrl = baseUrl.toString();
    account.user = signedIn.user;
    const QPointer<AddAccountDialog> self(this);
    m_services.enroll(account, signedIn, [self, account](const Result<qint64> &id) {
        if (!self)
            return;
        self->setBusy(false);
        if (!id) {
            self->showError(id.error().message);
            return;
        }
        self->m_token->clear();
        Q_EMIT self->added(*id, account.title());
        self->accept();
    });
}

}  // namespace earshot
