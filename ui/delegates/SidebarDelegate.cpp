// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/SidebarDelegate.h"

#include "ui/models/SidebarModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace earshot {

namespace {
bool isSection(const QModelIndex &index)
{
    return index.data(SidebarModel::KindRole).toInt() ==
           static_cast<int>(SidebarModel::Kind::Section);
}

// A dot in the indent before a source's name: green when its last fetch worked, a ring
// while it is being fetched, red when it failed (the tooltip says why). Colour is not
// the only cue: the failing dot is larger and the syncing one hollow.
void paintSourceState(QPainter *p, const QRect &row, SidebarModel::SourceState state)
{
    using State = SidebarModel::SourceState;
    if (state == State::None)
        return;
    const int size = state == State::Failing ? 8 : 6;
    const QRectF dot(row.left() + 8 - size / 2.0, row.center().y() - size / 2.0 + 0.5, size, size);
    p->setRenderHint(QPainter::Antialiasing);
    switch (state) {
    case State::Ok:
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x2e, 0x7d, 0x32, 170));
        break;
    case State::Syncing:
        p->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.5));
        p->setBrush(Qt::NoBrush);
        break;
    case State::Failing:
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case State::None: break;
    }
    p->drawEllipse(dot);
}
}  // namespace

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int height = isSection(index) ? fm.height() + 14 : fm.height() + 8;
    return {160, height};
}

void SidebarDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;

    p->save();
    if (isSection(index)) {
        QFont font = opt.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        font.setCapitalization(QFont::AllUppercase);
        font.setLetterSpacing(QFont::PercentageSpacing, 105);
        QColor muted = opt.palette.color(group, QPalette::WindowText);
        muted.setAlphaF(0.55);
        p->setFont(font);
        p->setPen(muted);
        p->drawText(opt.rect.adjusted(8, 6, -8, 0), Qt::AlignLeft | Qt::AlignVCenter, opt.text);
        p->restore();
        return;
    }

    const QString label = opt.text;
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);
    paintSourceState(
        p, opt.rect,
        static_cast<SidebarModel::SourceState>(index.data(SidebarModel::SourceStateRole).toInt()));
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const qint64 unread = index.data(SidebarModel::UnreadRole).toLongLong();
    const qint64 badge = index.data(SidebarModel::BadgeRole).toLongLong();
    const QRect r = opt.rect.adjusted(16, 0, -8, 0);

    QString count;
    if (badge > 0)
        count = QLocale().toString(badge);
    QFont countFont = opt.font;
    countFont.setBold(unread > 0);
    const int countWidth =
        count.isEmpty() ? 0 : QFontMetrics(countFont).horizontalAdvance(count) + 6;

    QFont labelFont = opt.font;
    labelFont.setBold(unread > 0);
    p->setFont(labelFont);
    p->setPen(text);
    const QRect labelRect = r.adjusted(0, 0, -countWidth, 0);
    p->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(labelFont).elidedText(label, Qt::ElideRight, labelRect.width()));
    if (!count.isEmpty()) {
        QColor muted = text;
        muted.setAlphaF(selected ? 0.9 : 0.6);
        p->setFont(countFont);
        p->setPen(muted);
        p->drawText(r, Qt::AlignRight | Qt::AlignVCenter, count);
    }
    p->restore();
}

}  // namespace earshot
