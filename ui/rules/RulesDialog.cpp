// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/RulesDialog.h"

#include "ui/Prompter.h"
#include "ui/rules/RuleEditor.h"
#include "ui/rules/RuleText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace earshot {

namespace {

QString conditionText(const Rule &rule)
{
    const QString query = rule.query.isEmpty() ? RulesDialog::tr("every item") : rule.query;
    if (rule.regex.isEmpty())
        return query;
    return RulesDialog::tr("%1, text matches /%2/").arg(query, rule.regex);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

}  // namespace

RulesDialog::RulesDialog(AsyncWorkspace &workspace, Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_async(workspace), m_prompter(prompter)
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Rules"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("On"), tr("Name"), tr("Condition"), tr("Actions"), tr("Stop"), tr("Would change")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);  // Tab moves on to the buttons
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConditionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionsColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RulesDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column != EnabledColumn)
            editRule();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != EnabledColumn)
            return;
        const std::size_t row = std::size_t(item->row());
        if (row < m_rules.size())
            m_async.setEnabled(m_rules[row].id, item->checkState() == Qt::Checked, this,
                               afterChange());
    });

    const auto button = [this](const QString &text, const char *name, void (RulesDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);  // Enter in the list edits; it must not press a button
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    QPushButton *add = button(tr("&Add\u2026"), "addRuleButton", &RulesDialog::addRule);
    m_edit = button(tr("&Edit\u2026"), "editRuleButton", &RulesDialog::editRule);
    m_remove = button(tr("&Remove"), "removeRuleButton", &RulesDialog::removeRule);
    m_up = button(tr("Move &Up"), "moveRuleUpButton", &RulesDialog::moveUp);
    m_down = button(tr("Move &Down"), "moveRuleDownButton", &RulesDialog::moveDown);
    m_toggle = button(tr("Disa&ble"), "toggleRuleButton", &RulesDialog::toggleEnabled);
    m_dryRun = button(tr("Dr&y Run"), "dryRunButton", &RulesDialog::dryRun);
    m_apply = button(tr("A&pply to All Items\u2026"), "applyRulesButton", &RulesDialog::applyToAll);
    m_dryRun->setToolTip(tr("Count the items each rule would change, changing nothing."));
    m_apply->setToolTip(tr("Run the rules that are on over every item in the cache."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rulesSummary"));
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &RulesDialog::reject);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove})
        side->addWidget(b);
    side->addSpacing(12);
    for (QPushButton *b : {m_up, m_down, m_toggle})
        side->addWidget(b);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(side);
    auto *run = new QHBoxLayout;
    run->addWidget(m_dryRun);
    run->addWidget(m_apply);
    run->addStretch();
    run->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addLayout(run);
    resize(860, 420);

    updateButtons();
    m_table->setFocus();
    reload();
}

void RulesDialog::reload()
{
    m_async.list(this, [this](Result<std::vector<Rule>> rules) { showRules(std::move(rules)); });
}

const Rule *RulesDialog::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_rules.size()) ? &m_rules[std::size_t(row)] : nullptr;
}

qint64 RulesDialog::currentId() const
{
    const Rule *rule = current();
    return rule ? rule->id : 0;
}

void RulesDialog::selectRule(qint64 id)
{
    for (std::size_t row = 0; row < m_rules.size(); ++row) {
        if (m_rules[row].id == id) {
            m_table->setCurrentCell(int(row), NameColumn);
            return;
        }
    }
}

void RulesDialog::showRules(Result<std::vector<Rule>> rules)
{
    if (!rules) {
        showMessage(rules.error().message, true);
        return;
    }
    const qint64 keep = currentId();
    m_rules = std::move(*rules);
    m_filling = true;
    m_table->setRowCount(int(m_rules.size()));
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const Rule &rule = m_rules[i];
        const int row = int(i);
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        on->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        on->setToolTip(rule.enabled ? tr("On: the rule runs") : tr("Off: the rule is skipped"));
        m_table->setItem(row, EnabledColumn, on);
        m_table->setItem(row, NameColumn, cell(rule.name));
        m_table->setItem(row, ConditionColumn, cell(conditionText(rule)));
        m_table->setItem(row, ActionsColumn, cell(RuleText::summary(rule.actions)));
        m_table->setItem(row, StopColumn, cell(rule.stop ? tr("stop here") : QString()));
        m_table->setItem(row, CountColumn, cell(QString()));  // counts of the old rules are void
        if (!rule.enabled) {
            for (int column = NameColumn; column <= StopColumn; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    m_filling = false;
    m_summary->clear();
    if (keep > 0)
        selectRule(keep);
    if (currentId() == 0 && !m_rules.empty())
        m_table->setCurrentCell(0, NameColumn);
    updateButtons();
    Q_EMIT rulesShown();
}

AsyncRules::RulesReply RulesDialog::afterChange()
{
    return [this](Result<std::vector<Rule>> rules) {
        if (!rules) {
            showMessage(rules.error().message, true);
            // A refused change may have left a check box the user clicked out of step.
            reload();
            return;
        }
        showRules(std::move(rules));
    };
}

void RulesDialog::updateButtons()
{
    const Rule *rule = current();
    const int row = m_table->currentRow();
    m_edit->setEnabled(rule);
    m_remove->setEnabled(rule);
    m_toggle->setEnabled(rule);
    m_toggle->setText(rule && !rule->enabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_up->setEnabled(rule && row > 0);
    m_down->setEnabled(rule && row + 1 < int(m_rules.size()));
    const bool anyOn =
        std::any_of(m_rules.begin(), m_rules.end(), [](const Rule &r) { return r.enabled; });
    m_dryRun->setEnabled(!m_busy && anyOn);
    m_apply->setEnabled(!m_busy && anyOn);
}

void RulesDialog::addRule()
{
    openEditor(Rule{});
}

void RulesDialog::editRule()
{
    if (const Rule *rule = current())
        openEditor(*rule);
}

void RulesDialog::openEditor(const Rule &rule)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *editor = new RuleEditor(rule, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const Rule edited = editor->rule();
        if (edited.id > 0) {
            m_async.update(edited, this, afterChange());
            return;
        }
        m_async.add(edited, this, [this](Result<std::vector<Rule>> rules) {
            // The new rule has the highest id: select it.
            qint64 newest = 0;
            if (rules) {
                for (const Rule &r : *rules)
                    newest = std::max(newest, r.id);
            }
            afterChange()(std::move(rules));
            if (newest > 0)
                selectRule(newest);
        });
    });
    editor->open();
}

void RulesDialog::removeRule()
{
    const Rule *rule = current();
    if (!rule)
        return;
    const qint64 id = rule->id;
    if (!m_prompter.confirm(
            this,
            tr("Remove the rule \"%1\"? Items it changed keep their changes.").arg(rule->name),
            tr("Remove")))
        return;
    m_async.remove(id, this, afterChange());
}

void RulesDialog::move(int offset)
{
    if (const Rule *rule = current())
        m_async.move(rule->id, offset, this, afterChange());
}

void RulesDialog::toggleEnabled()
{
    if (const Rule *rule = current())
        m_async.setEnabled(rule->id, !rule->enabled, this, afterChange());
}

void RulesDialog::dryRun()
{
    if (m_busy)
        return;
    setBusy(true);
    showMessage(tr("Counting what the rules would change\u2026"));
    m_async.dryRun(this, [this](Result<RuleReport> report) {
        setBusy(false);
        if (!report) {
            showMessage(report.error().message, true);
            return;
        }
        showMessage(QString());
        showCounts(*report);
        Q_EMIT dryRunShown(qint64(report->changedItems.size()));
    });
}

void RulesDialog::showCounts(const RuleReport &report)
{
    for (std::size_t row = 0; row < m_rules.size(); ++row) {
        const Rule &rule = m_rules[row];
        const auto outcome =
            std::find_if(report.rules.begin(), report.rules.end(),
                         [&rule](const RuleOutcome &o) { return o.ruleId == rule.id; });
        QString text;
        QString tip;
        if (outcome != report.rules.end()) {
            const int items = int(outcome->items);
            const int matched = int(outcome->matched);
            text = tr("%n item(s)", nullptr, items);
            tip = tr("Matches %n item(s)", nullptr, matched);
        } else if (!rule.enabled) {
            text = tr("off");
        }
        QTableWidgetItem *item = m_table->item(int(row), CountColumn);
        item->setText(text);
        item->setToolTip(tip);
    }
    const int total = int(report.changedItems.size());
    if (report.rules.empty())
        m_summary->setText(tr("No rule is on."));
    else if (report.dryRun)
        m_summary->setText(
            tr("Dry run: %n item(s) would change in all (an item several rules change counts "
               "once). Nothing was changed.",
               nullptr, total));
    else
        m_summary->setText(tr("%n item(s) changed in all.", nullptr, total));
}

void RulesDialog::applyToAll()
{
    if (m_busy)
        return;
    setBusy(true);
    showMessage(tr("Counting what the rules would change\u2026"));
    // Counted first so that the question can say how much would change.
    m_async.dryRun(this, [this](Result<RuleReport> preview) {
        if (!preview) {
            setBusy(false);
            showMessage(preview.error().message, true);
            return;
        }
        showCounts(*preview);
        Q_EMIT dryRunShown(qint64(preview->changedItems.size()));
        askAndApply(*preview);
    });
}

void RulesDialog::askAndApply(const RuleReport &preview)
{
    const int items = int(preview.changedItems.size());
    if (items == 0) {
        setBusy(false);
        showMessage(tr("The rules would change no item: nothing to apply."));
        return;
    }
    const QString question =
        tr("Apply the rules that are on to every item? %n item(s) will change.", nullptr, items) +
        QLatin1Char(' ') + tr("Triage > Undo takes the whole run back.");
    if (!m_prompter.confirm(this, question, tr("Apply"))) {
        setBusy(false);
        showMessage(tr("Nothing was applied."));
        return;
    }
    showMessage(tr("Applying the rules\u2026"));
    m_async.applyToAll(this, [this](Result<RuleReport> report) {
        setBusy(false);
        if (!report) {
            showMessage(report.error().message, true);
            return;
        }
        showCounts(*report);
        const int changed = int(report->changedItems.size());
        showMessage(tr("The rules changed %n item(s).", nullptr, changed));
        Q_EMIT applied(changed);
    });
}

void RulesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void RulesDialog::showMessage(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #c03030;") : QString());
    m_status->setText(text);
    if (!text.isEmpty())
        Q_EMIT message(text);
}

bool RulesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool alt = key->modifiers() == Qt::AltModifier;
    switch (key->key()) {
    case Qt::Key_Space: toggleEnabled(); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: editRule(); return true;
    case Qt::Key_Delete: removeRule(); return true;
    case Qt::Key_Up:
        if (alt) {
            moveUp();
            return true;
        }
        break;
    case Qt::Key_Down:
        if (alt) {
            moveDown();
            return true;
        }
        break;
    default: break;
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace earshot
