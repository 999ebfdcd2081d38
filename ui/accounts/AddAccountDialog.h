// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/OAuthTypes.h"
#include "core/model/Result.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace earshot {

class AccountServices;

// Hands an address to the user's browser. The application opens the system browser;
// tests play the browser themselves.
using BrowserOpener = std::function<void(const QUrl &)>;

// Adds one platform account: the platform, its address when it has no fixed one, and
// either a pasted token (with the user name it belongs to) or, for Mastodon and Reddit, a
// sign-in in the browser. The token goes to the SecretStore and the account to the
// database through AccountServices::enroll, which undoes a half-done addition. While the
// browser is out, the dialog says so and Cancel gives the sign-in up.
class AddAccountDialog : public QDialog {
    Q_OBJECT
public:
    AddAccountDialog(AccountServices &services, BrowserOpener openBrowser,
                     QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    // Checks the form and adds the account (or starts the sign-in).
    void submit();
    // Gives a running sign-in up; the dialog stays open.
    void cancelSignIn();
    bool isSigningIn() const { return m_signIn != nullptr; }
    // Escape and Cancel give a running sign-in up first; then they close the dialog.
    void reject() override;

    void setPlatform(const QString &platform);
    QComboBox *platformBox() const { return m_platform; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QRadioButton *tokenChoice() const { return m_useToken; }
    QRadioButton *signInChoice() const { return m_useBrowser; }
    QLabel *insecureWarning() const { return m_insecure; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // The account is stored; the dialog closes.
    void added(qint64 accountId, const QString &title);
    // The addition failed; the message is shown in the dialog too.
    void failed(const QString &message);

private:
    QString platform() const;
    void updateForm();
    void showError(const QString &message);
    void startSignIn(const QUrl &baseUrl);
    void signedIn(const Result<SignedIn> &result, const QUrl &baseUrl);
    void store(const QUrl &baseUrl, const SignedIn &signedIn);
    void setBusy(bool busy);

    AccountServices &m_services;
    BrowserOpener m_openBrowser;
    std::unique_ptr<QObject> m_signIn;  // MastodonSignIn or RedditSignIn while it runs
    QComboBox *m_platform = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_insecure = nullptr;
    QRadioButton *m_useToken = nullptr;
    QRadioButton *m_useBrowser = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
    bool m_busy = false;
};

}  // namespace earshot
