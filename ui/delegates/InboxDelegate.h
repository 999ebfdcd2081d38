// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

#include <functional>

namespace earshot {

// Draws an inbox row from InboxModel's roles: platform badge, author and source, time
// (relative while recent), saved marker, tags as chips, then the title or snippet on up
// to two elided lines. Unread rows are bold. Every row has the same height, so the view
// can use uniform row sizes over millions of rows.
class InboxDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit InboxDelegate(QObject *parent = nullptr);

    // The clock for relative times; tests pin it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QString badgeText(const QString &platformId);
    static QColor badgeColor(const QString &platformId);

private:
    std::function<QDateTime()> m_now;
};

}  // namespace earshot
