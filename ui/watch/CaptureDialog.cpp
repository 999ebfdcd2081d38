// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/CaptureDialog.h"

#include "core/services/AsyncWatch.h"
#include "ui/watch/PlatformField.h"
#include "ui/watch/WatchSiteDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace earshot {

namespace {

// A post "written" a little ahead is clock skew between machines, not a typo.
constexpr qint64 kFutureSlackMs = 10 * 60 * 1000;

}  // namespace

CaptureDialog::CaptureDialog(AsyncWatch &watch, QWidget *parent) : QDialog(parent), m_watch(watch)
{
    setObjectName(QStringLiteral("captureDialog"));
    setWindowTitle(tr("Quick Capture"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("captureUrl"));
    m_url->setPlaceholderText(tr("link to the post, https://\u2026"));
    m_platform = new PlatformField(false, this);
    m_platform->setObjectName(QStringLiteral("capturePlatform"));
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("captureAuthor"));
    m_author->setPlaceholderText(tr("name or handle as shown on the page"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("captureTitle"));
    m_title->setPlaceholderText(tr("optional"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("captureText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("paste the text of the post"));

    m_timeKnown = new QCheckBox(tr("&Written at:"), this);
    m_timeKnown->setObjectName(QStringLiteral("captureTimeKnown"));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_time->setObjectName(QStringLiteral("captureTime"));
    m_time->setCalendarPopup(true);
    m_time->setEnabled(false);
    connect(m_timeKnown, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    auto *time = new QHBoxLayout;
    time->addWidget(m_timeKnown);
    time->addWidget(m_time, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("captureMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Capture"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaptureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaptureDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Link:"), m_url);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(time);
    form->addRow(m_message);
    form->addRow(m_buttons);
    resize(560, 480);
}

void CaptureDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void CaptureDialog::setPlatform(const QString &platformId)
{
    m_platform->setPlatformId(platformId);
}

CaptureRequest CaptureDialog::request() const
{
    CaptureRequest r;
    r.url = m_url->text().trimmed();
    r.platform = m_platform->platformId();
    r.author = m_author->text().trimmed();
    r.title = m_title->text().trimmed();
    r.text = m_text->toPlainText().trimmed();
    if (m_timeKnown->isChecked())
        r.publishedMs = m_time->dateTime().toMSecsSinceEpoch();
    return r;
}

QString CaptureDialog::problem() const
{
    return check(nullptr);
}

QString CaptureDialog::check(QWidget **field) const
{
    const CaptureRequest r = request();
    const auto fail = [field](QWidget *at, const QString &text) {
        if (field)
            *field = at;
        return text;
    };
    if (r.url.isEmpty())
        return fail(m_url, tr("Give the link to the post."));
    if (!isWebAddress(r.url))
        return fail(m_url, tr("\u201c%1\u201d is not a web address; give the link of the post, "
                              "starting with https://.")
                               .arg(r.url));
    if (r.platform.isEmpty())
        return fail(m_platform, tr("Say which platform the post is on."));
    if (r.author.isEmpty())
        return fail(m_author, tr("Say who wrote the post."));
    if (r.text.isEmpty() && r.title.isEmpty())
        return fail(m_text, tr("Paste the text of the post (or give it a title)."));
    if (r.publishedMs && *r.publishedMs > QDateTime::currentMSecsSinceEpoch() + kFutureSlackMs)
        return fail(m_time, tr("The post cannot have been written in the future."));
    return {};
}

void CaptureDialog::showProblem(const QString &text, QWidget *field)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (field)
        field->setFocus();
}

void CaptureDialog::accept()
{
    if (m_storing)
        return;
    QWidget *field = nullptr;
    if (const QString problem = check(&field); !problem.isEmpty()) {
        showProblem(problem, field);
        return;
    }
    m_storing = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showProblem(tr("Storing\u2026"), nullptr);
    m_watch.capture(request(), this, [this](Result<CaptureResult> result) {
        m_storing = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!result) {
            showProblem(tr("Could not capture the post: %1").arg(result.error().message), nullptr);
            return;
        }
        showProblem({}, nullptr);
        Q_EMIT stored(result->itemId, result->created);
        QDialog::accept();
    });
}

}  // namespace earshot
