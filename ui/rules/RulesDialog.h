// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AsyncRules.h"
#include "ui/rules/RuleEditor.h"

#include <QDialog>
#include <QPointer>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace earshot {

class AsyncWorkspace;
class Prompter;

// The rules in the order they run, each with its condition, what it does, whether it is
// on and whether it stops later rules. Add, edit, remove, move up and down, switch on and
// off: every change is stored at once. "Dry Run" counts what each rule, and all of them
// together, would change over the whole cache; "Apply to All Items" counts first, asks
// (Prompter) and then applies in one batch that Triage > Undo takes back.
//
// Keys in the list: Space switches the rule on or off, Enter edits, Delete removes,
// Alt+Up and Alt+Down move it.
class RulesDialog : public QDialog {
    Q_OBJECT
public:
    RulesDialog(AsyncWorkspace &workspace, Prompter &prompter, QWidget *parent = nullptr);

    void reload();
    void addRule();
    void editRule();
    void removeRule();
    void moveUp() { move(-1); }
    void moveDown() { move(1); }
    void toggleEnabled();
    void dryRun();
    void applyToAll();

    void selectRule(qint64 id);
    qint64 currentId() const;
    const std::vector<Rule> &rules() const { return m_rules; }
    QTableWidget *table() const { return m_table; }
    // The editor of the rule being added or edited; null when none is open.
    RuleEditor *editor() const { return m_editor; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isBusy() const { return m_busy; }

    enum Column {
        EnabledColumn,
        NameColumn,
        ConditionColumn,
        ActionsColumn,
        StopColumn,
        CountColumn
    };

Q_SIGNALS:
    // The list shows the rules as stored (after loading or after a change).
    void rulesShown();
    // A dry run finished: `items` would change in all.
    void dryRunShown(qint64 items);
    // The rules were applied and changed `items`; 0 items when the user said no.
    void applied(qint64 items);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(int offset);
    void openEditor(const Rule &rule);
    void showRules(Result<std::vector<Rule>> rules);
    // The reply to a change: the rules as stored after it, or the list reloaded when the
    // change failed.
    AsyncRules::RulesReply afterChange();
    void showCounts(const RuleReport &report);
    void askAndApply(const RuleReport &preview);
    void showMessage(const QString &text, bool error = false);
    void setBusy(bool busy);
    void updateButtons();
    const Rule *current() const;

    AsyncRules m_async;
    Prompter &m_prompter;
    std::vector<Rule> m_rules;
    bool m_busy = false;
    bool m_filling = false;  // the table is being filled: its check boxes are not the user's
    QPointer<RuleEditor> m_editor;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_apply = nullptr;
};

}  // namespace earshot
