// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/columns/PlatformColumns.h"

#include "ui/InboxActions.h"
#include "ui/InboxListView.h"
#include "ui/models/InboxModel.h"
#include "ui/models/SidebarModel.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace earshot {

namespace {
constexpr int kColumnMinWidth = 300;
}  // namespace

PlatformColumns::PlatformColumns(AsyncWorkspace &workspace, SidebarModel &sidebar, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_sidebar(sidebar)
{
    setObjectName(QStringLiteral("platformColumns"));
    // Many platforms do not fit side by side: the row scrolls sideways instead of
    // squeezing every list below readability.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *strip = new QWidget(scroll);
    m_row = new QHBoxLayout(strip);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(6);
    m_empty = new QLabel(tr("No platform has items yet."), strip);
    m_empty->setAlignment(Qt::AlignCenter);
    m_row->addWidget(m_empty);
    scroll->setWidget(strip);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_sidebar, &SidebarModel::statsLoaded, this, &PlatformColumns::followSidebar);
    followSidebar();
}

PlatformColumns::~PlatformColumns() = default;

void PlatformColumns::followSidebar()
{
    const std::vector<PlatformRow> rows = m_sidebar.platforms();
    bool same = rows.size() == m_columns.size();
    for (std::size_t i = 0; same && i < rows.size(); ++i)
        same = rows[i].platform == m_columns[i].platform;
    if (!same) {
        // Platforms came or went (rare: a first item of a new platform). Columns that
        // stay are kept, with their scroll position and current item.
        std::vector<Column> kept;
        for (const PlatformRow &row : rows) {
            auto found = std::find_if(m_columns.begin(), m_columns.end(),
                                      [&](const Column &c) { return c.platform == row.platform; });
            if (found != m_columns.end()) {
                kept.push_back(*found);
                m_columns.erase(found);
            } else {
                kept.push_back(makeColumn(row));
            }
        }
        for (Column &gone : m_columns)
            delete gone.frame;
        m_columns = std::move(kept);
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            m_row->insertWidget(static_cast<int>(i), m_columns[i].frame, 1);
        m_empty->setVisible(m_columns.empty());
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const PlatformRow &row = rows[i];
        m_columns[i].header->setText(
            row.unread > 0 ? tr("%1 \u00b7 %n unread", nullptr, int(row.unread)).arg(row.name)
                           : row.name);
    }
}

PlatformColumns::Column PlatformColumns::makeColumn(const PlatformRow &row)
{
    Column column;
    column.platform = row.platform;
    column.frame = new QWidget(m_row->parentWidget());
    column.frame->setMinimumWidth(kColumnMinWidth);
    column.header = new QLabel(row.name, column.frame);
    QFont bold = column.header->font();
    bold.setBold(true);
    column.header->setFont(bold);
    column.view = new QListView(column.frame);
    column.view->setObjectName(QStringLiteral("column:") + row.platform);
    configureInboxView(*column.view);
    column.model = new InboxModel(m_workspace, column.frame);
    column.view->setModel(column.model);
    auto *layout = new QVBoxLayout(column.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(column.header);
    layout->addWidget(column.view, 1);

    QListView *view = column.view;
    InboxModel *model = column.model;
    view->installEventFilter(this);
    // Connected before InboxActions exists, so a column is the focused one by the time
    // its actions announce the new current item.
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view] {
        for (const Column &c : m_columns) {
            if (c.view == view)
                Q_EMIT focused(*c.actions, *c.view);
        }
    });
    column.actions = new InboxActions(*model, *view, column.frame);
    if (m_markReadDelayMs)
        column.actions->setMarkReadDelay(*m_markReadDelayMs);
    InboxActions *actions = column.actions;
    connect(actions, &InboxActions::currentItemChanged, this,
            [this, actions](qint64 id) { Q_EMIT currentItemChanged(*actions, id); });
    connect(view, &QListView::activated, this, [this, actions] { Q_EMIT itemActivated(*actions); });
    applyFilter(column);
    return column;
}

void PlatformColumns::applyFilter(Column &column)
{
    InboxFilter filter = m_filter;
    filter.platform = column.platform;
    column.model->setFilter(filter);
}

void PlatformColumns::setFilter(const InboxFilter &filter)
{
    m_filter = filter;
    for (Column &column : m_columns)
        applyFilter(column);
}

void PlatformColumns::setMarkReadDelay(int ms)
{
    m_markReadDelayMs = ms;
    for (Column &column : m_columns)
        column.actions->setMarkReadDelay(ms);
}

bool PlatformColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const Column &c : m_columns) {
            if (c.view == watched)
                Q_EMIT focused(*c.actions, *c.view);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString PlatformColumns::platformAt(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).platform;
}

QListView *PlatformColumns::viewAt(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).view;
}

InboxModel *PlatformColumns::modelAt(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).model;
}

InboxActions *PlatformColumns::actionsAt(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).actions;
}

QString PlatformColumns::headerAt(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column)).header->text();
}

}  // namespace earshot
