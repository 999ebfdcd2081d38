// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "core/model/Query.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace earshot {

// The search field and the sort order next to it. Typing is debounced so the inbox asks
// for one page per pause rather than one per key; Escape clears the field and hands the
// focus back (leaveRequested). The field speaks the inbox query language (Query.h): plain
// words search as you type (the last word may be unfinished), anything else runs as a
// query, and a query that does not parse is not run: the bar shows where it breaks.
class SearchBar : public QWidget {
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);

    QString text() const;
    InboxFilter::Order order() const;
    QLineEdit *field() const { return m_field; }
    void focusField();
    // Puts the search into `filter`: plain words as text, a query as query.
    void applyTo(InboxFilter &filter) const;
    bool isValid() const { return m_parsed.ok; }
    // The message shown for a bad query (empty when the query parses).
    QString errorText() const;
    void setText(const QString &text);

    static constexpr int kDebounceMs = 150;

Q_SIGNALS:
    void queryChanged();    // text (after the pause) or order changed
    void leaveRequested();  // Escape or Enter: go back to the list
    void saveRequested(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();
    bool isPlainWords() const;

    QLineEdit *m_field = nullptr;
    QComboBox *m_order = nullptr;
    QToolButton *m_save = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_debounce;
    QString m_lastText;       // the search last run
    bool m_lastPlain = true;  // ... and whether it was plain words
    ParsedQuery m_parsed;
};

}  // namespace earshot
