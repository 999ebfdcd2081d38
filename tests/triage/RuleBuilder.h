// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/RuleEngine.h"

#include <vector>

namespace earshot::test {

// A rule as the tests write them: name, query, actions, and optionally "stop here" and a
// regular expression on the text.
inline Rule rule(const QString &name, const QString &query, std::vector<RuleAction> actions,
                 bool stop = false, const QString &regex = {})
{
    Rule r;
    r.name = name;
    r.query = query;
    r.actions = std::move(actions);
    r.stop = stop;
    r.regex = regex;
    return r;
}

}  // namespace earshot::test
