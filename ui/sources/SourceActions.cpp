// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/SourceActions.h"

#include "core/sync/SourceManager.h"
#include "ui/Shortcuts.h"
#include "ui/sources/AddSourceDialog.h"
#include "ui/sources/EditSourceDialog.h"
#include "ui/sync/SyncController.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace earshot {

namespace {

QString chooseWithDialog(QWidget *parent, const QString &caption, bool save)
{
    const QString filter =
        SourceActions::tr("OPML subscription lists (*.opml *.xml);;All files (*)");
    return save
               ? QFileDialog::getSaveFileName(
                     parent, caption, QDir::home().filePath(QStringLiteral("earshot.opml")), filter)
               : QFileDialog::getOpenFileName(parent, caption, QDir::homePath(), filter);
}

bool confirmWithDialog(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, SourceActions::tr("Remove Source"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

}  // namespace

SourceActions::SourceActions(SourceManager &sources, SyncController &sync, QWidget *window)
    : QObject(window),
      m_sources(sources),
      m_sync(sync),
      m_window(window),
      m_chooseFile(chooseWithDialog),
      m_confirm(confirmWithDialog)
{
    m_addSource = new QAction(tr("&Add Source\u2026"), this);
    m_addSource->setObjectName(QStringLiteral("addSourceAction"));
    m_addSource->setShortcuts(shortcutFor(Command::AddSource, shortcutTable()).keys);
    m_addSource->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_addSource);
    m_importOpml = new QAction(tr("Import &OPML\u2026"), this);
    m_importOpml->setObjectName(QStringLiteral("importOpmlAction"));
    m_exportOpml = new QAction(tr("E&xport OPML\u2026"), this);
    m_exportOpml->setObjectName(QStringLiteral("exportOpmlAction"));

    connect(m_addSource, &QAction::triggered, this, &SourceActions::showAddSource);
    connect(m_importOpml, &QAction::triggered, this, [this] {
        const QString path = m_chooseFile(m_window, tr("Import OPML"), false);
        if (!path.isEmpty())
            importOpml(path);
    });
    connect(m_exportOpml, &QAction::triggered, this, [this] {
        const QString path = m_chooseFile(m_window, tr("Export OPML"), true);
        if (!path.isEmpty())
            exportOpml(path);
    });
}

void SourceActions::showAddSource()
{
    AddSourceDialog dialog(m_sources, m_window);
    connect(&dialog, &AddSourceDialog::sourceAdded, this, [this](const AddedSource &source) {
        Q_EMIT message(tr("Added %1; fetching it now.").arg(source.address));
        m_sync.syncDue();  // a new source is due at once
    });
    dialog.exec();
}

void SourceActions::importOpml(const QString &path)
{
    m_sources.importOpml(path, this, [this](Result<OpmlImportReport> report) {
        if (!report) {
            Q_EMIT message(tr("OPML import failed: %1").arg(report.error().message));
            return;
        }
        Q_EMIT message(tr("%n source(s) added", nullptr, report->added) + QStringLiteral(", ") +
                       tr("%n already there", nullptr, report->existing));
        if (report->added > 0)
            m_sync.syncDue();
    });
}

void SourceActions::exportOpml(const QString &path)
{
    m_sources.exportOpml(path, tr("Earshot sources"), this, [this, path](Result<int> written) {
        if (!written) {
            Q_EMIT message(tr("OPML export failed: %1").arg(written.error().message));
            return;
        }
        Q_EMIT message(tr("%n source(s) written to %1", nullptr, *written).arg(path));
    });
}

void SourceActions::addSourceCommands(QMenu &menu, const SourceRecord &source)
{
    if (source.kind == source_kind::Feed) {
        QAction *sync = menu.addAction(tr("S&ync This Source"));
        sync->setObjectName(QStringLiteral("syncSourceAction"));
        connect(sync, &QAction::triggered, this, [this, source] { syncSource(source); });
    }
    QAction *edit = menu.addAction(tr("&Edit Source\u2026"));
    edit->setObjectName(QStringLiteral("editSourceAction"));
    connect(edit, &QAction::triggered, this, [this, source] { editSource(source); });
    QAction *remove = menu.addAction(tr("&Remove Source\u2026"));
    remove->setObjectName(QStringLiteral("removeSourceAction"));
    connect(remove, &QAction::triggered, this, [this, source] { removeSource(source); });
}

void SourceActions::syncSource(const SourceRecord &source)
{
    if (!m_sync.syncSource(source.id))
        Q_EMIT message(tr("A sync is running; try again when it is done."));
}

void SourceActions::editSource(const SourceRecord &source)
{
    auto *dialog = new EditSourceDialog(source, m_sources, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        const SourceEdit edit = dialog->edit();
        m_sources.editSource(source.id, edit, this, [this, source](Result<bool> changed) {
            if (!changed)
                Q_EMIT message(tr("%1 could not be changed: %2")
                                   .arg(source.displayTitle(), changed.error().message));
            else if (!*changed)
                Q_EMIT message(tr("%1 is no longer there.").arg(source.displayTitle()));
        });
    });
    dialog->open();
}

void SourceActions::removeSource(const SourceRecord &source)
{
    const QString question =
        tr("Remove %1 and the %n item(s) stored from it? Their tags, notes and history go "
           "with them. To keep them, edit the source and turn fetching off instead.",
           nullptr, static_cast<int>(source.itemCount))
            .arg(source.displayTitle());
    if (!m_confirm(m_window, question))
        return;
    m_sources.removeSource(source.id, this, [this, source](Result<bool> removed) {
        if (!removed)
            Q_EMIT message(tr("%1 could not be removed: %2")
                               .arg(source.displayTitle(), removed.error().message));
        else
            Q_EMIT message(tr("Removed %1.").arg(source.displayTitle()));
    });
}

}  // namespace earshot
