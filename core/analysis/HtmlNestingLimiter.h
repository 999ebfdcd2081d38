// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace earshot {

// Removes start tags (and as many later end tags) that would nest elements deeper than
// `maxDepth`, so the HTML parser behind HtmlSanitizer never sees pathological nesting.
// Returns `html` unchanged (shared, no copy) in the common case. Pure and thread-safe.
QByteArray limitHtmlNesting(const QByteArray &html, int maxDepth);

}  // namespace earshot
