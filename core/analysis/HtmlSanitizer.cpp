// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/HtmlSanitizer.h"

#include "core/analysis/HtmlNestingLimiter.h"
#include "core/analysis/SimpleHtmlReader.h"
#include "core/analysis/WebUrl.h"

#include <gumbo.h>

#include <QStringView>

#include <cstring>
#include <optional>
#include <vector>

namespace earshot {
namespace {

constexpr qsizetype kMaxInputChars = 4 * 1024 * 1024;
// Deep enough for any real post (quotes of quotes of lists), shallow enough that the parser
// stays linear and its recursive tree teardown cannot exhaust the stack.
constexpr int kMaxNesting = 256;

enum class Policy { Keep, Unwrap, Drop };

Policy policyFor(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_VAR: return Policy::Keep;
    // Active or embedding content, document metadata and form controls go with their content:
    // what is inside them is code, styling or widgets, never part of the post's text.
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_KEYGEN:

    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: return Policy::Drop;
    default: return Policy::Unwrap;  // html, body, font, center, custom elements...
    }
}

// Line breaks an element puts around itself in plain text: 2 = paragraph, 1 = line.
int blockBreaks(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_CENTER: return 2;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGCAPTION: return 1;
    default: return 0;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty() || s.size() > 6)
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

using Attr = HtmlAttr;
using Attrs = HtmlAttrs;

// Appends `s` with the characters that are markup in text (and in quoted attribute values)
// escaped; copies unescaped runs in one go.
void appendEscaped(QString &out, QStringView s)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        // Bits of '"', '&', '<' and '>': one test keeps the common character on the fast path.
        constexpr quint64 kSpecial =
            (1ULL << 0x22) | (1ULL << 0x26) | (1ULL << 0x3C) | (1ULL << 0x3E);
        if (c > u'>' || !((kSpecial >> c) & 1))
            continue;
        const char *rep = nullptr;
        switch (c) {
        case u'&': rep = "&amp;"; break;
        case u'<': rep = "&lt;"; break;
        case u'>': rep = "&gt;"; break;
        case u'"': rep = "&quot;"; break;
        default: continue;
        }
        out.append(s.mid(run, i - run));
        out.append(QLatin1String(rep));
        run = i + 1;
    }
    out.append(s.mid(run));
}

// Builds plain text with collapsed whitespace and at most one blank line between blocks.
class TextBuilder {
public:
    void text(QStringView s, bool preformatted)
    {
        if (preformatted) {
            flushPending();
            m_out.append(s);
            return;
        }
        qsizetype i = 0;
        const qsizetype n = s.size();
        while (i < n) {
            if (s[i].isSpace()) {
                m_pendingSpace = true;
                ++i;
                continue;
            }
            // Words with single spaces between them need no collapsing: copy them as one run.
            qsizetype j = i;
            while (j < n) {
                if (!s[j].isSpace())
                    ++j;
                else if (s[j] == u' ' && j + 1 < n && !s[j + 1].isSpace())
                    j += 2;
                else
                    break;
            }
            flushPending();
            m_out.append(s.mid(i, j - i));
            i = j;
        }
    }
    // text() for a non-preformatted run whose only whitespace is single spaces, none next
    // to another (see TextShape): nothing inside needs collapsing.
    void words(QStringView s)
    {
        qsizetype begin = 0;
        qsizetype end = s.size();
        if (begin < end && s[begin] == u' ') {
            m_pendingSpace = true;
            ++begin;
        }
        const bool trailing = end > begin && s[end - 1] == u' ';
        if (trailing)
            --end;
        if (end > begin) {
            flushPending();
            m_out.append(s.mid(begin, end - begin));
        }
        if (trailing)
            m_pendingSpace = true;
    }
    void lineBreak(int count)
    {
        if (count > m_pendingBreaks)
            m_pendingBreaks = count;
    }
    void space() { m_pendingSpace = true; }
    void reserve(qsizetype size) { m_out.reserve(size); }
    QString take()
    {
        m_out.squeeze();
        return std::move(m_out);
    }

private:
    void flushPending()
    {
        if (!m_out.isEmpty()) {
            if (m_pendingBreaks > 0)
                m_out.append(m_pendingBreaks > 1 ? u"\n\n" : u"\n");
            else if (m_pendingSpace)
                m_out.append(QLatin1Char(' '));
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
    }

    QString m_out;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
};

enum class UrlUse { Link, Image };

// The base URL relative links resolve against, parsed on first use.
class LazyBase {
public:
    explicit LazyBase(const QUrl &url) : m_url(url) {}
    explicit LazyBase(const QString &text) : m_text(text) {}

    const QUrl &url() const
    {
        if (!m_url && !m_text.isEmpty())
            m_url = QUrl(m_text);
        static const QUrl none;
        return m_url ? *m_url : none;
    }

private:
    QString m_text;
    mutable std::optional<QUrl> m_url;
};

// The URL to emit for an href/src, or a null string when it must be dropped. Browsers ignore
// tabs and newlines inside URLs and leading control characters, which is how "java\tscript:"
// slips past naive filters; removing every control character and space first and then checking
// the scheme of the parsed, resolved URL closes that (entities are already decoded by gumbo).
QString safeUrl(QStringView raw, const LazyBase &lazyBase, UrlUse use)
{
    QString cleaned;
    cleaned.reserve(raw.size());
    for (QChar c : raw) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            cleaned.append(c);
    }
    if (cleaned.isEmpty())
        return {};
    if (isCanonicalWebUrl(cleaned))
        return cleaned;  // what the QUrl round trip below would give
    QUrl url(cleaned);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        const QUrl &base = lazyBase.url();
        if (base.isValid() && !base.isRelative())
            url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == u"http" || scheme == u"https";
    if (use == UrlUse::Image) {
        if (!web)
            return {};
    } else if (!web && scheme != u"mailto" && !scheme.isEmpty()) {
        return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

// Turns elements and text, in document order, into the safe HTML and the plain text. Fed by
// the gumbo tree walk or by readSimpleHtml(); both must describe the same tree.
class Walker final : public HtmlSink {
public:
    Walker(const LazyBase &base, bool wantHtml) : m_base(base), m_wantHtml(wantHtml) {}

    // Opens an element; false when it goes with its content (dropped tags, an image without
    // a usable source). `*emitted` says whether a matching leave() writes an end tag.
    bool enter(GumboTag tag, const Attrs &attrs, bool *emitted) override
    {
        const Policy policy = policyFor(tag);
        if (policy == Policy::Drop)
            return false;
        *emitted = false;
        if (policy == Policy::Keep) {
            if (!startTag(tag, attrs))
                return false;
            *emitted = true;
        }
        if (tag == GUMBO_TAG_BR)
            m_text.lineBreak(1);
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            m_text.space();
        m_text.lineBreak(blockBreaks(tag));
        if (tag == GUMBO_TAG_PRE)
            ++m_preDepth;
        return true;
    }

    void leave(GumboTag tag, bool emitted) override
    {
        if (emitted)
            endTag(tag);
        if (tag == GUMBO_TAG_PRE)
            --m_preDepth;
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            m_text.space();
        m_text.lineBreak(blockBreaks(tag));
    }

    void textNode(QStringView s, TextShape shape) override
    {
        if (m_wantHtml) {
            if (shape.markup)
                appendEscaped(m_html, s);
            else
                m_html.append(s);
        }
        if (shape.spacing || m_preDepth > 0)
            m_text.text(s, m_preDepth > 0);
        else
            m_text.words(s);
    }

    // Room for output about as long as the input, so appends rarely reallocate.
    void reserve(qsizetype size)
    {
        if (m_wantHtml)
            m_html.reserve(size + size / 8);
        m_text.reserve(size);
    }

    SanitizedHtml take()
    {
        m_html.squeeze();
        return {std::move(m_html), m_text.take()};
    }

private:
    void appendAttribute(QByteArrayView name, QStringView value)
    {
        m_html.append(QLatin1Char(' '));
        m_html.append(QLatin1StringView(name.data(), name.size()));
        m_html.append(u"=\"");
        appendEscaped(m_html, value);
        m_html.append(QLatin1Char('"'));
    }

    // Emits the start tag with its allowed attributes; false when the element must go
    // (an image without a usable source).
    bool startTag(GumboTag tag, const Attrs &attrs)
    {
        QString src;
        if (tag == GUMBO_TAG_IMG) {
            for (const Attr &a : attrs) {
                if (a.name == "src") {
                    src = safeUrl(a.value, m_base, UrlUse::Image);
                    break;
                }
            }
            if (src.isEmpty())
                return false;
        }
        if (!m_wantHtml)
            return true;
        m_html.append(QLatin1Char('<'));
        m_html.append(QLatin1String(gumbo_normalized_tagname(tag)));
        for (const Attr &a : attrs) {
            const QByteArrayView name = a.name;
            const QString &value = a.value;
            const auto is = [name](const char *n) { return name == n; };
            if (is("title") || is("lang") || is("dir")) {
                appendAttribute(name, value);
            } else if (tag == GUMBO_TAG_A && is("href")) {
                const QString url = safeUrl(value, m_base, UrlUse::Link);
                if (!url.isEmpty())
                    appendAttribute(name, url);
            } else if (tag == GUMBO_TAG_IMG && is("src")) {
                appendAttribute(name, src);
            } else if (tag == GUMBO_TAG_IMG && is("alt")) {
                appendAttribute(name, value);
            } else if (tag == GUMBO_TAG_IMG && (is("width") || is("height"))) {
                if (isAsciiDigits(value))
                    appendAttribute(name, value);
            } else if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) &&
                       (is("colspan") || is("rowspan"))) {
                if (isAsciiDigits(value))
                    appendAttribute(name, value);
            } else if ((tag == GUMBO_TAG_OL && is("start")) ||
                       (tag == GUMBO_TAG_LI && is("value"))) {
                if (isAsciiDigits(value))
                    appendAttribute(name, value);
            } else if (is("cite") && (tag == GUMBO_TAG_Q || tag == GUMBO_TAG_BLOCKQUOTE ||
                                      tag == GUMBO_TAG_DEL || tag == GUMBO_TAG_INS)) {
                const QString url = safeUrl(value, m_base, UrlUse::Link);
                if (!url.isEmpty())
                    appendAttribute(name, url);
            } else if (tag == GUMBO_TAG_TIME && is("datetime")) {
                appendAttribute(name, value);
            }
        }
        m_html.append(QLatin1Char('>'));
        return true;
    }

    void endTag(GumboTag tag)
    {
        if (!m_wantHtml || isVoid(tag))
            return;
        m_html.append(u"</");
        m_html.append(QLatin1String(gumbo_normalized_tagname(tag)));
        m_html.append(QLatin1Char('>'));
    }

    const LazyBase &m_base;
    bool m_wantHtml;
    QString m_html;
    TextBuilder m_text;
    int m_preDepth = 0;
};

QString fromUtf8(const char *s)
{
    return QString::fromUtf8(s, qsizetype(std::strlen(s)));
}

// Feeds the walker from gumbo's tree. Iterative on purpose: the tree can be as deep as
// kMaxNesting plus what the parser adds, and a recursive walk would tie stack use to the
// input.
void walkTree(const GumboNode *root, Walker &w)
{
    struct Frame {
        const GumboNode *node;
        unsigned next;
        bool emitted;
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0, false});
    Attrs attrs;
    while (!stack.empty()) {
        Frame &f = stack.back();
        const GumboVector &children = f.node->type == GUMBO_NODE_DOCUMENT
                                          ? f.node->v.document.children
                                          : f.node->v.element.children;
        if (f.next < children.length) {
            const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
            switch (child->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_WHITESPACE:
                w.textNode(fromUtf8(child->v.text.text), TextShape{});
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: {
                const GumboElement &el = child->v.element;
                attrs.clear();
                for (unsigned i = 0; i < el.attributes.length; ++i) {
                    const auto *a = static_cast<const GumboAttribute *>(el.attributes.data[i]);
                    attrs.append(Attr{QByteArrayView(a->name), fromUtf8(a->value)});
                }
                bool emitted = false;
                if (w.enter(el.tag, attrs, &emitted))
                    stack.push_back({child, 0, emitted});
                break;
            }
            case GUMBO_NODE_DOCUMENT:
            case GUMBO_NODE_COMMENT: break;
            }
            continue;
        }
        if (f.node->type != GUMBO_NODE_DOCUMENT)
            w.leave(f.node->v.element.tag, f.emitted);
        stack.pop_back();
    }
}

// True when `s` has no markup at all, the common case for titles and short summaries.
bool isPlain(QStringView s)
{
    for (QChar c : s) {
        if (c == u'<' || c == u'&')
            return false;
    }
    return true;
}

QStringView bounded(QStringView input)
{
    QStringView view = input;
    if (view.size() > kMaxInputChars) {
        qsizetype cut = kMaxInputChars;
        if (view[cut - 1].isHighSurrogate())
            --cut;
        view = view.left(cut);
    }
    return view;
}

SanitizedHtml parseWithGumbo(QStringView view, const LazyBase &base, bool wantHtml)
{
    Walker w(base, wantHtml);
    const QByteArray utf8 = limitHtmlNesting(view.toUtf8(), kMaxNesting);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // error records cost memory and time; we never read them
    options.fragment_context = GUMBO_TAG_DIV;
    GumboOutput *output =
        gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size()));
    if (!output)
        return {};
    walkTree(output->document, w);
    gumbo_destroy_output(&options, output);
    return w.take();
}

SanitizedHtml run(QStringView input, const LazyBase &base, bool wantHtml)
{
    const QStringView view = bounded(input);
    Walker w(base, wantHtml);
    if (isPlain(view)) {
        w.textNode(view, TextShape{});
        return w.take();
    }
    // Most entries are simple enough that gumbo's tree is not needed to know their shape.
    w.reserve(view.size());
    if (readSimpleHtml(view, w))
        return w.take();
    return parseWithGumbo(view, base, wantHtml);
}

}  // namespace

SanitizedHtml sanitizeHtml(const QString &html, const QUrl &baseUrl)
{
    return run(html, LazyBase(baseUrl), true);
}

SanitizedHtml sanitizeHtml(QStringView html, const QUrl &baseUrl)
{
    return run(html, LazyBase(baseUrl), true);
}

SanitizedHtml sanitizeHtmlAt(const QString &html, const QString &baseUrl)
{
    return run(html, LazyBase(baseUrl), true);
}

QString htmlToPlainText(const QString &html)
{
    return run(html, LazyBase(QUrl()), false).text;
}

SanitizedHtml sanitizeHtmlWithFullParser(const QString &html, const QUrl &baseUrl)
{
    return parseWithGumbo(bounded(html), LazyBase(baseUrl), true);
}

bool isSimpleHtml(const QString &html)
{
    const LazyBase noBase{QUrl()};
    Walker w(noBase, true);
    return readSimpleHtml(bounded(html), w);
}

}  // namespace earshot
