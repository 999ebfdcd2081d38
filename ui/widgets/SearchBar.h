// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace earshot {

// The search field and the sort order next to it. Typing is debounced so the inbox asks
// for one page per pause rather than one per key; Escape clears the field and hands the
// focus back (leaveRequested).
class SearchBar : public QWidget {
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);

    QString text() const;
    InboxFilter::Order order() const;
    QLineEdit *field() const { return m_field; }
    void focusField();

    static constexpr int kDebounceMs = 150;

Q_SIGNALS:
    void queryChanged();    // text (after the pause) or order changed
    void leaveRequested();  // Escape or Enter: go back to the list

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QComboBox *m_order = nullptr;
    QTimer m_debounce;
    QString m_lastText;
};

}  // namespace earshot
