// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli notifications [--all] [--json] — the desktop notifications rules raised:
// the new ones (marked shown, as the window marks those it shows), or all with --all.
class NotificationsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("notifications"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
