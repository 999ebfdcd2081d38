// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace earshot {

struct SyncSummary;

// Status bar part that follows feed sync: "3/10 sources" with a bar and a cancel button
// while a pass runs, then what it brought, with the failures in plain words and a button
// to retry only those.
class SyncStatus : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatus(QWidget *parent = nullptr);

    void started();
    void progress(int done, int total, qint64 newItems);
    void finished(const SyncSummary &summary);
    // A sync could not run at all (the database cannot be written).
    void failed(const QString &message);

    QString message() const;
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    QToolButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void cancelRequested();
    void retryFailedRequested();

private:
    void showMessage(const QString &text, bool error);

    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_dismiss = nullptr;
};

}  // namespace earshot
