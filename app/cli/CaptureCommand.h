// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli capture --url U --platform P --author A (--text T | --text-file F)
//   [--title T] [--published TIME] [--lang L]
class CaptureCommand : public Command {
public:
    QString name() const override { return QStringLiteral("capture"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
