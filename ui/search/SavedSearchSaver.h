// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Shortcuts.h"

#include <QObject>

class QAction;
class QWidget;

namespace earshot {

class AsyncWorkspace;
class SearchBar;

// Saves the search bar's query under a name the user gives, so it appears in the sidebar
// (AsyncWorkspace::savedSearchesChanged refreshes it). The name dialog does not block.
class SavedSearchSaver : public QObject {
    Q_OBJECT
public:
    // `shortcut` gives the keys and text of the window action that asks.
    SavedSearchSaver(AsyncWorkspace &workspace, SearchBar &bar, QWidget &window,
                     const ShortcutEntry &shortcut);

    QAction *action() const { return m_action; }

    // Asks for a name for the bar's current query.
    void ask();
    void save(const QString &name, const QString &query);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void saved(qint64 id, const QString &name);

private:
    AsyncWorkspace &m_workspace;
    SearchBar &m_bar;
    QWidget &m_window;
    QAction *m_action = nullptr;
};

}  // namespace earshot
