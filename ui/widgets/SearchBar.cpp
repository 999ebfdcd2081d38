// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SearchBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

namespace earshot {

SearchBar::SearchBar(QWidget *parent) : QWidget(parent)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search (/)"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(
        tr("Words match all their forms. Use \"quotes\" for a phrase, -word to exclude, "
           "OR for either."));
    m_field->installEventFilter(this);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_order->addItem(tr("Newest first"), static_cast<int>(InboxFilter::Order::Newest));
    m_order->addItem(tr("Best match"), static_cast<int>(InboxFilter::Order::Relevance));
    m_order->setToolTip(tr("Order of the search results"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_order);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(m_field, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_field->text() == m_lastText)
            return;
        m_lastText = m_field->text();
        Q_EMIT queryChanged();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, &SearchBar::queryChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchBar::leaveRequested);
}

QString SearchBar::text() const
{
    return m_field->text().trimmed();
}

InboxFilter::Order SearchBar::order() const
{
    return static_cast<InboxFilter::Order>(m_order->currentData().toInt());
}

void SearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_field->clear();
        m_debounce.stop();
        if (!m_lastText.isEmpty()) {
            m_lastText.clear();
            Q_EMIT queryChanged();
        }
        Q_EMIT leaveRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace earshot
