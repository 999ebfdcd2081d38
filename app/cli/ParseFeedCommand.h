// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli parse-feed FILE [--url BASE] [--json] — parses a feed file offline.
class ParseFeedCommand : public Command {
public:
    QString name() const override { return QStringLiteral("parse-feed"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
