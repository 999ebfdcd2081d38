// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/RuleEditor.h"

#include "core/model/Query.h"
#include "core/services/RuleEngine.h"
#include "ui/rules/RuleActionsEditor.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

RuleEditor::RuleEditor(const Rule &rule, QWidget *parent) : QDialog(parent), m_rule(rule)
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(rule.id > 0 ? tr("Edit Rule") : tr("New Rule"));

    m_name = new QLineEdit(rule.name, this);
    m_condition = new QLineEdit(rule.query, this);
    m_condition->setPlaceholderText(tr("e.g. platform:vk (refund OR billing) -tag:done"));
    m_condition->setToolTip(
        tr("Which items the rule acts on, in the search language; empty matches every item."));
    m_conditionError = new QLabel(this);
    m_conditionError->setObjectName(QStringLiteral("conditionError"));
    m_conditionError->setTextFormat(Qt::RichText);
    m_conditionError->setWordWrap(true);
    m_conditionError->setVisible(false);
    m_pattern = new QLineEdit(rule.regex, this);
    m_pattern->setPlaceholderText(tr("optional regular expression"));
    m_pattern->setToolTip(
        tr("Also require this regular expression (any case) in the title or "
           "text."));
    m_actions = new RuleActionsEditor(this);
    m_stop =
        new QCheckBox(tr("&Stop here: later rules leave the items this rule matches alone"), this);
    m_stop->setChecked(rule.stop);
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setChecked(rule.enabled);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Condition:"), m_condition);
    form->addRow(QString(), m_conditionError);
    form->addRow(tr("&Text pattern:"), m_pattern);
    form->addRow(tr("Actions:"), m_actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_stop);
    layout->addWidget(m_enabled);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    m_actions->setActions(rule.actions);
    if (rule.actions.empty())
        m_actions->addRow();  // a new rule starts with one action to fill in

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RuleEditor::reject);
    for (QLineEdit *field : {m_name, m_condition, m_pattern})
        connect(field, &QLineEdit::textChanged, this, &RuleEditor::validate);
    connect(m_actions, &RuleActionsEditor::changed, this, &RuleEditor::validate);
    validate();
    setMinimumWidth(520);  // room for the condition's error without wrapping every word
    m_name->setFocus();
}

Rule RuleEditor::rule() const
{
    Rule rule = m_rule;
    rule.name = m_name->text().trimmed();
    rule.query = m_condition->text().trimmed();
    rule.regex = m_pattern->text();
    rule.actions = m_actions->actions();
    rule.stop = m_stop->isChecked();
    rule.enabled = m_enabled->isChecked();
    return rule;
}

QString RuleEditor::problem() const
{
    const std::optional<Error> error = RuleEngine::validate(rule());
    return error ? error->message : QString();
}

void RuleEditor::accept()
{
    validate();
    if (problem().isEmpty())
        QDialog::accept();
}

void RuleEditor::validate()
{
    const bool conditionOk = checkCondition();
    const QString why = problem();
    // The condition's own label already says where it breaks.
    m_problem->setText(conditionOk ? why : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

bool RuleEditor::checkCondition()
{
    const QString query = m_condition->text().trimmed();
    const ParsedQuery parsed = parseQuery(query, QDateTime::currentMSecsSinceEpoch());
    m_conditionError->setVisible(!parsed.ok);
    if (parsed.ok) {
        m_conditionError->clear();
        m_condition->setStyleSheet(QString());
        return true;
    }
    // The condition with the character where it breaks marked, then the reason; the
    // position counts in the trimmed text, which is what is stored.
    const qsizetype at = qBound<qsizetype>(0, parsed.error.position, query.size());
    const QString marked =
        query.left(at).toHtmlEscaped() +
        QStringLiteral("<span style=\"background:#f4b4b4\">%1</span>")
            .arg(at < query.size() ? query.mid(at, 1).toHtmlEscaped() : QStringLiteral("&nbsp;")) +
        query.mid(at + 1).toHtmlEscaped();
    m_conditionError->setText(
        QStringLiteral("<span style=\"color:#c03030\">%1</span> <code>%2</code>")
            .arg(tr("Not valid at %1.").arg(parsed.error.toString().toHtmlEscaped()), marked));
    m_condition->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c03030; }"));
    return false;
}

}  // namespace earshot
