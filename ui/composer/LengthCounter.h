// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace earshot {

// "120 / 500" under a reply, in red past the platform's limit ("120 characters" where the
// platform sets none). Shared by the composer and the reading pane's quick reply.
class LengthCounter : public QLabel {
    Q_OBJECT
public:
    explicit LengthCounter(QWidget *parent = nullptr);

    // Counts `text` (trimmed) against `limit` (0: none).
    void count(const QString &text, int limit);
    bool overLimit() const { return m_overLimit; }

private:
    bool m_overLimit = false;
};

}  // namespace earshot
