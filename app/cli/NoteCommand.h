// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli note TEXT (ID...|--query Q)
class NoteCommand : public Command {
public:
    QString name() const override { return QStringLiteral("note"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
