// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notify/RuleNotifier.h"

#include "core/services/AsyncJobs.h"
#include "core/services/NotificationService.h"

namespace earshot {

namespace {
constexpr int kDebounceMs = 500;  // one look for a burst of stored pages
constexpr int kTakeAtOnce = 200;
}  // namespace

RuleNotifier::RuleNotifier(AsyncWorkspace &workspace, Presenter present, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_present(std::move(present))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RuleNotifier::check);
    const auto later = [this] { m_debounce.start(); };
    // Rules run when items are stored (sync, import, capture) and when applied by hand.
    connect(&m_workspace, &AsyncWorkspace::contentChanged, this, later);
    connect(&m_workspace, &AsyncWorkspace::itemsChanged, this, later);
}

std::vector<std::pair<QString, QString>> RuleNotifier::messagesFor(
    const std::vector<RuleNotification> &notifications)
{
    std::vector<std::pair<QString, QString>> messages;
    const std::size_t separate = notifications.size() <= std::size_t(kShownSeparately + 1)
                                     ? notifications.size()
                                     : std::size_t(kShownSeparately);
    for (std::size_t i = 0; i < separate; ++i) {
        const RuleNotification &n = notifications[i];
        const QString title = n.message.isEmpty()
                                  ? (n.ruleName.isEmpty() ? tr("A rule matched") : n.ruleName)
                                  : n.message;
        messages.push_back({title, n.itemTitle});
    }
    if (separate < notifications.size()) {
        const int rest = int(notifications.size() - separate);
        messages.push_back(
            {tr("%n more notification(s)", nullptr, rest),
             tr("Rules matched %n more item(s); filter the inbox to see them.", nullptr, rest)});
    }
    return messages;
}

void RuleNotifier::check()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    async::run<std::vector<RuleNotification>>(
        m_workspace, &AsyncWorkspace::postWrite, this,
        [this](Result<std::vector<RuleNotification>> taken) {
            m_inFlight = false;
            if (taken && !taken->empty()) {
                for (const auto &[title, body] : messagesFor(*taken))
                    m_present(title, body);
                Q_EMIT shown(int(taken->size()));
            }
            if (m_again) {
                m_again = false;
                check();
            }
        },
        [](Database &db) { return NotificationService(db).takeUnseen(kTakeAtOnce); });
}

}  // namespace earshot
