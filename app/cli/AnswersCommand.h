// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli answers list [--json] | import F.csv | export F.csv | suggest ITEM [--json]
//   | status ID draft|approved|retired
class AnswersCommand : public Command {
public:
    QString name() const override { return QStringLiteral("answers"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
