// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/WatchRepository.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QUrl;

namespace earshot {

class AsyncWatch;
class CaptureDialog;
class WatchSiteDialog;

// The pages watched by hand: each with its platform, how often to look at it, when it was
// last looked at and when it is due; due ones come first and stand out. Add, edit and
// remove sites; Open shows the page in the browser and records the look; Capture opens
// quick capture for a mention found there.
class WatchListDialog : public QDialog {
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;
    using Clock = std::function<qint64()>;  // ms since the epoch

    explicit WatchListDialog(AsyncWatch &watch, QWidget *parent = nullptr);

    // How pages are opened (the system browser unless tests say otherwise).
    void setUrlOpener(UrlOpener opener);
    // What "now" is for which sites are due.
    void setClock(Clock clock);

    void reload();
    // The sites as listed: due ones first.
    const std::vector<WatchedSite> &sites() const { return m_sites; }
    bool isDue(const WatchedSite &site) const;
    qint64 currentId() const;
    void selectSite(qint64 id);

    // The editors open without blocking and store the site when accepted.
    WatchSiteDialog *addSite();
    WatchSiteDialog *editSite(qint64 id);
    void removeSite(qint64 id);
    void openSite(qint64 id);
    CaptureDialog *captureFrom(qint64 id);

    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void reloaded();
    void message(const QString &text);

private:
    void showSites();
    void updateButtons();
    void save(const WatchedSite &site);
    void showMessage(const QString &text);
    const WatchedSite *find(qint64 id) const;

    AsyncWatch &m_watch;
    UrlOpener m_opener;
    Clock m_clock;
    std::vector<WatchedSite> m_sites;
    qint64 m_selectId = 0;  // selected again after the next reload
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_capture = nullptr;
};

}  // namespace earshot
