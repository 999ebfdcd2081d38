// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncStatus.h"

#include "core/sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace earshot {

SyncStatus::SyncStatus(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncMessage"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this sync; what was already fetched is kept"));
    m_retry = new QToolButton(this);
    m_retry->setObjectName(QStringLiteral("syncRetryFailed"));
    m_retry->setText(tr("Retry Failed"));
    m_retry->setToolTip(tr("Fetch again only the sources that failed"));
    m_dismiss = new QToolButton(this);
    m_dismiss->setText(QStringLiteral("\u00d7"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_retry);
    layout->addWidget(m_dismiss);
    m_progress->hide();
    m_cancel->hide();
    m_retry->hide();
    m_dismiss->hide();
    m_label->hide();

    connect(m_cancel, &QToolButton::clicked, this, &SyncStatus::cancelRequested);
    connect(m_retry, &QToolButton::clicked, this, &SyncStatus::retryFailedRequested);
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_retry->hide();
        showMessage({}, false);
    });
}

QString SyncStatus::message() const
{
    return m_label->text();
}

void SyncStatus::started()
{
    showMessage(tr("Syncing\u2026"), false);
    m_dismiss->hide();
    m_retry->hide();
    m_progress->setRange(0, 0);  // busy until the pass knows its sources
    m_progress->setFormat(QString());
    m_progress->show();
    m_cancel->show();
}

void SyncStatus::progress(int done, int total, qint64 newItems)
{
    if (!m_progress->isVisible())
        started();
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1/%2 sources").arg(done).arg(total));
    const int fresh = int(newItems);
    m_label->setText(tr("Syncing: %n new item(s)", nullptr, fresh));
}

void SyncStatus::finished(const SyncSummary &summary)
{
    m_progress->hide();
    m_cancel->hide();
    if (summary.error) {
        showMessage(tr("Sync failed: %1").arg(summary.error->message), true);
        return;
    }
    const int fresh = int(summary.newItems);
    QString text = summary.cancelled ? tr("Sync cancelled: %n new item(s)", nullptr, fresh)
                                     : tr("Synced: %n new item(s)", nullptr, fresh);
    if (summary.total == 0)
        text = tr("No feed sources to sync");
    const int failed = summary.failed();
    if (failed > 0) {
        text += QStringLiteral("; ") + tr("%n source(s) failed", nullptr, failed);
        m_label->setToolTip(failed == 1
                                ? summary.failures.front().error->message
                                : tr("Hover over the red sources in the sidebar to see why."));
    } else {
        m_label->setToolTip({});
    }
    showMessage(text, failed > 0);
    m_retry->setVisible(failed > 0);
}

void SyncStatus::failed(const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    showMessage(tr("Sync failed: %1").arg(message), true);
}

void SyncStatus::showMessage(const QString &text, bool error)
{
    m_label->setText(text);
    m_label->setStyleSheet(error
                               ? QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                                "padding: 1px 6px; border-radius: 3px;")
                               : QString());
    m_label->setVisible(!text.isEmpty());
    m_dismiss->setVisible(!text.isEmpty());
}

}  // namespace earshot
