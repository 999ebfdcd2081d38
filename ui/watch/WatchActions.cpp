// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/WatchActions.h"

#include "core/services/AsyncWatch.h"
#include "ui/watch/CaptureDialog.h"
#include "ui/watch/WatchListDialog.h"
#include "ui/watch/WatchReminder.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

namespace earshot {

namespace {

QAction *windowAction(const QString &text, const ShortcutEntry &shortcut, QWidget &window,
                      QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(shortcut.keys);
    action->setShortcutContext(Qt::WindowShortcut);
    window.addAction(action);  // the keys work without the menu
    return action;
}

}  // namespace

WatchActions::WatchActions(AsyncWorkspace &workspace, QWidget &window,
                           const std::vector<ShortcutEntry> &shortcuts)
    : QObject(&window), m_window(window)
{
    m_watch = new AsyncWatch(workspace, {}, this);
    m_reminder = new WatchReminder(*m_watch, this);

    m_listAction = windowAction(tr("&Watch List\u2026"), shortcutFor(Command::WatchList, shortcuts),
                                window, this);
    m_captureAction = windowAction(tr("Quick &Capture\u2026"),
                                   shortcutFor(Command::QuickCapture, shortcuts), window, this);
    connect(m_listAction, &QAction::triggered, this, &WatchActions::showWatchList);
    connect(m_captureAction, &QAction::triggered, this, &WatchActions::showCapture);

    m_button = new QToolButton(&window);
    m_button->setObjectName(QStringLiteral("watchReminderButton"));
    m_button->setAutoRaise(true);
    m_button->hide();
    connect(m_button, &QToolButton::clicked, this, &WatchActions::showWatchList);

    connect(m_reminder, &WatchReminder::dueChanged, this, &WatchActions::showDue);
    connect(m_watch, &AsyncWatch::captured, this,
            [this] { Q_EMIT statusMessage(tr("The captured mention is in the inbox.")); });
    m_reminder->start();
}

void WatchActions::addMenu(QMenuBar &bar)
{
    QMenu *menu = bar.addMenu(tr("&Watch"));
    menu->addAction(m_listAction);
    menu->addAction(m_captureAction);
}

WatchListDialog *WatchActions::showWatchList()
{
    if (!m_list) {
        m_list = new WatchListDialog(*m_watch, &m_window);
        m_list->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
    return m_list;
}

CaptureDialog *WatchActions::showCapture()
{
    auto *dialog = new CaptureDialog(*m_watch, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void WatchActions::showDue(int count, const QList<qint64> &newlyDue)
{
    m_button->setVisible(count > 0);
    m_button->setText(tr("%n watched site(s) due", nullptr, count));
    m_button->setToolTip(tr("Open the watch list"));
    // Said once when a site falls due; the button stays as the quiet reminder.
    if (!newlyDue.isEmpty())
        Q_EMIT statusMessage(tr("%n watched site(s) due for a look.", nullptr, count));
}

}  // namespace earshot
