// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/HtmlNestingLimiter.h"

#include <array>
#include <cstring>
#include <string_view>

// Why a hand-written pre-pass: the packaged gumbo (0.10.x) has no depth limit, walks the
// whole open-element stack for every block start tag (quadratic: 40,000 nested <div> take
// seconds) and frees its tree recursively (a few hundred thousand nested <span> overflow the
// stack). This scanner only counts tags, it does not build anything; it errs on the side of
// keeping markup, because gumbo copes with any shallow soup.

namespace earshot {
namespace {

using namespace std::string_view_literals;

// Elements that never nest: void elements and those whose end tag is implied by a sibling.
constexpr std::array kNonNesting = {
    "area"sv,   "base"sv,     "br"sv,    "col"sv,    "embed"sv,  "hr"sv,       "img"sv,
    "input"sv,  "link"sv,     "meta"sv,  "param"sv,  "source"sv, "track"sv,    "wbr"sv,
    "p"sv,      "li"sv,       "dt"sv,    "dd"sv,     "tr"sv,     "td"sv,       "th"sv,
    "option"sv, "optgroup"sv, "thead"sv, "tbody"sv,  "tfoot"sv,  "colgroup"sv, "rb"sv,
    "rt"sv,     "rp"sv,       "rtc"sv,   "keygen"sv, "frame"sv,  "basefont"sv, "bgsound"sv};

// Elements whose content is not markup (or is dropped whole by the sanitizer): skipped to
// their end tag so "<div>" inside a script does not count.
constexpr std::array kOpaque = {"script"sv,   "style"sv,     "textarea"sv, "title"sv,
                                "xmp"sv,      "iframe"sv,    "noembed"sv,  "noframes"sv,
                                "noscript"sv, "plaintext"sv, "svg"sv,      "math"sv};

template <std::size_t N>
bool contains(const std::array<std::string_view, N> &set, std::string_view name)
{
    for (const auto &s : set) {
        if (s == name)
            return true;
    }
    return false;
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Index just past the '>' closing the tag that starts at `from`, honouring quoted attribute
// values; -1 when the input ends first.
qsizetype tagEnd(const char *s, qsizetype n, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < n; ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return -1;
}

// Index of the "</name" closing an opaque element, or n.
qsizetype opaqueEnd(const char *s, qsizetype n, qsizetype from, std::string_view name)
{
    for (qsizetype i = from; i + 1 < n; ++i) {
        const void *lt = std::memchr(s + i, '<', std::size_t(n - i));
        if (!lt)
            return n;
        i = static_cast<const char *>(lt) - s;
        if (i + 1 >= n || s[i + 1] != '/' || i + 2 + qsizetype(name.size()) > n)
            continue;
        bool match = true;
        for (std::size_t k = 0; k < name.size() && match; ++k)
            match = lower(s[i + 2 + qsizetype(k)]) == name[k];
        if (match)
            return i;
    }
    return n;
}

}  // namespace

QByteArray limitHtmlNesting(const QByteArray &html, int maxDepth)
{
    const char *s = html.constData();
    const qsizetype n = html.size();
    QByteArray out;
    qsizetype copied = 0;  // input before this index is in `out` (or dropped)
    bool changed = false;
    int depth = 0;
    int excess = 0;  // start tags dropped and not yet matched by a dropped end tag
    char name[16];

    auto drop = [&](qsizetype from, qsizetype to) {
        if (!changed) {
            out.reserve(n);
            changed = true;
        }
        out.append(s + copied, from - copied);
        copied = to;
    };

    qsizetype i = 0;
    while (i < n) {
        const void *lt = std::memchr(s + i, '<', std::size_t(n - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - s;
        if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
            const qsizetype close = html.indexOf("-->", i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const bool isEnd = i + 1 < n && s[i + 1] == '/';
        qsizetype k = i + 1 + (isEnd ? 1 : 0);
        std::size_t len = 0;
        while (k < n && isAlnum(s[k])) {
            if (len < sizeof(name))
                name[len] = lower(s[k]);
            ++len;
            ++k;
        }
        if (len == 0) {
            ++i;
            continue;
        }
        const qsizetype end = tagEnd(s, n, k);
        if (end < 0)
            break;  // truncated tag: the parser treats the rest as text
        const std::string_view tag(name, len <= sizeof(name) ? len : 0);
        if (!isEnd && !tag.empty() && contains(kOpaque, tag)) {
            i = opaqueEnd(s, n, end, tag);
            continue;
        }
        if (!contains(kNonNesting, tag)) {
            if (!isEnd) {
                if (depth >= maxDepth) {
                    drop(i, end);
                    ++excess;
                } else {
                    ++depth;
                }
            } else if (excess > 0) {
                drop(i, end);
                --excess;
            } else if (depth > 0) {
                --depth;
            }
        }
        i = end;
    }
    if (!changed)
        return html;
    out.append(s + copied, n - copied);
    return out;
}

}  // namespace earshot
