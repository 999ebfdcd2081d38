// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace earshot {

class AsyncWorkspace;

// Status bar part that follows imports: a progress bar with a cancel button while one
// runs, then the summary, or a message that stays until dismissed when it failed.
class ImportStatus : public QWidget {
    Q_OBJECT
public:
    explicit ImportStatus(AsyncWorkspace &workspace, QWidget *parent = nullptr);

    // Shows the busy bar at once; progress signals only come every few thousand lines.
    void started();
    QProgressBar *progressBar() const { return m_progress; }
    QString message() const;

Q_SIGNALS:
    void finished(bool ok, const QString &summary);

private:
    void progress(qint64 bytesRead, qint64 totalBytes, qint64 itemsStored);
    void done(bool ok, const QString &summary, qint64 itemsStored);
    void showMessage(const QString &text, bool error);

    AsyncWorkspace &m_workspace;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_dismiss = nullptr;
};

}  // namespace earshot
