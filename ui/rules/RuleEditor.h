// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/RuleRepository.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace earshot {

class RuleActionsEditor;

// Edits one rule: its name, the condition in the query language (checked as typed, the
// place where it breaks marked), an optional text pattern, the actions, whether later
// rules leave its items alone, and whether it runs at all. OK stays off while the rule
// could not be stored; accept() refuses such a rule too.
class RuleEditor : public QDialog {
    Q_OBJECT
public:
    explicit RuleEditor(const Rule &rule, QWidget *parent = nullptr);

    // The rule as edited (with the id and position it came with).
    Rule rule() const;
    // Why the rule cannot be stored yet, or an empty string.
    QString problem() const;

    void accept() override;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *conditionField() const { return m_condition; }
    QLabel *conditionError() const { return m_conditionError; }
    QLineEdit *patternField() const { return m_pattern; }
    RuleActionsEditor *actionsEditor() const { return m_actions; }
    QCheckBox *stopBox() const { return m_stop; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void validate();
    // Shows where the condition breaks; true when it parses.
    bool checkCondition();

    Rule m_rule;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_condition = nullptr;
    QLabel *m_conditionError = nullptr;
    QLineEdit *m_pattern = nullptr;
    RuleActionsEditor *m_actions = nullptr;
    QCheckBox *m_stop = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace earshot
