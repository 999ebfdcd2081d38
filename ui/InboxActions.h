// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QAbstractItemView;

namespace earshot {

class InboxModel;

// What the keyboard does to the inbox list: move to the next or previous item (fetching
// the next page at the end), toggle saved and read on the current item, and mark an item
// read once it has stayed current for a moment. Keeps the current item across model
// reloads by its id. Works on the view it is given; the model never knows the view.
class InboxActions : public QObject {
    Q_OBJECT
public:
    InboxActions(InboxModel &model, QAbstractItemView &view, QObject *parent = nullptr);

    // Negative: never mark read automatically; 0: at once.
    void setMarkReadDelay(int ms);
    int markReadDelay() const { return m_markReadDelayMs; }

    qint64 currentId() const;
    void moveBy(int delta);
    void toggleSaved();
    void toggleRead();
    void markCurrentRead();

Q_SIGNALS:
    void currentItemChanged(qint64 id);  // 0 when nothing is current

private:
    void onCurrentChanged();
    void rememberCurrent();
    void restoreCurrent();

    InboxModel &m_model;
    QAbstractItemView &m_view;
    QTimer m_markRead;
    int m_markReadDelayMs = 1500;
    qint64 m_lastId = 0;
    qint64 m_idBeforeReset = 0;
    int m_pendingMove = 0;  // rows still to move once the next page arrives
};

}  // namespace earshot
