// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/SimpleHtmlReader.h"

#include <algorithm>
#include <array>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace earshot {
namespace {

// How SimpleHtmlReader treats a tag; everything not listed is left to gumbo.
enum class Simple {
    No,
    Inline,    // phrasing and formatting elements: nothing implied around them
    Block,     // closes an open <p> in HTML5 tree construction
    Heading,   // a Block that also closes an open heading
    ListItem,  // li: closes an open <li>, so it must sit right in a ul/ol
    DefItem,   // dt/dd: likewise in a dl
    Void,      // br, img: no content, no end tag
    VoidBlock  // hr
};

Simple simpleKind(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR: return Simple::Inline;
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL: return Simple::Block;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: return Simple::Heading;
    case GUMBO_TAG_LI: return Simple::ListItem;
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: return Simple::DefItem;
    case GUMBO_TAG_BR:
    case GUMBO_TAG_IMG: return Simple::Void;
    case GUMBO_TAG_HR: return Simple::VoidBlock;
    default: return Simple::No;
    }
}

// How the reader's main loop treats an ASCII character in text.
enum class AsciiClass : unsigned char {
    Text,     // passed on as it is
    Space,    // ' ': fine between words, but two in a row need collapsing
    Escaped,  // '"' and '>': passed on, escaped in the output
    Markup,   // '<' and '&'
    Other     // controls (tab and newline among them) and DEL: checked one by one
};

constexpr std::array<AsciiClass, 0x80> kAsciiClass = [] {
    std::array<AsciiClass, 0x80> table{};
    for (std::size_t c = 0; c < table.size(); ++c)
        table[c] = c < 0x20 || c == 0x7F ? AsciiClass::Other : AsciiClass::Text;
    table[std::size_t(' ')] = AsciiClass::Space;
    table[std::size_t('"')] = AsciiClass::Escaped;
    table[std::size_t('>')] = AsciiClass::Escaped;
    table[std::size_t('<')] = AsciiClass::Markup;
    table[std::size_t('&')] = AsciiClass::Markup;
    return table;
}();

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

// Code points the HTML parser passes through untouched and without a parse error; the
// others (controls, noncharacters, what numeric references remap) are left to gumbo.
bool isPlainCodePoint(char32_t c)
{
    if (c < 0x20)
        return c == u'\t' || c == u'\n';
    if (c >= 0x7F && c <= 0x9F)
        return false;
    if (c >= 0xD800 && c <= 0xDFFF)
        return false;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return false;
    return c <= 0x10FFFF;
}

// See readSimpleHtml(). Keeps the stack of open elements to check each tag against what the
// HTML5 tree construction would do with it.
class SimpleHtmlReader {
public:
    explicit SimpleHtmlReader(QStringView s) : m_s(s) {}

    // One pass over the input: markup is read as it comes, and each text run is handed on
    // with its shape, noted on the way.
    bool read(HtmlSink &w)
    {
        const qsizetype n = m_s.size();
        qsizetype textStart = 0;
        TextShape shape{false, false};
        while (m_i < n) {
            m_i = skipPlainBlocks(m_i);
            // Character by character through the block that held something else.
            const qsizetype stop = std::min(n, m_i + kBlock);
            while (m_i < stop) {
                const char16_t c = m_s[m_i].unicode();
                if (c < 0x80) {
                    switch (kAsciiClass[c]) {
                    case AsciiClass::Text: ++m_i; continue;
                    case AsciiClass::Space:
                        if (m_i > textStart && m_s[m_i - 1] == u' ')
                            shape.spacing = true;
                        ++m_i;
                        continue;
                    case AsciiClass::Escaped:
                        shape.markup = true;
                        ++m_i;
                        continue;
                    case AsciiClass::Markup:
                        flushText(w, textStart, shape);
                        if (c == u'<' ? !tag(w) : !reference(&m_text))
                            return false;
                        textStart = m_i;
                        shape = {false, false};
                        continue;
                    case AsciiClass::Other: break;
                    }
                } else if (isPlainLetter(c)) {
                    ++m_i;
                    continue;
                }
                shape.spacing = true;  // tabs, newlines and the spaces beyond ASCII
                if (!plainChar())
                    return false;
            }
        }
        flushText(w, textStart, shape);
        return m_stack.empty();
    }

private:
    struct Open {
        GumboTag tag;
        bool emitted;
    };

    static constexpr qsizetype kBlock = 8;

    // Letters of most scripts beyond ASCII: no spaces among them, nothing the parser treats
    // specially.
    static bool isPlainLetter(char16_t c) { return c > 0xA0 && c < 0x1680; }

    // Index of the first block of kBlock characters from `i` that holds anything but
    // Text-class ASCII, single spaces (none right after another, so the shape stays as it
    // is) and plain letters; the character before `i` must be in the input.
    qsizetype skipPlainBlocks(qsizetype i) const
    {
#ifdef __SSE2__
        if (i == 0)
            return i;
        const char16_t *p = m_s.utf16();
        const qsizetype n = m_s.size();
        const __m128i space = _mm_set1_epi16(' ');
        while (n - i >= kBlock) {
            // Signed compares: units from 0x8000 up are negative and fail every range test.
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i - 1));
            const __m128i printable =
                _mm_and_si128(_mm_cmpgt_epi16(c, space), _mm_cmplt_epi16(c, _mm_set1_epi16(0x7F)));
            const __m128i special =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(c, _mm_set1_epi16('"')),
                                          _mm_cmpeq_epi16(c, _mm_set1_epi16('&'))),
                             _mm_or_si128(_mm_cmpeq_epi16(c, _mm_set1_epi16('<')),
                                          _mm_cmpeq_epi16(c, _mm_set1_epi16('>'))));
            const __m128i single =
                _mm_andnot_si128(_mm_cmpeq_epi16(prev, space), _mm_cmpeq_epi16(c, space));
            const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(c, _mm_set1_epi16(0xA0)),
                                                 _mm_cmplt_epi16(c, _mm_set1_epi16(0x1680)));
            const __m128i plain =
                _mm_or_si128(_mm_or_si128(_mm_andnot_si128(special, printable), single), letter);
            if (_mm_movemask_epi8(plain) != 0xFFFF)
                break;
            i += kBlock;
        }
#endif
        return i;
    }

    // Steps over one character of text (a surrogate pair counts as one); false when it is
    // not one the reader can pass on unchanged.
    bool plainChar()
    {
        const char16_t c = m_s[m_i].unicode();
        if (QChar::isHighSurrogate(c) && m_i + 1 < m_s.size() &&
            QChar::isLowSurrogate(m_s[m_i + 1].unicode())) {
            const char32_t cp = QChar::surrogateToUcs4(c, m_s[m_i + 1].unicode());
            m_i += 2;
            return isPlainCodePoint(cp);
        }
        ++m_i;
        return c == u'\r' ? false : isPlainCodePoint(c);
    }

    // Hands on the text before m_i: the run as it is, or joined to what references before
    // it stood for (whose shape is unknown).
    void flushText(HtmlSink &w, qsizetype textStart, TextShape shape)
    {
        const QStringView run = m_s.mid(textStart, m_i - textStart);
        if (m_text.isEmpty()) {
            if (!run.isEmpty())
                w.textNode(run, shape);
            return;
        }
        m_text.append(run);
        w.textNode(m_text, TextShape{});
        m_text.clear();
    }

    // At '&': appends what it stands for. A lone '&' (not followed by a name or '#') is
    // literal; anything but the basic references is not simple.
    bool reference(QString *out)
    {
        const qsizetype start = m_i + 1;
        if (start >= m_s.size() || !(isAsciiAlnum(m_s[start].unicode()) || m_s[start] == u'#')) {
            out->append(QLatin1Char('&'));
            ++m_i;
            return true;
        }
        const qsizetype semi = m_s.indexOf(u';', start);
        if (semi < 0 || semi - start > 10)
            return false;
        const QStringView name = m_s.mid(start, semi - start);
        char32_t cp = 0;
        if (name == u"amp") {
            cp = u'&';
        } else if (name == u"lt") {
            cp = u'<';
        } else if (name == u"gt") {
            cp = u'>';
        } else if (name == u"quot") {
            cp = u'"';
        } else if (name == u"apos") {
            cp = u'\'';
        } else if (name == u"nbsp") {
            cp = 0xA0;
        } else if (name.size() >= 2 && name[0] == u'#') {
            const bool hex = name[1] == u'x' || name[1] == u'X';
            const QStringView digits = name.mid(hex ? 2 : 1);
            if (digits.isEmpty() || digits.size() > 7)
                return false;
            for (QChar d : digits) {
                const char16_t u = d.unicode();
                const bool digit = (u >= u'0' && u <= u'9') ||
                                   (hex && ((u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')));
                if (!digit)
                    return false;
            }
            bool ok = false;
            cp = char32_t(digits.toUInt(&ok, hex ? 16 : 10));
            if (!ok || !isPlainCodePoint(cp))
                return false;
        } else {
            return false;
        }
        out->append(QChar::fromUcs4(cp));
        m_i = semi + 1;
        return true;
    }

    bool pOpen() const
    {
        for (const Open &o : m_stack) {
            if (o.tag == GUMBO_TAG_P)
                return true;
        }
        return false;
    }

    bool anchorOpen() const
    {
        for (const Open &o : m_stack) {
            if (o.tag == GUMBO_TAG_A)
                return true;
        }
        return false;
    }

    // Lowercase ASCII tag or attribute name at m_i, kept in m_names until the next tag;
    // empty when it has other characters or the tag's names are unusually long.
    QByteArrayView name(bool attribute)
    {
        const qsizetype start = m_namesUsed;
        while (m_i < m_s.size()) {
            const char16_t c = m_s[m_i].unicode();
            if (isHtmlSpace(c) || c == u'/' || c == u'>' || (attribute && c == u'='))
                break;
            const bool ok = isAsciiAlnum(c) ||
                            (attribute && (c == u'-' || c == u'_' || c == u':' || c == u'.'));
            if (!ok || m_namesUsed == qsizetype(m_names.size()))
                return {};
            m_names[std::size_t(m_namesUsed++)] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
            ++m_i;
        }
        return QByteArrayView(m_names.data() + start, m_namesUsed - start);
    }

    void skipSpace()
    {
        while (m_i < m_s.size() && isHtmlSpace(m_s[m_i].unicode()))
            ++m_i;
    }

    bool attributeValue(QString *value)
    {
        if (m_i >= m_s.size())
            return false;
        const char16_t quote = m_s[m_i].unicode();
        if (quote == u'"' || quote == u'\'') {
            ++m_i;
            qsizetype run = m_i;
            while (true) {
                if (m_i >= m_s.size())
                    return false;
                const char16_t c = m_s[m_i].unicode();
                if (c == quote)
                    break;
                if (c == u'&') {
                    value->append(m_s.mid(run, m_i - run));
                    if (!reference(value))
                        return false;
                    run = m_i;
                } else if (!plainChar()) {
                    return false;
                }
            }
            value->append(m_s.mid(run, m_i - run));
            ++m_i;
            // A value must be followed by a separator, or the tokenizer reads on oddly.
            return m_i < m_s.size() &&
                   (isHtmlSpace(m_s[m_i].unicode()) || m_s[m_i] == u'>' || m_s[m_i] == u'/');
        }
        qsizetype run = m_i;
        while (m_i < m_s.size() && !isHtmlSpace(m_s[m_i].unicode()) && m_s[m_i] != u'>') {
            const char16_t c = m_s[m_i].unicode();
            if (c == u'"' || c == u'\'' || c == u'<' || c == u'=' || c == u'`')
                return false;
            if (c == u'&') {
                value->append(m_s.mid(run, m_i - run));
                if (!reference(value))
                    return false;
                run = m_i;
            } else if (!plainChar()) {
                return false;
            }
        }
        if (m_i == run && value->isEmpty())
            return false;
        value->append(m_s.mid(run, m_i - run));
        return true;
    }

    // Attributes up to and including '>'; `*selfClosing` for "/>".
    bool attributes(HtmlAttrs *attrs, bool *selfClosing)
    {
        while (true) {
            skipSpace();
            if (m_i >= m_s.size())
                return false;
            const char16_t c = m_s[m_i].unicode();
            if (c == u'>') {
                ++m_i;
                return true;
            }
            if (c == u'/') {
                if (m_i + 1 >= m_s.size() || m_s[m_i + 1] != u'>')
                    return false;
                *selfClosing = true;
                m_i += 2;
                return true;
            }
            HtmlAttr a;
            const QByteArrayView n = name(true);
            if (n.isEmpty())
                return false;
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == u'=') {
                ++m_i;
                skipSpace();
                if (!attributeValue(&a.value))
                    return false;
            }
            for (const HtmlAttr &other : *attrs) {
                if (other.name == n)
                    return false;  // gumbo keeps the first; not worth mirroring
            }
            a.name = n;
            attrs->append(std::move(a));
        }
    }

    // At '<': one start or end tag, checked against what tree construction would do.
    bool tag(HtmlSink &w)
    {
        ++m_i;
        if (m_i >= m_s.size())
            return false;
        const bool end = m_s[m_i] == u'/';
        if (end)
            ++m_i;
        if (m_i >= m_s.size() || !isAsciiAlpha(m_s[m_i].unicode()))
            return false;
        m_namesUsed = 0;
        const QByteArrayView n = name(false);
        if (n.isEmpty())
            return false;
        const GumboTag t = gumbo_tagn_enum(n.data(), unsigned(n.size()));
        const Simple kind = simpleKind(t);
        if (kind == Simple::No)
            return false;
        if (end) {
            skipSpace();
            if (m_i >= m_s.size() || m_s[m_i] != u'>' || m_stack.empty() || m_stack.back().tag != t)
                return false;
            ++m_i;
            w.leave(t, m_stack.back().emitted);
            m_stack.pop_back();
            return true;
        }
        HtmlAttrs attrs;
        bool selfClosing = false;
        if (!attributes(&attrs, &selfClosing))
            return false;
        const bool isVoidTag = kind == Simple::Void || kind == Simple::VoidBlock;
        if (selfClosing && !isVoidTag)
            return false;  // the parser ignores "/>" there, so the element stays open
        if (!allowedHere(t, kind))
            return false;
        if (t == GUMBO_TAG_PRE && m_i < m_s.size() && (m_s[m_i] == u'\n' || m_s[m_i] == u'&'))
            return false;  // the parser drops a leading newline, even one from a reference
        bool emitted = false;
        const bool entered = w.enter(t, attrs, &emitted);
        if (isVoidTag) {
            if (entered)
                w.leave(t, emitted);
            return true;
        }
        if (!entered || m_stack.size() >= kMaxSimpleDepth)
            return false;
        m_stack.push_back({t, emitted});
        return true;
    }

    // False where tree construction would close or reparent open elements for this tag.
    bool allowedHere(GumboTag t, Simple kind) const
    {
        const GumboTag top = m_stack.empty() ? GUMBO_TAG_DIV : m_stack.back().tag;
        switch (kind) {
        case Simple::Inline: return t != GUMBO_TAG_A || !anchorOpen();
        case Simple::Void: return true;
        case Simple::Block:
        case Simple::VoidBlock: return !pOpen();
        case Simple::Heading: return !pOpen() && simpleKind(top) != Simple::Heading;
        case Simple::ListItem: return !pOpen() && (top == GUMBO_TAG_UL || top == GUMBO_TAG_OL);
        case Simple::DefItem: return !pOpen() && top == GUMBO_TAG_DL;
        case Simple::No: break;
        }
        return false;
    }

    // Well below the nesting limit the sanitizer applies before gumbo, so both paths see the
    // same input.
    static constexpr std::size_t kMaxSimpleDepth = 128;

    QStringView m_s;
    qsizetype m_i = 0;
    QString m_text;
    std::vector<Open> m_stack;
    std::array<char, 512> m_names;
    qsizetype m_namesUsed = 0;
};

}  // namespace

bool readSimpleHtml(QStringView html, HtmlSink &sink)
{
    return SimpleHtmlReader(html).read(sink);
}

}  // namespace earshot
