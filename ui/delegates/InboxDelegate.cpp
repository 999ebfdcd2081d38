// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/InboxDelegate.h"

#include "core/model/Platform.h"
#include "ui/TimeText.h"
#include "ui/models/InboxModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace earshot {

namespace {

constexpr int kPadding = 8;
constexpr int kLineGap = 3;
constexpr int kBadgeWidth = 34;
constexpr int kMaxChips = 3;

QFont scaled(QFont font, qreal factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// Lays `text` out on at most `lines` lines of `width`, eliding the last one.
void drawElided(QPainter *p, const QFont &font, const QString &text, QRect rect, int lines)
{
    const QFontMetrics fm(font);
    QString flat = text.simplified();
    int y = rect.top();
    QTextLayout layout(flat, font);
    layout.beginLayout();
    for (int line = 0; line < lines; ++line) {
        QTextLine tl = layout.createLine();
        if (!tl.isValid())
            break;
        tl.setLineWidth(rect.width());
        const bool last = line == lines - 1;
        const QString piece =
            last ? flat.mid(tl.textStart()) : flat.mid(tl.textStart(), tl.textLength());
        p->drawText(QPoint(rect.left(), y + fm.ascent()),
                    last ? fm.elidedText(piece, Qt::ElideRight, rect.width()) : piece);
        y += fm.lineSpacing();
    }
    layout.endLayout();
}

}  // namespace

InboxDelegate::InboxDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString InboxDelegate::badgeText(const QString &platformId)
{
    static const QHash<QString, QString> shortNames = {
        {Platform::Feed, QStringLiteral("RSS")},
        {Platform::Mastodon, QStringLiteral("MA")},
        {Platform::Discourse, QStringLiteral("DC")},
        {Platform::Reddit, QStringLiteral("RD")},
        {Platform::Vk, QStringLiteral("VK")},
        {Platform::Telegram, QStringLiteral("TG")},
        {Platform::Manual, QStringLiteral("\u270e")},
        {QStringLiteral("youtube"), QStringLiteral("YT")},
    };
    const auto found = shortNames.constFind(platformId);
    if (found != shortNames.constEnd())
        return found.value();
    return platformId.left(2).toUpper();
}

QColor InboxDelegate::badgeColor(const QString &platformId)
{
    static const QHash<QString, QColor> colors = {
        {Platform::Feed, QColor(0xe6, 0x7e, 0x22)},
        {Platform::Mastodon, QColor(0x63, 0x64, 0xff)},
        {Platform::Discourse, QColor(0x2f, 0x85, 0x5a)},
        {Platform::Reddit, QColor(0xff, 0x45, 0x00)},
        {Platform::Vk, QColor(0x07, 0x77, 0xff)},
        {Platform::Telegram, QColor(0x22, 0x9e, 0xd9)},
        {Platform::Manual, QColor(0x70, 0x70, 0x70)},
    };
    const auto found = colors.constFind(platformId);
    if (found != colors.constEnd())
        return found.value();
    return QColor::fromHsv(static_cast<int>(qHash(platformId) % 360), 150, 170);
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics small(scaled(option.font, 0.9));
    return {300, 2 * kPadding + small.lineSpacing() + kLineGap + 2 * fm.lineSpacing()};
}

void InboxDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65);

    const bool unread = !index.data(InboxModel::ReadRole).toBool();
    const bool saved = index.data(InboxModel::SavedRole).toBool();
    const QString platform = index.data(InboxModel::PlatformRole).toString();
    const QString author = index.data(InboxModel::AuthorRole).toString();
    const QString source = index.data(InboxModel::SourceRole).toString();
    const QString title = index.data(InboxModel::TitleRole).toString();
    const QString snippet = index.data(InboxModel::SnippetRole).toString();
    const QStringList tags = index.data(InboxModel::TagsRole).toStringList();
    const QDateTime published = index.data(InboxModel::PublishedRole).toDateTime();

    QFont base = opt.font;
    QFont strong = base;
    strong.setBold(unread);
    const QFont small = scaled(base, 0.9);
    QFont smallStrong = small;
    smallStrong.setBold(unread);
    const QFontMetrics fmSmall(small);
    const QFontMetrics fm(base);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int line1 = fmSmall.lineSpacing();

    // Unread dot in the left margin.
    if (unread) {
        p->setPen(Qt::NoPen);
        p->setBrush(selected ? text : opt.palette.color(group, QPalette::Highlight));
        p->drawEllipse(QPointF(opt.rect.left() + kPadding / 2.0 + 0.5, r.top() + line1 / 2.0), 3,
                       3);
    }

    // Line 1: badge, author, source ... chips, saved, time.
    const QRect badge(r.left() + 2, r.top(), kBadgeWidth, line1);
    p->setPen(Qt::NoPen);
    p->setBrush(badgeColor(platform));
    p->drawRoundedRect(badge, 4, 4);
    QFont badgeFont = scaled(base, 0.75);
    badgeFont.setBold(true);
    p->setFont(badgeFont);
    p->setPen(Qt::white);
    p->drawText(badge, Qt::AlignCenter, badgeText(platform));

    int right = r.right();
    const QString time = TimeText::relative(published, m_now());
    p->setFont(small);
    p->setPen(muted);
    const int timeWidth = fmSmall.horizontalAdvance(time);
    p->drawText(QRect(right - timeWidth, r.top(), timeWidth, line1),
                Qt::AlignRight | Qt::AlignVCenter, time);
    right -= timeWidth + 6;
    if (saved) {
        const QString star = QStringLiteral("\u2605");
        const int w = fmSmall.horizontalAdvance(star);
        p->setPen(selected ? text : QColor(0xe0, 0xa1, 0x00));
        p->drawText(QRect(right - w, r.top(), w, line1), Qt::AlignCenter, star);
        right -= w + 6;
    }

    // Tag chips, right to left, as many as fit beside at least some of the author.
    const QFont chipFont = scaled(base, 0.8);
    const QFontMetrics fmChip(chipFont);
    const int authorLeft = badge.right() + 8;
    int shown = 0;
    for (const QString &tag : tags) {
        if (shown == kMaxChips)
            break;
        const QString label = fmChip.elidedText(tag, Qt::ElideRight, 110);
        const int w = fmChip.horizontalAdvance(label) + 10;
        if (right - w < authorLeft + 80)
            break;
        const QRect chip(right - w, r.top() + 1, w, line1 - 2);
        QColor fill = opt.palette.color(group, QPalette::Mid);
        fill.setAlphaF(0.35);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        p->setFont(chipFont);
        p->setPen(text);
        p->drawText(chip, Qt::AlignCenter, label);
        right = chip.left() - 4;
        ++shown;
    }

    const QRect who(authorLeft, r.top(), std::max(0, right - authorLeft - 4), line1);
    const QFontMetrics fmWho(smallStrong);
    const QString authorText = fmWho.elidedText(author, Qt::ElideRight, who.width());
    p->setFont(smallStrong);
    p->setPen(text);
    p->drawText(who, Qt::AlignLeft | Qt::AlignVCenter, authorText);
    const int used = fmWho.horizontalAdvance(authorText);
    if (!source.isEmpty() && used + 30 < who.width()) {
        const QRect where(who.left() + used + 6, who.top(), who.width() - used - 6, line1);
        p->setFont(small);
        p->setPen(muted);
        p->drawText(
            where, Qt::AlignLeft | Qt::AlignVCenter,
            fmSmall.elidedText(QStringLiteral("\u00b7 ") + source, Qt::ElideRight, where.width()));
    }

    // Lines 2-3: title then snippet, or the snippet over both lines.
    const QRect body(r.left() + 2, r.top() + line1 + kLineGap, r.width() - 2, 2 * fm.lineSpacing());
    if (!title.isEmpty()) {
        p->setFont(strong);
        p->setPen(text);
        p->drawText(
            QPoint(body.left(), body.top() + fm.ascent()),
            QFontMetrics(strong).elidedText(title.simplified(), Qt::ElideRight, body.width()));
        p->setPen(muted);
        p->setFont(base);
        drawElided(p, base, snippet, body.adjusted(0, fm.lineSpacing(), 0, 0), 1);
    } else {
        p->setPen(unread ? text : muted);
        p->setFont(strong);
        drawElided(p, strong, snippet, body, 2);
    }
    p->restore();
}

bool InboxDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                              const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const QString when = TimeText::absolute(index.data(InboxModel::PublishedRole).toDateTime());
        const QStringList tags = index.data(InboxModel::TagsRole).toStringList();
        QString tip = index.data(InboxModel::PlatformNameRole).toString() +
                      QStringLiteral(" \u00b7 ") + index.data(InboxModel::SourceRole).toString() +
                      QLatin1Char('\n') + when;
        if (!tags.isEmpty())
            tip += QLatin1Char('\n') + tags.join(QStringLiteral(", "));
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

}  // namespace earshot
