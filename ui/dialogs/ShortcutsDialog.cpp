// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace earshot {

ShortcutsDialog::ShortcutsDialog(const std::vector<ShortcutEntry> &shortcuts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));

    auto *table = new QTableWidget(static_cast<int>(shortcuts.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    int row = 0;
    for (const ShortcutEntry &entry : shortcuts) {
        QStringList keys;
        for (const QKeySequence &k : entry.keys + entry.otherKeys)
            keys << k.toString(QKeySequence::NativeText);
        table->setItem(row, 0, new QTableWidgetItem(keys.join(tr(" or "))));
        table->setItem(row, 1, new QTableWidgetItem(entry.description));
        ++row;
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 420);
}

}  // namespace earshot
