// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/SourceActions.h"

#include "core/sync/SourceManager.h"
#include "ui/sources/AddSourceDialog.h"
#include "ui/sync/SyncController.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
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

}  // namespace

SourceActions::SourceActions(SourceManager &sources, SyncController &sync, QWidget *window)
    : QObject(window),
      m_sources(sources),
      m_sync(sync),
      m_window(window),
      m_chooseFile(chooseWithDialog)
{
    m_addSource = new QAction(tr("&Add Source\u2026"), this);
    m_addSource->setObjectName(QStringLiteral("addSourceAction"));
    m_addSource->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
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

}  // namespace earshot
