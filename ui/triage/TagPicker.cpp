// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/triage/TagPicker.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace earshot {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;  // the full hierarchical name

QIcon swatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (QColor(color).isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(color));
        painter.drawEllipse(1, 1, 10, 10);
    }
    return QIcon(pixmap);
}

}  // namespace

TagPicker::TagPicker(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("tagPicker"));
    setWindowTitle(tr("Add a Tag"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("tagField"));
    m_field->setPlaceholderText(tr("Tag, e.g. problem/billing"));
    m_field->installEventFilter(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);

    connect(m_field, &QLineEdit::textChanged, this, &TagPicker::filter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { accept(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        const QString tag = chosenTag();
        if (!tag.isEmpty())
            Q_EMIT tagChosen(tag);
    });
    resize(360, 420);
}

void TagPicker::setTags(const std::vector<TagRecord> &tags)
{
    m_tree->clear();
    // Parents may exist only as a prefix of a deeper tag: build every level.
    QHash<QString, QTreeWidgetItem *> nodes;
    QHash<QString, QString> colors;
    for (const TagRecord &tag : tags)
        colors.insert(tag.name.toLower(), tag.color);
    for (const TagRecord &tag : tags) {
        const QStringList parts = tag.name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString path;
        QTreeWidgetItem *parent = nullptr;
        for (const QString &part : parts) {
            path = path.isEmpty() ? part : path + QLatin1Char('/') + part;
            QTreeWidgetItem *&node = nodes[path.toLower()];
            if (!node) {
                node = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                node->setText(0, part);
                node->setData(0, kNameRole, path);
                node->setIcon(0, swatch(colors.value(path.toLower())));
            }
            parent = node;
        }
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_tree->expandAll();
    filter(m_field->text());
}

QString TagPicker::chosenTag() const
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (current && !current->isHidden())
        return current->data(0, kNameRole).toString();
    return m_field->text().trimmed();
}

void TagPicker::filter(const QString &text)
{
    const QString needle = text.trimmed();
    QTreeWidgetItem *firstMatch = nullptr;
    // Post-order walk: a parent stays visible while any child matches.
    std::function<bool(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = visit(item->child(i)) || anyChild;
        const QString name = item->data(0, kNameRole).toString();
        const bool self = needle.isEmpty() || name.contains(needle, Qt::CaseInsensitive);
        if (self && !firstMatch && !needle.isEmpty())
            firstMatch = item;
        item->setHidden(!(self || anyChild));
        return self || anyChild;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        visit(m_tree->topLevelItem(i));
    // An exact match wins; otherwise the first match is highlighted; nothing when the
    // typed text is a new tag.
    QTreeWidgetItem *exact = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kNameRole).toString().compare(needle, Qt::CaseInsensitive) == 0)
            exact = *it;
    }
    m_tree->setCurrentItem(exact ? exact : firstMatch);
    if (!exact && !firstMatch)
        m_tree->clearSelection();
}

bool TagPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the list while typing.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            QCoreApplication::sendEvent(m_tree, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace earshot
