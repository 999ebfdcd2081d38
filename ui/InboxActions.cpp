// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InboxActions.h"

#include "ui/models/InboxModel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace earshot {

InboxActions::InboxActions(InboxModel &model, QAbstractItemView &view, QObject *parent)
    : QObject(parent), m_model(model), m_view(view)
{
    m_markRead.setSingleShot(true);
    connect(&m_markRead, &QTimer::timeout, this, &InboxActions::markCurrentRead);
    connect(m_view.selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxActions::onCurrentChanged);
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &InboxActions::rememberCurrent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &InboxActions::restoreCurrent);
    connect(&m_model, &InboxModel::pageLoaded, this, [this] {
        if (m_pendingMove != 0) {
            const int delta = m_pendingMove;
            m_pendingMove = 0;
            moveBy(delta);
        }
    });
}

void InboxActions::setMarkReadDelay(int ms)
{
    m_markReadDelayMs = ms;
}

qint64 InboxActions::currentId() const
{
    const QModelIndex current = m_view.currentIndex();
    return current.isValid() ? current.data(InboxModel::IdRole).toLongLong() : 0;
}

void InboxActions::moveBy(int delta)
{
    const int rows = m_model.rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view.currentIndex();
    int target = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    if (target >= rows) {
        if (m_model.canFetchMore({})) {
            m_pendingMove = target - (rows - 1);
            m_model.fetchMore({});
        }
        target = rows - 1;
    }
    target = qBound(0, target, rows - 1);
    const QModelIndex next = m_model.index(target);
    m_view.selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    m_view.scrollTo(next);
}

void InboxActions::toggleSaved()
{
    const QModelIndex current = m_view.currentIndex();
    if (current.isValid())
        m_model.setData(current, !current.data(InboxModel::SavedRole).toBool(),
                        InboxModel::SavedRole);
}

void InboxActions::toggleRead()
{
    const QModelIndex current = m_view.currentIndex();
    if (!current.isValid())
        return;
    m_markRead.stop();  // the user decided; the timer must not undo "mark unread"
    m_model.setData(current, !current.data(InboxModel::ReadRole).toBool(), InboxModel::ReadRole);
}

void InboxActions::markCurrentRead()
{
    m_markRead.stop();
    const QModelIndex current = m_view.currentIndex();
    if (current.isValid() && !current.data(InboxModel::ReadRole).toBool())
        m_model.setData(current, true, InboxModel::ReadRole);
}

void InboxActions::onCurrentChanged()
{
    const qint64 id = currentId();
    if (id == m_lastId)
        return;  // same item, e.g. restored after a reload
    m_lastId = id;
    m_markRead.stop();
    if (id != 0 && m_markReadDelayMs >= 0)
        m_markRead.start(m_markReadDelayMs);
    Q_EMIT currentItemChanged(id);
}

void InboxActions::rememberCurrent()
{
    m_idBeforeReset = currentId();
}

void InboxActions::restoreCurrent()
{
    const int row = m_idBeforeReset != 0 ? m_model.rowOfId(m_idBeforeReset) : -1;
    if (row >= 0) {
        const QSignalBlocker blocker(this);  // the same item again is no news
        m_view.selectionModel()->setCurrentIndex(m_model.index(row),
                                                 QItemSelectionModel::ClearAndSelect);
    } else if (m_lastId != 0 && m_idBeforeReset != 0) {
        // The item is not among the reloaded rows; keep showing it in the reading pane
        // until the user picks another one.
        m_lastId = 0;
        m_markRead.stop();
    } else {
        m_lastId = 0;
        m_markRead.stop();
        Q_EMIT currentItemChanged(0);
    }
    m_idBeforeReset = 0;
}

}  // namespace earshot
