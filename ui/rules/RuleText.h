// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/RuleRepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace earshot {

// How rules and their actions read in the window: the names of the actions people can
// pick, the values some of them take, and a one-line summary of what a rule does.
class RuleText {
    Q_DECLARE_TR_FUNCTIONS(RuleText)
public:
    // The actions offered, in menu order ("tag", "untag", "status", ...).
    static const QStringList &actions();
    static QString actionName(const QString &action);  // "Add tag"
    // The fixed values of an action (status ids, spam yes/no) with their names; empty
    // for actions that take free text.
    static std::vector<std::pair<QString, QString>> choices(const QString &action);
    // "Add tag billing; Set status closed".
    static QString summary(const std::vector<RuleAction> &actions);
};

}  // namespace earshot
