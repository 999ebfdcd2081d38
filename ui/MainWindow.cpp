// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/services/AsyncWorkspace.h"
#include "core/sync/AccountServices.h"
#include "core/sync/OnlineServices.h"
#include "ui/FirstRunOffer.h"
#include "ui/InboxActions.h"
#include "ui/InboxFocus.h"
#include "ui/InboxListView.h"
#include "ui/Prompter.h"
#include "ui/accounts/AccountsAction.h"
#include "ui/columns/PlatformColumns.h"
#include "ui/delegates/SidebarDelegate.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/models/InboxModel.h"
#include "ui/models/SidebarModel.h"
#include "ui/notify/RuleNotifier.h"
#include "ui/rules/RulesAction.h"
#include "ui/search/SavedSearchSaver.h"
#include "ui/sources/SourceActions.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatus.h"
#include "ui/triage/TriageController.h"
#include "ui/watch/WatchActions.h"
#include "ui/widgets/ContentBrowser.h"
#include "ui/widgets/ImportStatus.h"
#include "ui/widgets/QuickReplyBox.h"
#include "ui/widgets/ReadingPane.h"
#include "ui/widgets/SearchBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace earshot {

MainWindow::MainWindow(AsyncWorkspace &workspace, QSettings &settings, Prompter &prompter,
                       QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent),
      m_workspace(workspace),
      m_settings(settings),
      m_prompter(prompter),
      m_shortcuts(shortcutTable())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Earshot"));
    m_sidebar = new SidebarModel(m_workspace, this);
    m_inbox = new InboxModel(m_workspace, this);
    if (network)
        m_online = std::make_unique<OnlineServices>(m_workspace, *network);
    buildLayout();
    m_actions = new InboxActions(*m_inbox, *m_inboxView, this);
    m_actions->setMarkReadDelay(m_settings.markReadDelayMs());
    m_focus = new InboxFocus(*m_actions, *m_inboxView, this);
    buildActions();
    m_triage = new TriageController(m_workspace, *m_focus, *this, m_shortcuts);
    m_searchSaver = new SavedSearchSaver(m_workspace, *m_search, *this,
                                         shortcutFor(Command::SaveSearch, m_shortcuts));
    const auto showStatus = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_triage, &TriageController::statusMessage, this, showStatus);
    connect(m_searchSaver, &SavedSearchSaver::statusMessage, this, showStatus);
    m_watch = new WatchActions(m_workspace, *this, m_shortcuts);
    connect(m_watch, &WatchActions::statusMessage, this, showStatus);
    // Rules' "notify" action: a balloon from the system tray where the desktop has one,
    // else the status bar.
    m_notifier = new RuleNotifier(
        m_workspace,
        [this](const QString &title, const QString &body) {
            if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
                if (!m_tray) {
                    m_tray = new QSystemTrayIcon(windowIcon(), this);
                    m_tray->setToolTip(tr("Earshot"));
                    m_tray->show();
                }
                m_tray->showMessage(title, body);
                return;
            }
            statusBar()->showMessage(body.isEmpty() ? title : tr("%1: %2").arg(title, body), 15000);
        },
        this);
    QTimer::singleShot(0, m_notifier, &RuleNotifier::check);  // raised while the app was closed
    connect(m_triage, &TriageController::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    buildSync();
    buildMenus();

    connect(m_actions, &InboxActions::currentItemChanged, this,
            [this](qint64 id) { showCurrentItem(*m_actions, id); });
    connect(m_inboxView, &QListView::activated, this, [this] { openCurrentItem(*m_actions); });
    connect(m_pane, &ReadingPane::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_pane, &ReadingPane::toggleSavedRequested, this,
            [this] { m_focus->actions().toggleSaved(); });
    connect(m_pane->quickReply(), &QuickReplyBox::composeRequested, m_triage,
            [this](qint64, const QString &text) { m_triage->openComposerWith(text); });
    connect(m_search, &SearchBar::queryChanged, this, &MainWindow::applyFilter);
    connect(m_search, &SearchBar::leaveRequested, this, [this] { m_inboxView->setFocus(); });
    connect(m_sidebarView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString key = current.data(SidebarModel::KeyRole).toString();
                if (key == m_sidebarKey)
                    return;
                m_sidebarKey = key;
                applyFilter();
            });
    // The sidebar's rows may be rebuilt when sources or tags appear; keep the same view.
    connect(m_sidebar, &QAbstractItemModel::modelReset, this,
            [this] { selectSidebarKey(m_sidebarKey); });
    connect(m_inbox, &InboxModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not load the inbox: %1").arg(message));
    });

    m_importStatus = new ImportStatus(m_workspace, this);
    statusBar()->addPermanentWidget(m_importStatus);
    statusBar()->addPermanentWidget(m_watch->reminderButton());

    m_firstRun = new FirstRunOffer(m_workspace, m_prompter, this, FirstRunOffer::kSamplePath, this);
    connect(m_firstRun, &FirstRunOffer::sampleImportStarted, m_importStatus,
            &ImportStatus::started);

    restoreWindow();
    applyFilter();
    m_sidebar->refresh();
    // Asked from the event loop so the window is up before a question appears.
    QTimer::singleShot(0, m_firstRun, &FirstRunOffer::check);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_sidebarView = new QListView(this);
    m_sidebarView->setObjectName(QStringLiteral("sidebar"));
    m_sidebarView->setModel(m_sidebar);
    m_sidebarView->setItemDelegate(new SidebarDelegate(m_sidebarView));
    m_sidebarView->setFrameShape(QFrame::NoFrame);
    m_sidebarView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebarView->setMinimumWidth(150);

    m_inboxView = new QListView(this);
    m_inboxView->setObjectName(QStringLiteral("inboxList"));
    m_inboxView->setModel(m_inbox);
    configureInboxView(*m_inboxView);

    m_search = new SearchBar(this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 6, 0, 0);
    centreLayout->setSpacing(4);
    centreLayout->addWidget(m_search);
    // The single list, or the columns per platform once asked for (built on first use).
    m_centreStack = new QStackedWidget(centre);
    m_centreStack->addWidget(m_inboxView);
    centreLayout->addWidget(m_centreStack, 1);

    m_pane = new ReadingPane(m_workspace, m_online ? &m_online->images() : nullptr, this);
    m_pane->setObjectName(QStringLiteral("readingPane"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebarView);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 460, 640});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

QAction *MainWindow::action(Command command) const
{
    const auto found = m_commandActions.find(command);
    return found == m_commandActions.end() ? nullptr : found->second;
}

void MainWindow::buildActions()
{
    const std::map<Command, std::function<void()>> handlers = {
        {Command::NextItem, [this] { m_focus->actions().moveBy(1); }},
        {Command::PreviousItem, [this] { m_focus->actions().moveBy(-1); }},
        {Command::OpenOriginal, [this] { openOriginal(); }},
        {Command::ToggleSaved, [this] { m_focus->actions().toggleSaved(); }},
        {Command::ToggleRead, [this] { m_focus->actions().toggleRead(); }},
        {Command::ToggleColumns, [this] { setColumnsLayout(!m_settings.columnsLayout()); }},
        {Command::FocusSearch, [this] { m_search->focusField(); }},
        {Command::ImportFile,
         [this] {
             const QString path = m_prompter.chooseImportFile(this);
             if (!path.isEmpty())
                 importFile(path);
         }},
        {Command::ShowShortcuts, [this] { showShortcuts(); }},
        {Command::Quit, [this] { close(); }},
    };
    for (const ShortcutEntry &entry : m_shortcuts) {
        const auto handler = handlers.find(entry.command);
        if (handler == handlers.end())
            continue;  // handled by a widget itself (Enter, Escape)
        auto *action = new QAction(entry.description, this);
        action->setShortcuts(entry.keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, handler->second);
        addAction(action);  // shortcuts work without the menu being open or shown
        m_commandActions.emplace(entry.command, action);
    }
    action(Command::ImportFile)->setText(tr("&Import JSON Lines\u2026"));
    action(Command::ShowShortcuts)->setText(tr("&Keyboard Shortcuts"));
    action(Command::Quit)->setText(tr("&Quit"));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Command::ImportFile));
    QAction *sample = file->addAction(tr("Load &Sample Workspace"));
    connect(sample, &QAction::triggered, this, [this] { importFile(FirstRunOffer::kSamplePath); });
    if (m_sourceActions) {
        file->addSeparator();
        file->addAction(m_sourceActions->importOpmlAction());
        file->addAction(m_sourceActions->exportOpmlAction());
    }
    file->addSeparator();
    QAction *settings = file->addAction(tr("S&ettings\u2026"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(action(Command::Quit));

    QMenu *item = menuBar()->addMenu(tr("&Item"));
    for (const Command c : {Command::NextItem, Command::PreviousItem, Command::OpenOriginal,
                            Command::ToggleSaved, Command::ToggleRead, Command::FocusSearch})
        item->addAction(action(c));
    item->addAction(m_searchSaver->action());
    m_triage->addMenu(*menuBar());
    // Rules are triage in bulk: their entry joins the Triage menu just added.
    menuBar()->actions().constLast()->menu()->addAction(
        new RulesAction(m_workspace, m_prompter, this));

    if (m_sync) {
        QMenu *sources = menuBar()->addMenu(tr("&Sources"));
        sources->addAction(m_sourceActions->addSourceAction());
        sources->addSeparator();
        for (QAction *a :
             {m_sync->syncNowAction(), m_sync->retryFailedAction(), m_sync->cancelAction()})
            sources->addAction(a);
        sources->addSeparator();
        m_accountsAction = new AccountsAction(m_workspace, m_online->accounts(), m_prompter, this);
        sources->addAction(m_accountsAction);
    }

    m_watch->addMenu(*menuBar());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *columns = action(Command::ToggleColumns);
    columns->setText(tr("&Columns by Platform"));
    columns->setCheckable(true);
    columns->setChecked(m_settings.columnsLayout());
    view->addAction(columns);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(Command::ShowShortcuts));
    QAction *about = help->addAction(tr("&About Earshot"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::importFile(const QString &path)
{
    if (m_workspace.isImporting()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    m_workspace.importFile(path);
    m_importStatus->started();
}

void MainWindow::applyFilter()
{
    const int row = m_sidebar->rowOfKey(m_sidebarKey);
    InboxFilter filter = m_sidebar->filterAt(row >= 0 ? row : 1);
    m_search->applyTo(filter);
    m_inbox->setFilter(filter);
    if (m_columns)
        m_columns->setFilter(filter);
}

void MainWindow::setColumnsLayout(bool columns)
{
    m_settings.setColumnsLayout(columns);
    if (QAction *toggle = action(Command::ToggleColumns))
        toggle->setChecked(columns);
    if (columns && !m_columns) {
        m_columns = new PlatformColumns(m_workspace, *m_sidebar, m_centreStack);
        m_columns->setMarkReadDelay(m_settings.markReadDelayMs());
        m_centreStack->addWidget(m_columns);
        connect(m_columns, &PlatformColumns::focused, m_focus, &InboxFocus::set);
        connect(m_columns, &PlatformColumns::currentItemChanged, this,
                &MainWindow::showCurrentItem);
        connect(m_columns, &PlatformColumns::itemActivated, this, &MainWindow::openCurrentItem);
        applyFilter();
    }
    QWidget *shown = columns ? static_cast<QWidget *>(m_columns) : m_inboxView;
    const bool changed = m_centreStack->currentWidget() != shown;
    m_centreStack->setCurrentWidget(shown);
    if (changed && isVisible()) {
        // Columns need the width: the centre takes what the sidebar and a readable pane
        // leave, and the single list gets its old share back.
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1) + sizes.value(2);
        const int pane = columns ? std::min(sizes.value(2), 420) : total * 3 / 5;
        m_splitter->setSizes({sizes.value(0), total - sizes.value(0) - pane, pane});
    }
    if (!columns)
        m_focus->set(*m_actions, *m_inboxView);
    else if (m_columns->columnCount() > 0)
        m_focus->set(*m_columns->actionsAt(0), *m_columns->viewAt(0));
}

void MainWindow::showCurrentItem(InboxActions &source, qint64 id)
{
    if (&source != &m_focus->actions())
        return;  // a list the user is not working in
    if (id != 0)
        m_pane->showItem(id);
    else
        m_pane->clear();
}

void MainWindow::openCurrentItem(InboxActions &source)
{
    source.markCurrentRead();
    m_pane->browser()->setFocus();
}

void MainWindow::selectSidebarKey(const QString &key)
{
    int row = m_sidebar->rowOfKey(key);
    if (row < 0)
        row = m_sidebar->rowOfKey(QStringLiteral("view:all"));
    if (row < 0)
        return;
    m_sidebarView->selectionModel()->setCurrentIndex(m_sidebar->index(row),
                                                     QItemSelectionModel::ClearAndSelect);
}

void MainWindow::restoreWindow()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1300, 820);
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
    const QString key = m_settings.lastSidebarKey();
    if (!key.isEmpty())
        m_sidebarKey = key;
    selectSidebarKey(m_sidebarKey);
    if (m_settings.columnsLayout())
        setColumnsLayout(true);
}

void MainWindow::saveWindow()
{
    m_settings.saveWindow(saveGeometry(), saveState(), m_splitter->saveState(), m_sidebarKey);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindow();
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcuts, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (m_columns)
        connect(&dialog, &SettingsDialog::markReadDelayChanged, m_columns,
                &PlatformColumns::setMarkReadDelay);
    connect(&dialog, &SettingsDialog::markReadDelayChanged, m_actions,
            &InboxActions::setMarkReadDelay);
    connect(&dialog, &SettingsDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language applies when Earshot starts again."), 8000);
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Earshot"),
                       tr("<b>Earshot</b> %1<br>Mentions, comments and feeds from many platforms "
                          "in one inbox.<br>Licensed under the GNU GPL, version 3 or later.")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::openOriginal()
{
    if (m_pane->itemId() != 0 && m_pane->itemId() == m_focus->actions().currentId())
        m_pane->openOriginal();
}

// Feed sync and sources need the network: without one (tests of other parts) the window
// simply has no such commands.
void MainWindow::buildSync()
{
    if (!m_online)
        return;
    m_sync = new SyncController(m_online->sync(), *m_sidebar, this);
    statusBar()->addPermanentWidget(m_sync->status());
    m_sourceActions = new SourceActions(m_online->sources(), *m_sync, this);
    connect(m_sourceActions, &SourceActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // A source's own commands (sync it, edit, remove) on its sidebar row.
    m_sidebarView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebarView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_sidebarView->indexAt(at);
        const std::optional<SourceRecord> source = m_sidebar->sourceAt(index.row());
        QMenu menu(this);
        if (source) {
            m_sourceActions->addSourceCommands(menu, *source);
        } else if (const QString key = index.data(SidebarModel::KeyRole).toString();
                   key.startsWith(QLatin1String("account:")) && m_accountsAction) {
            // An account row: its management is in the accounts dialog, opened on it.
            const qint64 id = key.mid(8).toLongLong();
            connect(menu.addAction(tr("Manage &Account\u2026")), &QAction::triggered, this,
                    [this, id] { m_accountsAction->openDialog(id); });
        } else {
            return;
        }
        menu.exec(m_sidebarView->viewport()->mapToGlobal(at));
    });
    // Account sync failures (a missing keychain among them) and replies sent or not.
    connect(&m_online->accounts(), &AccountServices::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    // Each pass updates the accounts' health in the sidebar, new items or not.
    connect(&m_online->accounts(), &AccountServices::accountsSynced, m_sidebar,
            [this] { m_sidebar->refresh(); });
}

void MainWindow::startBackgroundSync()
{
    if (m_sync)
        m_sync->startScheduler();
}

}  // namespace earshot
