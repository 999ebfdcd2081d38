// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/LengthCounter.h"

namespace earshot {

LengthCounter::LengthCounter(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("lengthCounter"));
}

void LengthCounter::count(const QString &text, int limit)
{
    // Platforms count characters, not UTF-16 units: an emoji is one.
    const int length = int(text.trimmed().toUcs4().size());
    m_overLimit = limit > 0 && length > limit;
    setText(limit > 0 ? tr("%1 / %2").arg(length).arg(limit)
                      : tr("%n character(s)", nullptr, length));
    setStyleSheet(m_overLimit ? QStringLiteral("color: #c03030; font-weight: bold") : QString());
}

}  // namespace earshot
