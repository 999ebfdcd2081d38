// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli sources [--json] — lists sources with their sync health;
// `sources edit ID ...` and `sources remove ID` change one.
class SourcesCommand : public Command {
public:
    QString name() const override { return QStringLiteral("sources"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    int edit(const QStringList &arguments, Context &context);
    int remove(const QStringList &arguments, Context &context);
};

}  // namespace earshot::cli
