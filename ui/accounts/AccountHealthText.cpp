// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountHealthText.h"

#include "core/model/Platform.h"
#include "ui/TimeText.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace earshot::AccountHealthText {

namespace {

// The context is the one lupdate files these strings under (the enclosing namespace);
// `n` selects a plural form.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("earshot::AccountHealthText", text, disambiguation, n);
}

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

}  // namespace

QString summary(const AccountRecord &account, const QDateTime &now)
{
    if (!account.enabled)
        return tr("Disabled");
    if (account.consecutiveFailures > 0)
        return tr("Failing (%n time(s) in a row): %1", nullptr, account.consecutiveFailures)
            .arg(account.lastError.isEmpty() ? tr("no reason given") : account.lastError);
    if (account.lastSuccessMs > 0)
        return tr("Synced %1").arg(TimeText::relative(at(account.lastSuccessMs), now));
    return tr("Not synced yet");
}

QString details(const AccountRecord &account, const QDateTime &now)
{
    QStringList lines;
    lines << tr("%1 account %2 at %3")
                 .arg(Platform::displayName(account.platform), account.title(), account.baseUrl);
    if (!account.enabled)
        lines << tr("Disabled: it is not synced and sends no replies until enabled again.");
    if (account.lastSuccessMs > 0)
        lines << tr("Last synced %1.").arg(TimeText::absolute(at(account.lastSuccessMs)));
    else
        lines << tr("Never synced yet.");
    if (account.lastAttemptMs > 0 && account.lastAttemptMs != account.lastSuccessMs)
        lines << tr("Last attempt %1.").arg(TimeText::absolute(at(account.lastAttemptMs)));
    if (account.consecutiveFailures > 0) {
        lines << tr("Failed %n time(s) in a row.", nullptr, account.consecutiveFailures);
        if (!account.lastError.isEmpty())
            lines << tr("Last error: %1").arg(account.lastError);
    }
    if (account.retryAfterMs > now.toMSecsSinceEpoch())
        lines << tr("The platform asked to wait until %1.")
                     .arg(TimeText::absolute(at(account.retryAfterMs)));
    if (QUrl(account.baseUrl).scheme() == QLatin1String("http"))
        lines << tr(
            "Warning: this account uses plain http; its token crosses the network "
            "unencrypted.");
    return lines.join(QLatin1Char('\n'));
}

}  // namespace earshot::AccountHealthText
