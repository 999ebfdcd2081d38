// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace earshot {

class InboxActions;

// The inbox list the keyboard and the triage commands work on: the single inbox, or in
// the columns layout the column that last had focus. Everything that acts on "the
// current item" asks this, so no command ever reaches a list the user cannot see.
class InboxFocus : public QObject {
    Q_OBJECT
public:
    InboxFocus(InboxActions &actions, QAbstractItemView &view, QObject *parent = nullptr)
        : QObject(parent), m_actions(&actions), m_view(&view)
    {
    }

    InboxActions &actions() const { return *m_actions; }
    QAbstractItemView &view() const { return *m_view; }

    void set(InboxActions &actions, QAbstractItemView &view)
    {
        if (m_actions == &actions && m_view == &view)
            return;
        m_actions = &actions;
        m_view = &view;
        Q_EMIT changed();
    }

Q_SIGNALS:
    void changed();

private:
    // Both live as long as the window; a column's pair is replaced before it goes.
    InboxActions *m_actions;
    QAbstractItemView *m_view;
};

}  // namespace earshot
