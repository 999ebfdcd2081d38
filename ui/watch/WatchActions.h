// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Shortcuts.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QAction;
class QMenuBar;
class QToolButton;
class QWidget;

namespace earshot {

class AsyncWatch;
class AsyncWorkspace;
class CaptureDialog;
class WatchListDialog;
class WatchReminder;

// The window's part of watching sites by hand: the Watch menu (watch list, quick
// capture), and a status-bar button that appears while sites are due and opens the list.
class WatchActions : public QObject {
    Q_OBJECT
public:
    WatchActions(AsyncWorkspace &workspace, QWidget &window,
                 const std::vector<ShortcutEntry> &shortcuts);

    AsyncWatch *watch() const { return m_watch; }
    WatchReminder *reminder() const { return m_reminder; }
    QAction *watchListAction() const { return m_listAction; }
    QAction *captureAction() const { return m_captureAction; }
    // Hidden while nothing is due; belongs in the status bar.
    QToolButton *reminderButton() const { return m_button; }

    void addMenu(QMenuBar &bar);
    // Shows the watch list (the open one, if any).
    WatchListDialog *showWatchList();
    CaptureDialog *showCapture();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showDue(int count, const QList<qint64> &newlyDue);

    QWidget &m_window;
    AsyncWatch *m_watch = nullptr;
    WatchReminder *m_reminder = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_captureAction = nullptr;
    QToolButton *m_button = nullptr;
    QPointer<WatchListDialog> m_list;
};

}  // namespace earshot
