// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/NotificationRepository.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace earshot {

class AsyncWorkspace;

// Shows the desktop notifications rules raise ("notify" action) while the window is open:
// after new items arrive (rules run at ingest) and at start-up it takes the unseen ones
// from the store, marking them shown, and hands them to the presenter: the system tray's
// balloon where the desktop has one, else the status bar (MainWindow decides). A burst is
// folded into one message so a rule matching hundreds of items does not flood the desktop.
class RuleNotifier : public QObject {
    Q_OBJECT
public:
    // Shows one notification: a title and a body.
    using Presenter = std::function<void(const QString &title, const QString &body)>;

    RuleNotifier(AsyncWorkspace &workspace, Presenter present, QObject *parent = nullptr);

    // At most this many are shown one by one; the rest are summed up in one more.
    static constexpr int kShownSeparately = 3;

    // Looks for unseen notifications now.
    void check();
    // The title and body of each message shown for `notifications` (for tests).
    static std::vector<std::pair<QString, QString>> messagesFor(
        const std::vector<RuleNotification> &notifications);

Q_SIGNALS:
    // `count` notifications were shown (folded or not).
    void shown(int count);

private:
    AsyncWorkspace &m_workspace;
    Presenter m_present;
    QTimer m_debounce;
    bool m_inFlight = false;
    bool m_again = false;
};

}  // namespace earshot
