// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/RuleActionsEditor.h"

#include "ui/rules/RuleText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace earshot {

RuleActionsEditor::RuleActionsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list);
    m_add = new QPushButton(tr("&Add Action"), this);
    m_add->setObjectName(QStringLiteral("addRuleActionButton"));
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch();
    layout->addLayout(addLine);
}

void RuleActionsEditor::setActions(const std::vector<RuleAction> &actions)
{
    while (!m_rows.empty())
        removeRow(m_rows.back().widget);
    for (const RuleAction &action : actions)
        addRow(action);
    Q_EMIT changed();
}

std::vector<RuleAction> RuleActionsEditor::actions() const
{
    std::vector<RuleAction> out;
    for (const Row &row : m_rows) {
        const QString action = row.action->currentData().toString();
        const QString value = row.value->isEditable() ? row.value->currentText().trimmed()
                                                      : row.value->currentData().toString();
        out.push_back({action, value});
    }
    return out;
}

void RuleActionsEditor::addRow(const RuleAction &action)
{
    auto *widget = new QWidget(this);
    auto *line = new QHBoxLayout(widget);
    line->setContentsMargins(0, 0, 0, 0);
    Row row{widget, new QComboBox(widget), new QComboBox(widget), new QToolButton(widget)};
    row.action->setAccessibleName(tr("Action"));
    row.value->setAccessibleName(tr("Value"));
    for (const QString &id : RuleText::actions())
        row.action->addItem(RuleText::actionName(id), id);
    const QString kind = action.action.isEmpty() ? QStringLiteral("tag") : action.action;
    if (row.action->findData(kind) < 0)
        row.action->addItem(RuleText::actionName(kind), kind);  // kept as stored
    row.action->setCurrentIndex(row.action->findData(kind));
    fillValues(*row.value, kind, action.value);
    auto *remove = static_cast<QToolButton *>(row.remove);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this action"));
    line->addWidget(row.action);
    line->addWidget(row.value, 1);
    line->addWidget(remove);
    m_list->addWidget(widget);
    // Tab goes through the rows top to bottom, then to the add button: a new row's
    // widgets would otherwise come last in the window's chain.
    QWidget *before = m_rows.empty() ? m_add->previousInFocusChain() : m_rows.back().remove;
    setTabOrder(before, row.action);
    setTabOrder(row.action, row.value);
    setTabOrder(row.value, remove);
    setTabOrder(remove, m_add);
    m_rows.push_back(row);

    QComboBox *value = row.value;
    connect(row.action, &QComboBox::currentIndexChanged, this, [this, value, combo = row.action] {
        // Typed text carries over (a tag name becomes the name to assign); a fixed
        // choice means nothing to another action.
        fillValues(*value, combo->currentData().toString(),
                   value->isEditable() ? value->currentText() : QString());
        Q_EMIT changed();
    });
    connect(value, &QComboBox::currentIndexChanged, this, &RuleActionsEditor::changed);
    connect(value, &QComboBox::editTextChanged, this, &RuleActionsEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        removeRow(widget);
        Q_EMIT changed();
    });
    row.action->setFocus();
    Q_EMIT changed();
}

void RuleActionsEditor::removeRow(QWidget *widget)
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [widget](const Row &row) { return row.widget == widget; });
    if (found == m_rows.end())
        return;
    m_rows.erase(found);
    m_list->removeWidget(widget);
    widget->deleteLater();
    m_add->setFocus();
}

void RuleActionsEditor::fillValues(QComboBox &combo, const QString &action, const QString &value)
{
    const QSignalBlocker quiet(combo);
    combo.clear();
    const auto choices = RuleText::choices(action);
    combo.setEditable(choices.empty());
    if (choices.empty()) {
        combo.setEditText(value);
        combo.lineEdit()->setPlaceholderText(action == QLatin1String("priority")
                                                 ? tr("a number, higher is more urgent")
                                                 : tr("value"));
        const bool number = action == QLatin1String("priority");
        if (number != (combo.validator() != nullptr))
            combo.setValidator(number ? new QIntValidator(&combo) : nullptr);
        return;
    }
    for (const auto &[id, name] : choices)
        combo.addItem(name, id);
    // A spam action stored without a value means "mark as spam".
    const int at = combo.findData(
        value.isEmpty() && action == QLatin1String("spam") ? QStringLiteral("1") : value);
    combo.setCurrentIndex(std::max(at, 0));
}

}  // namespace earshot
