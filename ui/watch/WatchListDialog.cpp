// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/WatchListDialog.h"

#include "core/model/Platform.h"
#include "core/services/AsyncWatch.h"
#include "ui/TimeText.h"
#include "ui/watch/CaptureDialog.h"
#include "ui/watch/WatchSiteDialog.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace earshot {

namespace {

enum Column { TitleColumn, UrlColumn, PlatformColumn, IntervalColumn, CheckedColumn, DueColumn };

// "every 2 days", in the largest unit the interval is a whole number of.
QString intervalText(qint64 seconds)
{
    // Plain ints in the translate() calls: lupdate skips calls with a cast in them.
    if (seconds % (7 * 86400) == 0) {
        const int n = int(seconds / (7 * 86400));
        return WatchListDialog::tr("%n week(s)", nullptr, n);
    }
    if (seconds % 86400 == 0) {
        const int n = int(seconds / 86400);
        return WatchListDialog::tr("%n day(s)", nullptr, n);
    }
    if (seconds % 3600 == 0) {
        const int n = int(seconds / 3600);
        return WatchListDialog::tr("%n hour(s)", nullptr, n);
    }
    const int n = int(std::max<qint64>(1, seconds / 60));
    return WatchListDialog::tr("%n minute(s)", nullptr, n);
}

QString displayTitle(const WatchedSite &site)
{
    return site.title.isEmpty() ? QUrl(site.url).host() : site.title;
}

}  // namespace

WatchListDialog::WatchListDialog(AsyncWatch &watch, QWidget *parent)
    : QDialog(parent),
      m_watch(watch),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("watchListDialog"));
    setWindowTitle(tr("Watch List"));

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("watchTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Address"), tr("Platform"), tr("Every"), tr("Last checked"), tr("Due")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, &WatchListDialog::updateButtons);
    // Double-click does what the list is for: look at the page.
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openSite(currentId()); });

    auto *add = new QPushButton(tr("&Add\u2026"), this);
    add->setObjectName(QStringLiteral("watchAddButton"));
    m_edit = new QPushButton(tr("&Edit\u2026"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("watchOpenButton"));
    m_open->setToolTip(tr("Open the page in the web browser and record it as checked"));
    m_capture = new QPushButton(tr("&Capture\u2026"), this);
    m_capture->setObjectName(QStringLiteral("watchCaptureButton"));
    m_capture->setToolTip(tr("Store a mention found on this page"));
    auto *close = new QPushButton(tr("Close"), this);
    connect(add, &QPushButton::clicked, this, &WatchListDialog::addSite);
    connect(m_edit, &QPushButton::clicked, this, [this] { editSite(currentId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSite(currentId()); });
    connect(m_capture, &QPushButton::clicked, this, [this] { captureFrom(currentId()); });
    connect(close, &QPushButton::clicked, this, &WatchListDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const WatchedSite *site = find(currentId());
        if (!site)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Remove Watched Site"),
            tr("Stop watching %1? Mentions captured from it stay in the inbox.")
                .arg(displayTitle(*site)));
        if (answer == QMessageBox::Yes)
            removeSite(site->id);
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("watchMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_open, m_capture, close})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(900, 420);

    connect(&m_watch, &AsyncWatch::watchListChanged, this, &WatchListDialog::reload);
    updateButtons();
    reload();
}

void WatchListDialog::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void WatchListDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    showSites();
}

bool WatchListDialog::isDue(const WatchedSite &site) const
{
    return site.dueMs() <= m_clock();
}

qint64 WatchListDialog::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_sites.size()) ? m_sites[std::size_t(row)].id : 0;
}

void WatchListDialog::selectSite(qint64 id)
{
    for (int row = 0; row < int(m_sites.size()); ++row) {
        if (m_sites[std::size_t(row)].id == id) {
            m_table->setCurrentCell(row, TitleColumn);
            return;
        }
    }
}

const WatchedSite *WatchListDialog::find(qint64 id) const
{
    const auto found = std::find_if(m_sites.begin(), m_sites.end(),
                                    [id](const WatchedSite &s) { return s.id == id; });
    return found == m_sites.end() ? nullptr : &*found;
}

void WatchListDialog::reload()
{
    m_watch.list(this, [this](Result<std::vector<WatchedSite>> sites) {
        if (!sites) {
            showMessage(tr("Could not read the watch list: %1").arg(sites.error().message));
            return;
        }
        if (m_selectId == 0)
            m_selectId = currentId();
        m_sites = std::move(*sites);
        // Most overdue first, then the next to fall due: the list reads as a to-do list.
        std::stable_sort(
            m_sites.begin(), m_sites.end(),
            [](const WatchedSite &a, const WatchedSite &b) { return a.dueMs() < b.dueMs(); });
        showSites();
        Q_EMIT reloaded();
    });
}

void WatchListDialog::showSites()
{
    const QSignalBlocker block(m_table);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock());
    const QLocale locale;
    m_table->setRowCount(int(m_sites.size()));
    int due = 0;
    for (int row = 0; row < int(m_sites.size()); ++row) {
        const WatchedSite &site = m_sites[std::size_t(row)];
        const bool isDue = this->isDue(site);
        due += isDue ? 1 : 0;
        const QDateTime dueAt = QDateTime::fromMSecsSinceEpoch(site.dueMs());
        const QDateTime checkedAt =
            site.lastCheckedMs ? QDateTime::fromMSecsSinceEpoch(*site.lastCheckedMs) : QDateTime();
        const QString texts[] = {
            displayTitle(site),
            site.url,
            Platform::displayName(site.platform),
            intervalText(site.intervalS),
            checkedAt.isValid() ? TimeText::relative(checkedAt, now) : tr("never"),
            isDue ? tr("now") : locale.toString(dueAt.toLocalTime(), QLocale::ShortFormat),
        };
        for (int column = 0; column < 6; ++column) {
            auto *cell = new QTableWidgetItem(texts[column]);
            if (column == CheckedColumn && checkedAt.isValid())
                cell->setToolTip(TimeText::absolute(checkedAt));
            else if (column == DueColumn)
                cell->setToolTip(TimeText::absolute(dueAt));
            else if (column == UrlColumn)
                cell->setToolTip(site.url);
            if (isDue) {
                // Due pages stand out in any palette: bold, in the theme's link colour.
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                cell->setForeground(palette().brush(QPalette::Link));
            }
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnToContents(TitleColumn);
    if (m_selectId != 0) {
        selectSite(m_selectId);
        m_selectId = 0;
    }
    if (m_table->currentRow() < 0 && !m_sites.empty())
        m_table->setCurrentCell(0, TitleColumn);
    if (m_sites.empty())
        showMessage(
            tr("No sites are watched yet. Add the pages you look at by hand: review "
               "sites, marketplaces, closed forums."));
    else
        showMessage(due == 0 ? tr("Nothing is due now.")
                             : tr("%n site(s) due for a look.", nullptr, due));
    updateButtons();
}

void WatchListDialog::updateButtons()
{
    const bool selected = currentId() != 0;
    for (QPushButton *b : {m_edit, m_remove, m_open, m_capture})
        b->setEnabled(selected);
}

void WatchListDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    Q_EMIT message(text);
}

WatchSiteDialog *WatchListDialog::addSite()
{
    auto *editor = new WatchSiteDialog(WatchedSite{}, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] { save(editor->site()); });
    editor->open();
    return editor;
}

WatchSiteDialog *WatchListDialog::editSite(qint64 id)
{
    const WatchedSite *site = find(id);
    if (!site)
        return nullptr;
    auto *editor = new WatchSiteDialog(*site, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] { save(editor->site()); });
    editor->open();
    return editor;
}

void WatchListDialog::save(const WatchedSite &site)
{
    m_watch.save(site, this, [this](Result<qint64> id) {
        if (!id) {
            showMessage(tr("Could not save the site: %1").arg(id.error().message));
            return;
        }
        m_selectId = *id;  // the reload that watchListChanged starts shows it
    });
}

void WatchListDialog::removeSite(qint64 id)
{
    if (id == 0)
        return;
    m_watch.remove(id, this, [this](Status status) {
        if (!status)
            showMessage(tr("Could not remove the site: %1").arg(status.error().message));
    });
}

void WatchListDialog::openSite(qint64 id)
{
    const WatchedSite *site = find(id);
    if (!site)
        return;
    if (!m_opener(QUrl(site->url))) {
        showMessage(tr("Could not open %1 in the web browser.").arg(site->url));
        return;
    }
    m_selectId = id;
    m_watch.markChecked(id, this, [this](Status status) {
        if (!status)
            showMessage(tr("Could not record the check: %1").arg(status.error().message));
    });
}

CaptureDialog *WatchListDialog::captureFrom(qint64 id)
{
    const WatchedSite *site = find(id);
    if (!site)
        return nullptr;
    auto *capture = new CaptureDialog(m_watch, this);
    capture->setAttribute(Qt::WA_DeleteOnClose);
    capture->setUrl(site->url);
    capture->setPlatform(site->platform);
    capture->open();
    return capture;
}

}  // namespace earshot
