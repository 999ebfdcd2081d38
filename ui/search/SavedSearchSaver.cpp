// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/SavedSearchSaver.h"

#include "core/services/AsyncWorkspace.h"
#include "ui/widgets/SearchBar.h"

#include <QAction>
#include <QInputDialog>

namespace earshot {

SavedSearchSaver::SavedSearchSaver(AsyncWorkspace &workspace, SearchBar &bar, QWidget &window,
                                   const ShortcutEntry &shortcut)
    : QObject(&window), m_workspace(workspace), m_bar(bar), m_window(window)
{
    m_action = new QAction(tr("Save the &Search\u2026"), this);
    m_action->setShortcuts(shortcut.keys);
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::triggered, this, &SavedSearchSaver::ask);
    m_window.addAction(m_action);
    connect(&m_bar, &SearchBar::saveRequested, this, &SavedSearchSaver::ask);
}

void SavedSearchSaver::ask()
{
    const QString query = m_bar.text();
    if (query.isEmpty() || !m_bar.isValid()) {
        Q_EMIT statusMessage(query.isEmpty()
                                 ? tr("Type a search to save first.")
                                 : tr("This query does not parse: %1").arg(m_bar.errorText()));
        return;
    }
    auto *dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("saveSearchDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Search"));
    dialog->setLabelText(tr("Name of the search \u201c%1\u201d:").arg(query));
    dialog->setTextValue(query.left(40));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, query](const QString &name) { save(name, query); });
    dialog->open();
}

void SavedSearchSaver::save(const QString &name, const QString &query)
{
    m_workspace.saveSearch(name, query, this, [this, name](Result<qint64> id) {
        if (!id) {
            Q_EMIT statusMessage(tr("Could not save the search: %1").arg(id.error().message));
            return;
        }
        Q_EMIT statusMessage(tr("Saved the search \u201c%1\u201d.").arg(name.trimmed()));
        Q_EMIT saved(*id, name.trimmed());
    });
}

}  // namespace earshot
