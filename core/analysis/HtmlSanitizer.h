// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace earshot {

// Sanitized form of untrusted HTML: `html` keeps only a safe subset of tags and
// attributes, `text` is the same content as plain text with paragraph breaks.
struct SanitizedHtml {
    QString html;
    QString text;
};

// Parses untrusted HTML (feed content, comments) with an HTML5 parser and keeps a safe
// subset: formatting, lists, tables, links with http(s)/mailto targets and images with
// http(s) sources (whether remote images are loaded is the UI's decision). Scripts, styles,
// frames, objects, forms, event handlers, style attributes and javascript:/data: URLs are
// dropped; relative href/src are resolved against `baseUrl` when it is valid. Input beyond
// 4 MB is truncated and element nesting is bounded, so hostile input costs bounded time.
// Pure and thread-safe; never fails (unusable input yields empty strings).
SanitizedHtml sanitizeHtml(const QString &html, const QUrl &baseUrl = {});
// The same over text held elsewhere, which spares the caller a copy into a QString.
SanitizedHtml sanitizeHtml(QStringView html, const QUrl &baseUrl);
// The same with the base as text: it is parsed only if a relative link needs it, which
// spares a QUrl per item to parsers whose content links are absolute (social posts).
SanitizedHtml sanitizeHtmlAt(const QString &html, const QString &baseUrl);

// Plain text of an HTML fragment: entities decoded, whitespace collapsed, block elements
// separated by blank lines, <br> as a line break, script/style content left out.
// Pure and thread-safe; same input bounds as sanitizeHtml().
QString htmlToPlainText(const QString &html);

// sanitizeHtml() always through the HTML5 parser, skipping the fast reader that handles
// simple, well-nested markup; for tests that hold the two to the same output.
SanitizedHtml sanitizeHtmlWithFullParser(const QString &html, const QUrl &baseUrl = {});

// True when sanitizeHtml() takes the fast reader for `html` (for tests).
bool isSimpleHtml(const QString &html);

}  // namespace earshot
