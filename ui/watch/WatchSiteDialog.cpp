// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/WatchSiteDialog.h"

#include "ui/watch/PlatformField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>

#include <algorithm>
#include <array>

namespace earshot {

namespace {

constexpr std::array<qint64, 4> kUnitSeconds = {60, 3600, 86400, 7 * 86400};
constexpr int kDefaultUnit = 2;  // days: review sites rarely need more

}  // namespace

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

WatchSiteDialog::WatchSiteDialog(const WatchedSite &site, QWidget *parent)
    : QDialog(parent), m_site(site)
{
    setObjectName(QStringLiteral("watchSiteDialog"));
    setWindowTitle(site.id == 0 ? tr("Watch a Site") : tr("Edit Watched Site"));

    m_url = new QLineEdit(site.url, this);
    m_url->setObjectName(QStringLiteral("watchUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_title = new QLineEdit(site.title, this);
    m_title->setObjectName(QStringLiteral("watchTitle"));
    m_title->setPlaceholderText(tr("optional, e.g. Reviews on the marketplace"));
    m_platform = new PlatformField(true, this);
    m_platform->setObjectName(QStringLiteral("watchPlatform"));
    m_platform->setPlatformId(site.platform);

    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("watchIntervalCount"));
    m_count->setRange(1, 999);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("watchIntervalUnit"));
    m_unit->addItems({tr("minutes"), tr("hours"), tr("days"), tr("weeks")});
    // The largest unit the interval is a whole number of, so "every 2 days" stays that.
    int unit = kDefaultUnit;
    qint64 count = 1;
    if (site.intervalS > 0) {
        unit = 0;
        for (int u = int(kUnitSeconds.size()) - 1; u >= 0; --u) {
            if (site.intervalS % kUnitSeconds[std::size_t(u)] == 0) {
                unit = u;
                break;
            }
        }
        count = std::max<qint64>(1, site.intervalS / kUnitSeconds[std::size_t(unit)]);
    }
    m_unit->setCurrentIndex(unit);
    m_count->setValue(int(std::min<qint64>(count, m_count->maximum())));
    auto *interval = new QHBoxLayout;
    interval->addWidget(m_count);
    interval->addWidget(m_unit, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("watchSiteMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WatchSiteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WatchSiteDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Name:"), m_title);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("Check &every:"), interval);
    form->addRow(m_message);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

WatchedSite WatchSiteDialog::site() const
{
    WatchedSite out = m_site;
    out.url = m_url->text().trimmed();
    out.title = m_title->text().trimmed();
    out.platform = m_platform->platformId();
    out.intervalS = m_count->value() * kUnitSeconds[std::size_t(m_unit->currentIndex())];
    return out;
}

QString WatchSiteDialog::problem() const
{
    if (m_url->text().trimmed().isEmpty())
        return tr("Give the address of the page to watch.");
    if (!isWebAddress(m_url->text()))
        return tr("\u201c%1\u201d is not a web address; give one starting with https://.")
            .arg(m_url->text().trimmed());
    return {};
}

void WatchSiteDialog::accept()
{
    const QString problem = this->problem();
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        m_url->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace earshot
