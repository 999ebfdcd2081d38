// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ImportStatus.h"

#include "core/services/AsyncWorkspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace earshot {

ImportStatus::ImportStatus(AsyncWorkspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("importMessage"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the import; nothing of it is kept"));
    m_dismiss = new QToolButton(this);
    m_dismiss->setText(QStringLiteral("\u00d7"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_dismiss);
    m_progress->hide();
    m_cancel->hide();
    m_dismiss->hide();

    connect(m_cancel, &QToolButton::clicked, &m_workspace, &AsyncWorkspace::cancelImport);
    connect(m_dismiss, &QToolButton::clicked, this, [this] { showMessage({}, false); });
    connect(&m_workspace, &AsyncWorkspace::importProgress, this, &ImportStatus::progress);
    connect(&m_workspace, &AsyncWorkspace::importFinished, this, &ImportStatus::done);
    connect(&m_workspace, &AsyncWorkspace::writeFailed, this, [this](const QString &message) {
        showMessage(tr("Could not save: %1").arg(message), true);
    });
}

QString ImportStatus::message() const
{
    return m_label->text();
}

void ImportStatus::started()
{
    showMessage(tr("Importing\u2026"), false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

void ImportStatus::progress(qint64 bytesRead, qint64 totalBytes, qint64 itemsStored)
{
    if (!m_progress->isVisible())
        started();
    if (totalBytes > 0) {
        // Per mille keeps the range inside int for files of any size.
        m_progress->setRange(0, 1000);
        m_progress->setValue(
            static_cast<int>(qBound(qint64(0), bytesRead * 1000 / totalBytes, qint64(1000))));
    }
    const int stored = int(itemsStored);
    m_progress->setFormat(tr("%Ln item(s)", nullptr, stored));
}

void ImportStatus::done(bool ok, const QString &summary, qint64)
{
    m_progress->hide();
    m_cancel->hide();
    if (ok)
        showMessage(summary, false);
    else
        showMessage(tr("Import failed: %1").arg(summary), true);
    Q_EMIT finished(ok, summary);
}

void ImportStatus::showMessage(const QString &text, bool error)
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
