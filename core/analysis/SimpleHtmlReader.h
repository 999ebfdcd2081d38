// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace earshot {

// An attribute as the sanitizer sees it, whichever reader produced it: lowercase ASCII name,
// character references decoded.
struct HtmlAttr {
    QByteArrayView name;
    QString value;
};
using HtmlAttrs = QVarLengthArray<HtmlAttr, 8>;

// What a reader found out about a text node while it scanned it, so that the sink need not
// look again; a reader that did not look says "maybe" to both.
struct TextShape {
    bool markup = true;   // may hold characters that HTML escapes: '"', '&', '<', '>'
    bool spacing = true;  // may hold whitespace other than single ' ' between words
};

// Receives a parsed HTML fragment in document order.
class HtmlSink {
public:
    virtual ~HtmlSink() = default;
    // Opens an element; false when it is left out with its content. `*emitted` is handed
    // back to the matching leave().
    virtual bool enter(GumboTag tag, const HtmlAttrs &attrs, bool *emitted) = 0;
    virtual void leave(GumboTag tag, bool emitted) = 0;
    virtual void textNode(QStringView text, TextShape shape) = 0;
};

// Reads the simple HTML most entries carry (allowed tags written well nested, quoted or plain
// attributes, the basic character references) straight into `sink`, without building gumbo's
// tree. It accepts input only where HTML5 tree construction yields exactly the elements as
// written, so the sink sees the tree gumbo would build. Anything that makes the parser imply,
// close or move elements, and every tokenizer subtlety (comments, raw text, unusual
// references, CR, NUL, controls), makes it return false; `sink` is then half-fed, and the
// caller must discard it and parse with gumbo from scratch. Pure and thread-safe.
bool readSimpleHtml(QStringView html, HtmlSink &sink);

}  // namespace earshot
