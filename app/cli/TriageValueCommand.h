// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// The triage actions that set one value on items, sharing one shape:
//   earshot-cli assign NAME|--none (ID...|--query Q)
//   earshot-cli priority N (ID...|--query Q)
//   earshot-cli spam [--not] (ID...|--query Q)
class TriageValueCommand : public Command {
public:
    enum class Kind { Assign, Priority, Spam };
    explicit TriageValueCommand(Kind kind) : m_kind(kind) {}

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    Kind m_kind;
};

// earshot-cli activity ITEM [--json]: who did what to an item, oldest first.
class ActivityCommand : public Command {
public:
    QString name() const override { return QStringLiteral("activity"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
