// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace earshot {

class SourceManager;
class SyncController;

// The window's source commands: "Add Source…" (the dialog with discovery and preview),
// and OPML import and export. New sources are synced at once through the controller.
// Results and errors are reported with message(); the window shows them.
class SourceActions : public QObject {
    Q_OBJECT
public:
    // Asks for a file: (parent, caption, save?) -> path, empty when the user cancelled.
    using FileChooser = std::function<QString(QWidget *, const QString &caption, bool save)>;

    SourceActions(SourceManager &sources, SyncController &sync, QWidget *window);

    QAction *addSourceAction() const { return m_addSource; }
    QAction *importOpmlAction() const { return m_importOpml; }
    QAction *exportOpmlAction() const { return m_exportOpml; }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    void importOpml(const QString &path);
    void exportOpml(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    void showAddSource();

    SourceManager &m_sources;
    SyncController &m_sync;
    QWidget *m_window;
    FileChooser m_chooseFile;
    QAction *m_addSource = nullptr;
    QAction *m_importOpml = nullptr;
    QAction *m_exportOpml = nullptr;
};

}  // namespace earshot
