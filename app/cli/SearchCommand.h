// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli search Q [--json] [--limit N] [--order date|relevance] [filters]
class SearchCommand : public Command {
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
