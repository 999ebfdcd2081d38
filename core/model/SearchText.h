// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace earshot {

// Turns what a person typed into an FTS5 match expression:
//   words            all must occur (each reduced to its stem by the index tokenizer)
//   "a phrase"       words next to each other
//   -word            must not occur
//   a OR b           either
// Everything is quoted before it reaches FTS5, so no input can produce an FTS syntax
// error. Returns an empty string when nothing searchable is left.
QString toFtsExpression(const QString &text, bool prefixLastWord = false);

}  // namespace earshot
