// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace earshot {

class SourceManager;
class SyncController;
struct SourceRecord;

// The window's source commands: "Add Source…" (the dialog with discovery and preview),
// OPML import and export, and one source's own commands (sync it now, edit, remove) for
// the sidebar's context menu. New sources are synced at once through the controller.
// Results and errors are reported with message(); the window shows them.
class SourceActions : public QObject {
    Q_OBJECT
public:
    // Asks for a file: (parent, caption, save?) -> path, empty when the user cancelled.
    using FileChooser = std::function<QString(QWidget *, const QString &caption, bool save)>;
    // Asks a yes/no question before something that cannot be undone.
    using Confirmer = std::function<bool(QWidget *, const QString &question)>;

    SourceActions(SourceManager &sources, SyncController &sync, QWidget *window);

    QAction *addSourceAction() const { return m_addSource; }
    QAction *importOpmlAction() const { return m_importOpml; }
    QAction *exportOpmlAction() const { return m_exportOpml; }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    void importOpml(const QString &path);
    void exportOpml(const QString &path);

    // One source's commands, as its context menu offers them.
    void addSourceCommands(QMenu &menu, const SourceRecord &source);
    void syncSource(const SourceRecord &source);
    void editSource(const SourceRecord &source);    // opens the dialog, stores on OK
    void removeSource(const SourceRecord &source);  // after the person confirmed

Q_SIGNALS:
    void message(const QString &text);

private:
    void showAddSource();

    SourceManager &m_sources;
    SyncController &m_sync;
    QWidget *m_window;
    FileChooser m_chooseFile;
    Confirmer m_confirm;
    QAction *m_addSource = nullptr;
    QAction *m_importOpml = nullptr;
    QAction *m_exportOpml = nullptr;
};

}  // namespace earshot
