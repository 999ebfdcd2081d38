// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace earshot {

// Rewrites the ways feeds commonly break XML into well-formed equivalents: a bare "&" becomes
// "&amp;", HTML named entities the document never declares (&nbsp;, &mdash;...) become their
// characters, and characters XML forbids (C0 controls, bad character references) become
// U+FFFD. CDATA sections, comments and the DOCTYPE are left untouched; entities declared in
// an internal DTD subset are left for the XML reader (which bounds their expansion).
// Returns an empty string when nothing needed repair, and says what was repaired in `*what`.
// Pure and thread-safe.
QString repairXml(QStringView text, QString *what);

// The characters of an HTML named character reference ("mdash" -> U+2014), using the HTML5
// table of the HTML parser; empty when the name is unknown.
QString decodeHtmlEntity(QStringView name);

}  // namespace earshot
