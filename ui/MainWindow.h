// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Shortcuts.h"
#include "ui/UiSettings.h"

#include <QMainWindow>

#include <map>
#include <memory>

class QAction;
class QListView;
class QNetworkAccessManager;
class QSettings;
class QSplitter;
class QStackedWidget;

class QSystemTrayIcon;

namespace earshot {

class AccountsAction;
class AsyncWorkspace;
class FirstRunOffer;
class ImportStatus;
class InboxActions;
class InboxFocus;
class InboxModel;
class OnlineServices;
class PlatformColumns;
class Prompter;
class ReadingPane;
class SearchBar;
class SavedSearchSaver;
class SidebarModel;
class SourceActions;
class SyncController;
class TriageController;
class RuleNotifier;
class WatchActions;

// The main window: sidebar of views, inbox list and reading pane side by side, search on
// top, import progress below. It only builds and wires the parts; each part does its
// own job. All database work goes through the AsyncWorkspace it is given.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `network` (may be null) fetches remote images the user asked for.
    MainWindow(AsyncWorkspace &workspace, QSettings &settings, Prompter &prompter,
               QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxModel *inboxModel() const { return m_inbox; }
    SidebarModel *sidebarModel() const { return m_sidebar; }
    InboxActions *inboxActions() const { return m_actions; }
    TriageController *triage() const { return m_triage; }
    QAction *action(Command command) const;
    // Feed sync and sources; null when the window has no network.
    SyncController *syncController() const { return m_sync; }
    SourceActions *sourceActions() const { return m_sourceActions; }
    // The inbox as one column per platform; null until first shown.
    PlatformColumns *platformColumns() const { return m_columns; }
    InboxFocus *inboxFocus() const { return m_focus; }
    WatchActions *watchActions() const { return m_watch; }
    RuleNotifier *ruleNotifier() const { return m_notifier; }
    // "Accounts…" in the Sources menu; null when the window has no network.
    AccountsAction *accountsAction() const { return m_accountsAction; }
    void setColumnsLayout(bool columns);
    // Starts fetching feed sources as they fall due (the running app).
    void startBackgroundSync();
    // Starts an import of `path` and shows its progress.
    void importFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void buildSync();
    void buildActions();
    void buildMenus();
    void applyFilter();
    void selectSidebarKey(const QString &key);
    void restoreWindow();
    void saveWindow();
    void showShortcuts();
    void showSettings();
    void showAbout();
    void openOriginal();
    void showCurrentItem(InboxActions &source, qint64 id);
    void openCurrentItem(InboxActions &source);

    AsyncWorkspace &m_workspace;
    UiSettings m_settings;
    Prompter &m_prompter;
    std::vector<ShortcutEntry> m_shortcuts;
    std::map<Command, QAction *> m_commandActions;

    SidebarModel *m_sidebar = nullptr;
    InboxModel *m_inbox = nullptr;
    QListView *m_sidebarView = nullptr;
    QListView *m_inboxView = nullptr;
    ReadingPane *m_pane = nullptr;
    SearchBar *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    ImportStatus *m_importStatus = nullptr;
    InboxActions *m_actions = nullptr;
    InboxFocus *m_focus = nullptr;  // the list the keyboard works on
    QStackedWidget *m_centreStack = nullptr;
    PlatformColumns *m_columns = nullptr;
    TriageController *m_triage = nullptr;  // triage keys, reply composer
    SavedSearchSaver *m_searchSaver = nullptr;
    FirstRunOffer *m_firstRun = nullptr;
    std::unique_ptr<OnlineServices> m_online;  // HTTP for sync, sources and images
    SyncController *m_sync = nullptr;
    SourceActions *m_sourceActions = nullptr;
    WatchActions *m_watch = nullptr;     // sites watched by hand, quick capture
    RuleNotifier *m_notifier = nullptr;  // rules' desktop notifications
    QSystemTrayIcon *m_tray = nullptr;   // made when the first notification needs it
    AccountsAction *m_accountsAction = nullptr;
    QString m_sidebarKey = QStringLiteral("view:all");
};

}  // namespace earshot
