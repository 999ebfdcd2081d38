// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SearchBar.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace earshot {

SearchBar::SearchBar(QWidget *parent) : QWidget(parent)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search (/)"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(
        tr("Words match all their forms. Use \"quotes\" for a phrase, -word to exclude, "
           "OR for either, and fields such as tag:problem status:new is:unread "
           "platform:vk after:7d."));
    m_field->installEventFilter(this);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_order->addItem(tr("Newest first"), static_cast<int>(InboxFilter::Order::Newest));
    m_order->addItem(tr("Best match"), static_cast<int>(InboxFilter::Order::Relevance));
    m_order->setToolTip(tr("Order of the search results"));

    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveSearchButton"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save this search in the sidebar (Ctrl+Shift+S)"));
    m_save->setEnabled(false);
    connect(m_save, &QToolButton::clicked, this, [this] {
        if (isValid() && !text().isEmpty())
            Q_EMIT saveRequested(text());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    row->addWidget(m_order);
    row->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::validate);
    connect(m_field, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        // A query that does not parse keeps the last results; the bar says why.
        if (!isValid() || m_field->text() == m_lastText)
            return;
        m_lastText = m_field->text();
        m_lastPlain = isPlainWords();
        Q_EMIT queryChanged();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, &SearchBar::queryChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchBar::leaveRequested);
}

QString SearchBar::text() const
{
    return m_field->text().trimmed();
}

void SearchBar::setText(const QString &text)
{
    m_field->setText(text);
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

bool SearchBar::isPlainWords() const
{
    if (!m_parsed.ok || m_parsed.root.empty())
        return true;
    const QueryNode &root = m_parsed.root.front();
    const auto plain = [](const QueryNode &n) {
        return n.kind == QueryNode::Kind::Text && !n.phrase;
    };
    if (plain(root))
        return true;
    if (root.kind != QueryNode::Kind::And)
        return false;
    return std::all_of(root.children.begin(), root.children.end(), plain);
}

void SearchBar::applyTo(InboxFilter &filter) const
{
    const QString typed = m_lastText.trimmed();
    // Plain words keep the as-you-type search (an unfinished last word matches); the
    // query language has no prefix search.
    if (m_lastPlain) {
        filter.text = typed;
        filter.prefixLastWord = true;
    } else if (filter.query.isEmpty()) {
        filter.query = typed;
    } else {
        // A saved search narrowed further by what is typed.
        filter.query = QStringLiteral("(%1) (%2)").arg(filter.query, typed);
    }
    filter.order = order();
}

QString SearchBar::errorText() const
{
    return m_parsed.ok ? QString() : m_parsed.error.toString();
}

void SearchBar::validate()
{
    const QString typed = m_field->text();
    m_parsed = parseQuery(typed.trimmed(), QDateTime::currentMSecsSinceEpoch());
    m_save->setEnabled(m_parsed.ok && !typed.trimmed().isEmpty());
    if (m_parsed.ok) {
        m_error->setVisible(false);
        m_field->setStyleSheet(QString());
        return;
    }
    // Show the query with the character where it breaks marked, and the reason. Positions
    // count in the trimmed text.
    const QString query = typed.trimmed();
    const qsizetype at = qBound<qsizetype>(0, m_parsed.error.position, query.size());
    const QString marked =
        query.left(at).toHtmlEscaped() +
        QStringLiteral("<span style=\"background:#f4b4b4\">%1</span>")
            .arg(at < query.size() ? query.mid(at, 1).toHtmlEscaped() : QStringLiteral("&nbsp;")) +
        query.mid(at + 1).toHtmlEscaped();
    m_error->setText(
        QStringLiteral("<span style=\"color:#c03030\">%1</span> <code>%2</code>")
            .arg(tr("Query not run, %1.").arg(m_parsed.error.toString().toHtmlEscaped()), marked));
    m_error->setVisible(true);
    m_field->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c03030; }"));
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_field->clear();
        m_debounce.stop();
        if (!m_lastText.isEmpty()) {
            m_lastText.clear();
            m_lastPlain = true;
            Q_EMIT queryChanged();
        }
        Q_EMIT leaveRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace earshot
