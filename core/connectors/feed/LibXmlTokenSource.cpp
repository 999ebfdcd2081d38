// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/LibXmlTokenSource.h"

#include <QHash>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace earshot {
namespace {

// A CDATA section of the document, as bytes of its content.
struct CdataSection {
    qsizetype begin;        // offset of the content in the original document
    qsizetype size;         // bytes of content
    qsizetype endInParsed;  // offset just past "]]>" in the document libxml2 reads
    bool emptied;           // libxml2 reads it without its content, which is decoded here
};

// libxml2 walks CDATA content one character at a time, and CDATA holds most of the bytes of
// a typical RSS document (the HTML of every entry). Sections are therefore handed to libxml2
// empty and their content decoded here in one pass. The rewritten document is well-formed
// exactly when the original is, as long as the sections found are the ones libxml2 sees
// (checked position by position while parsing) and their content is valid character data
// (checked while decoding); anything else makes the caller parse the original as it is.
struct CdataPlan {
    QByteArray parsed;  // the document with emptied sections; null when nothing was emptied
    std::vector<CdataSection> sections;
};

// Units of a text block: well under the size from which the allocator maps memory afresh
// for each allocation (and unmaps it on release), which made every parse fault its pages in.
constexpr qsizetype kBlockUnits = 32 * 1024;

// libxml2 refuses a CDATA section beyond this without XML_PARSE_HUGE; such sections are left
// to it so that it decides as before.
constexpr qsizetype kMaxEmptiedSection = 10'000'000;

qsizetype indexOf(std::string_view doc, std::string_view what, qsizetype from)
{
    const std::size_t at = doc.find(what, std::size_t(from));
    return at == std::string_view::npos ? -1 : qsizetype(at);
}

// Finds the CDATA sections in the markup of the document: every '<' outside comments,
// processing instructions and CDATA starts one of those or a tag (attribute values hold no
// '<' in well-formed XML). A DOCTYPE, which libxml2 makes us refuse anyway, or anything
// unusual stops the plan: the document is then parsed as it is.
CdataPlan planCdata(QByteArrayView utf8)
{
    CdataPlan plan;
    const std::string_view doc(utf8.data(), std::size_t(utf8.size()));
    const qsizetype n = utf8.size();
    qsizetype pos = 0;
    qsizetype removed = 0;
    while (pos < n) {
        const void *lt = std::memchr(doc.data() + pos, '<', std::size_t(n - pos));
        if (!lt)
            break;
        const qsizetype i = static_cast<const char *>(lt) - doc.data();
        const std::string_view rest = doc.substr(std::size_t(i));
        qsizetype end = -1;
        if (rest.starts_with("<![CDATA[")) {
            end = indexOf(doc, "]]>", i + 9);
            if (end < 0)
                break;
            const qsizetype size = end - (i + 9);
            const bool emptied = size > 0 && size < kMaxEmptiedSection;
            if (emptied)
                removed += size;
            plan.sections.push_back({i + 9, size, end + 3 - removed, emptied});
            pos = end + 3;
            continue;
        }
        if (rest.starts_with("<!--")) {
            end = indexOf(doc, "-->", i + 4);
            pos = end < 0 ? n : end + 3;
        } else if (rest.starts_with("<?")) {
            end = indexOf(doc, "?>", i + 2);
            pos = end < 0 ? n : end + 2;
        } else if (rest.starts_with("<!")) {
            return {};
        } else {
            pos = i + 1;
        }
    }
    if (removed == 0)
        return {};
    plan.parsed.reserve(n - removed);
    qsizetype copied = 0;
    for (const CdataSection &s : plan.sections) {
        if (!s.emptied)
            continue;
        plan.parsed.append(utf8.data() + copied, s.begin - copied);
        copied = s.begin + s.size;
    }
    plan.parsed.append(utf8.data() + copied, n - copied);
    return plan;
}

// Decodes UTF-8 into `out`, which has room for `n` units (UTF-16 never needs more units than
// UTF-8 has bytes); returns the units written, or -1 for input that is not well-formed UTF-8.
// `kRawXml` is for text straight from the document: it must also be XML characters, and line
// ends are normalised as an XML parser does (CR LF and lone CR become LF).
template <bool kRawXml>
qsizetype decodeUtf8(const unsigned char *s, qsizetype n, char16_t *out)
{
    char16_t *const start = out;
    qsizetype i = 0;
    while (i < n) {
#ifdef __SSE2__
        // ASCII, sixteen bytes at a time. A block is widened whole even when it holds
        // something else: only the ASCII prefix counts, the rest is overwritten later (the
        // room is there: out - start <= i at all times).
        const __m128i zero = _mm_setzero_si128();
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            // Signed compare: bytes from 0x80 up are negative, so one test catches both
            // non-ASCII and control characters.
            const int other = kRawXml ? _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)))
                                      : _mm_movemask_epi8(v);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(v, zero));
            if (other) {
                const int ascii = std::countr_zero(unsigned(other));
                i += ascii;
                out += ascii;
                break;
            }
            i += 16;
            out += 16;
        }
        if (i >= n)
            break;
#endif
        // Then character by character up to the next ASCII letter or space.
        do {
            const unsigned char c = s[i];
            if (c < 0x80) {
                if (kRawXml && c < 0x20) {
                    if (c == '\r') {
                        *out++ = u'\n';
                        i += i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                        continue;
                    }
                    if (c != '\t' && c != '\n')
                        return -1;
                }
                *out++ = c;
                ++i;
                continue;
            }
            int len = 0;
            char32_t cp = 0;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                cp = c & 0x07;
            } else {
                return -1;
            }
            if (n - i < len)
                return -1;
            for (int k = 1; k < len; ++k) {
                const unsigned char cc = s[i + k];
                if ((cc & 0xC0) != 0x80)
                    return -1;
                cp = (cp << 6) | (cc & 0x3F);
            }
            if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
                (cp >= 0xD800 && cp <= 0xDFFF) || (kRawXml && (cp == 0xFFFE || cp == 0xFFFF)))
                return -1;
            if (cp >= 0x10000) {
                *out++ = QChar::highSurrogate(cp);
                *out++ = QChar::lowSurrogate(cp);
            } else {
                *out++ = char16_t(cp);
            }
            i += len;
        } while (i < n && (s[i] >= 0x80 || (kRawXml && s[i] < 0x20)));
    }
    return out - start;
}

// libxml2 writes each '&' of an attribute value as "&#38;" when it does not substitute
// entities (so that it would serialize back); each one stands for a single '&'. Rewrites
// them in place, as QString::replace() would, and returns the new length.
qsizetype collapseAmpersands(char16_t *s, qsizetype n)
{
    constexpr std::u16string_view kEscaped = u"&#38;";
    qsizetype w = 0;
    for (qsizetype r = 0; r < n;) {
        if (s[r] == u'&' && n - r >= qsizetype(kEscaped.size()) &&
            std::u16string_view(s + r, kEscaped.size()) == kEscaped) {
            s[w++] = u'&';
            r += qsizetype(kEscaped.size());
        } else {
            s[w++] = s[r++];
        }
    }
    return w;
}

}  // namespace

// Receives libxml2's SAX2 callbacks and records them as tokens.
class SaxCollector {
public:
    SaxCollector(LibXmlTokenSource &out, xmlParserCtxtPtr ctxt, const CdataPlan &plan,
                 const char *original)
        : m_out(out), m_ctxt(ctxt), m_plan(plan), m_original(original)
    {
    }

    static xmlSAXHandler handler()
    {
        xmlSAXHandler h{};
        h.initialized = XML_SAX2_MAGIC;
        h.startElementNs = &SaxCollector::startElement;
        h.endElementNs = &SaxCollector::endElement;
        h.characters = &SaxCollector::characters;
        h.ignorableWhitespace = &SaxCollector::characters;
        h.cdataBlock = &SaxCollector::cdata;
        // A DOCTYPE may declare entities; such documents go to the other reader.
        h.internalSubset = &SaxCollector::doctype;
        h.reference = &SaxCollector::reference;
        h.serror = &SaxCollector::structuredError;
        h.warning = &SaxCollector::message;
        h.error = &SaxCollector::message;
        h.fatalError = &SaxCollector::message;
        return h;
    }

    bool refused() const { return m_refused; }
    // The CDATA plan did not hold: the original document must be parsed as it is.
    bool planFailed() const
    {
        return m_planFailed || (!m_refused && m_nextSection != m_plan.sections.size());
    }

    void finish() { flushText(); }

private:
    static SaxCollector &self(void *ctx) { return *static_cast<SaxCollector *>(ctx); }

    void refuse()
    {
        m_refused = true;
        xmlStopParser(m_ctxt);
    }

    void failPlan()
    {
        m_planFailed = true;
        refuse();
    }

    // libxml2 hands out names from its dictionary, one pointer per distinct string, so the
    // pointer is a cheap key while the parser context lives. A small direct-mapped cache in
    // front of the hash answers the few names a feed repeats.
    int intern(const xmlChar *s)
    {
        if (!s)
            return -1;
        Slot &slot = m_recent[(quintptr(s) >> 3) % m_recent.size()];
        if (slot.key == s)
            return slot.index;
        auto it = m_interned.constFind(s);
        if (it == m_interned.cend()) {
            const int index = int(m_out.m_names.size());
            m_out.m_names.push_back(QString::fromUtf8(reinterpret_cast<const char *>(s)));
            it = m_interned.insert(s, index);
        }
        slot = {s, *it};
        return *it;
    }

    bool isEntryName(int index)
    {
        if (index == m_itemName || index == m_entryName)
            return index >= 0;
        const QString &name = m_out.m_names[std::size_t(index)];
        if (m_itemName < 0 && name == u"item")
            m_itemName = index;
        else if (m_entryName < 0 && name == u"entry")
            m_entryName = index;
        else
            return false;
        return true;
    }

    // Room for `units` more UTF-16 units after the pending text, which moves to a new block
    // with it when the current one is full.
    char16_t *reserveChars(qsizetype units)
    {
        if (m_end - m_cur >= units)
            return m_cur;
        const qsizetype pending = m_cur - m_textStart;
        const qsizetype size = std::max(kBlockUnits, pending + units);
        auto block = std::make_unique_for_overwrite<char16_t[]>(std::size_t(size));
        if (pending)
            std::memcpy(block.get(), m_textStart, std::size_t(pending) * sizeof(char16_t));
        m_textStart = block.get();
        m_cur = block.get() + pending;
        m_end = block.get() + size;
        m_out.m_blocks.push_back(std::move(block));
        return m_cur;
    }

    // Appends UTF-8 that libxml2 has checked; false if it is not UTF-8 after all.
    bool appendChecked(const char *s, qsizetype n)
    {
        const qsizetype units =
            decodeUtf8<false>(reinterpret_cast<const unsigned char *>(s), n, reserveChars(n));
        if (units < 0)
            return false;
        m_cur += units;
        return true;
    }

    // Tokens keep text sizes as int.
    bool fits(qsizetype units) const
    {
        return (m_cur - m_textStart) + units <= std::numeric_limits<int>::max();
    }

    void flushText()
    {
        const qsizetype size = m_cur - m_textStart;
        if (size == 0)
            return;
        LibXmlTokenSource::Event e;
        e.kind = XmlTokenSource::Token::Characters;
        e.text = m_textStart;
        e.textSize = int(size);
        m_out.m_events.push_back(e);
        m_textStart = m_cur;
    }

    static void startElement(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                             const xmlChar *uri, int nbNamespaces, const xmlChar **namespaces,
                             int nbAttributes, int /*nbDefaulted*/, const xmlChar **attributes)
    {
        SaxCollector &c = self(ctx);
        c.flushText();
        LibXmlTokenSource::Event e;
        e.kind = XmlTokenSource::Token::StartElement;
        e.local = c.intern(localname);
        e.prefix = c.intern(prefix);
        e.uri = c.intern(uri);
        if (c.isEntryName(e.local))
            ++c.m_out.m_entryElements;
        if (nbNamespaces > 0)
            e.nsDecl = c.intern(namespaces[1]);
        e.firstAttr = int(c.m_out.m_attrs.size());
        e.attrCount = nbAttributes;
        for (int i = 0; i < nbAttributes; ++i) {
            const xmlChar **a = attributes + 5 * i;
            const auto *begin = reinterpret_cast<const char *>(a[3]);
            const qsizetype size = reinterpret_cast<const char *>(a[4]) - begin;
            if (!c.fits(size) || !c.appendChecked(begin, size))
                return c.refuse();
            qsizetype units = c.m_cur - c.m_textStart;
            if (std::memchr(begin, '&', std::size_t(size))) {
                units = collapseAmpersands(c.m_textStart, units);
                c.m_cur = c.m_textStart + units;
            }
            c.m_out.m_attrs.push_back(
                {c.intern(a[0]), c.intern(a[1]), c.intern(a[2]), int(units), c.m_textStart});
            c.m_textStart = c.m_cur;
        }
        c.m_out.m_events.push_back(e);
    }

    static void endElement(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                           const xmlChar *uri)
    {
        SaxCollector &c = self(ctx);
        c.flushText();
        LibXmlTokenSource::Event e;
        e.kind = XmlTokenSource::Token::EndElement;
        e.local = c.intern(localname);
        e.prefix = c.intern(prefix);
        e.uri = c.intern(uri);
        c.m_out.m_events.push_back(e);
    }

    static void characters(void *ctx, const xmlChar *ch, int len)
    {
        SaxCollector &c = self(ctx);
        if (!c.fits(len) || !c.appendChecked(reinterpret_cast<const char *>(ch), len))
            c.refuse();
    }

    // A CDATA section: checked against the plan; an emptied one is decoded from the
    // original document.
    static void cdata(void *ctx, const xmlChar *ch, int len)
    {
        SaxCollector &c = self(ctx);
        if (c.m_nextSection >= c.m_plan.sections.size()) {
            if (c.m_plan.sections.empty())
                return characters(ctx, ch, len);  // no plan: the document as it is
            return c.failPlan();
        }
        const CdataSection &s = c.m_plan.sections[c.m_nextSection++];
        if (xmlByteConsumed(c.m_ctxt) != s.endInParsed)
            return c.failPlan();
        if (!s.emptied)
            return characters(ctx, ch, len);
        if (len != 0 || !c.fits(s.size))
            return c.failPlan();
        const auto *raw = reinterpret_cast<const unsigned char *>(c.m_original + s.begin);
        const qsizetype units = decodeUtf8<true>(raw, s.size, c.reserveChars(s.size));
        if (units < 0)
            return c.failPlan();
        c.m_cur += units;
    }

    static void doctype(void *ctx, const xmlChar *, const xmlChar *, const xmlChar *)
    {
        self(ctx).refuse();
    }

    static void reference(void *ctx, const xmlChar *) { self(ctx).refuse(); }

    static void structuredError(void *ctx, xmlErrorPtr) { self(ctx).refuse(); }

    static void message(void *ctx, const char *, ...) { self(ctx).refuse(); }

    LibXmlTokenSource &m_out;
    xmlParserCtxtPtr m_ctxt;
    const CdataPlan &m_plan;
    const char *m_original;
    std::size_t m_nextSection = 0;
    // The block being filled: [m_textStart, m_cur) is the text not yet made a token.
    char16_t *m_textStart = nullptr;
    char16_t *m_cur = nullptr;
    char16_t *m_end = nullptr;
    struct Slot {
        const xmlChar *key = nullptr;
        int index = -1;
    };
    std::array<Slot, 64> m_recent{};
    QHash<const xmlChar *, int> m_interned;
    int m_itemName = -1;  // interned "item" and "entry", once seen
    int m_entryName = -1;
    bool m_refused = false;
    bool m_planFailed = false;
};

std::optional<LibXmlTokenSource> LibXmlTokenSource::parse(QByteArrayView utf8)
{
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    if (utf8.size() > std::numeric_limits<int>::max())
        return std::nullopt;

    CdataPlan plan = planCdata(utf8);
    while (true) {
        const QByteArrayView parsed = plan.parsed.isNull() ? utf8 : QByteArrayView(plan.parsed);
        LibXmlTokenSource out;
        xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(parsed.data(), int(parsed.size()));
        if (!ctxt)
            return std::nullopt;
        // No network, no DTD loading, no entity substitution (never XML_PARSE_NOENT or
        // XML_PARSE_DTDLOAD), default size limits; the text is already UTF-8 whatever the
        // declaration says.
        xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
        xmlSAXHandler handler = SaxCollector::handler();
        SaxCollector collector(out, ctxt, plan, utf8.data());
        xmlSAXHandlerPtr saved = ctxt->sax;
        ctxt->sax = &handler;
        ctxt->userData = &collector;
        // Generous guesses, so the buffers rarely move while they grow; untouched capacity
        // costs address space only.
        out.m_events.reserve(std::size_t(utf8.size() / 32));
        out.m_attrs.reserve(std::size_t(utf8.size() / 96));
        xmlParseDocument(ctxt);
        const bool ok = !collector.refused() && ctxt->wellFormed && ctxt->nsWellFormed;
        const bool retry = collector.planFailed();
        ctxt->sax = saved;
        ctxt->userData = ctxt;
        xmlFreeParserCtxt(ctxt);
        if (retry && !plan.parsed.isNull()) {
            plan = {};
            continue;
        }
        if (!ok || retry)
            return std::nullopt;
        collector.finish();
        return out;
    }
}

const LibXmlTokenSource::Event &LibXmlTokenSource::current() const
{
    static const Event none;
    return m_pos >= 0 && m_pos < qsizetype(m_events.size()) ? m_events[std::size_t(m_pos)] : none;
}

XmlTokenSource::Token LibXmlTokenSource::readNext()
{
    if (m_pos < qsizetype(m_events.size()))
        ++m_pos;
    return atEnd() ? Token::End : m_events[std::size_t(m_pos)].kind;
}

bool LibXmlTokenSource::readNextStartElement()
{
    while (true) {
        switch (readNext()) {
        case Token::StartElement: return true;
        case Token::EndElement:
        case Token::End: return false;
        default: break;
        }
    }
}

void LibXmlTokenSource::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case Token::StartElement: ++depth; break;
        case Token::EndElement: --depth; break;
        case Token::End: return;
        default: break;
        }
    }
}

QStringView LibXmlTokenSource::readElementTextView(QString *storage)
{
    // Most elements hold one text token, which is returned in place; several are joined.
    const qsizetype first = m_pos + 1;
    QStringView sole;
    int pieces = 0;
    int depth = 0;
    bool done = false;
    while (!done) {
        switch (readNext()) {
        case Token::Characters:
            sole = text();
            ++pieces;
            break;
        case Token::StartElement: ++depth; break;
        case Token::EndElement: done = depth-- == 0; break;
        case Token::End: done = true; break;
        default: break;
        }
    }
    if (pieces <= 1)
        return sole;
    storage->clear();
    for (qsizetype i = first; i < m_pos; ++i) {
        const Event &e = m_events[std::size_t(i)];
        if (e.kind == Token::Characters)
            storage->append(QStringView(e.text, e.textSize));
    }
    return *storage;
}

QString LibXmlTokenSource::readElementText()
{
    QString storage;
    const QStringView text = readElementTextView(&storage);
    return text.data() == storage.constData() ? storage : text.toString();
}

QStringView LibXmlTokenSource::qualifiedName() const
{
    const Event &e = current();
    if (e.prefix < 0)
        return name(e.local);
    m_qualified.clear();
    m_qualified.append(name(e.prefix)).append(u':').append(name(e.local));
    return m_qualified;
}

QStringView LibXmlTokenSource::attributeName(qsizetype i) const
{
    return name(attributesOf(current())[i].local);
}

QStringView LibXmlTokenSource::attributeValue(qsizetype i) const
{
    const Attribute &a = attributesOf(current())[i];
    return {a.value, a.valueSize};
}

QStringView LibXmlTokenSource::attribute(QStringView qualifiedName) const
{
    const Event &e = current();
    const Attribute *attrs = attributesOf(e);
    for (int i = 0; i < e.attrCount; ++i) {
        const Attribute &a = attrs[i];
        const QStringView local = name(a.local);
        if (a.prefix < 0) {
            if (local == qualifiedName)
                return {a.value, a.valueSize};
            continue;
        }
        const QStringView prefix = name(a.prefix);
        if (qualifiedName.size() == prefix.size() + 1 + local.size() &&
            qualifiedName.startsWith(prefix) && qualifiedName[prefix.size()] == u':' &&
            qualifiedName.endsWith(local))
            return {a.value, a.valueSize};
    }
    return {};
}

QStringView LibXmlTokenSource::attribute(QStringView namespaceUri, QStringView name) const
{
    const Event &e = current();
    const Attribute *attrs = attributesOf(e);
    for (int i = 0; i < e.attrCount; ++i) {
        if (this->name(attrs[i].uri) == namespaceUri && this->name(attrs[i].local) == name)
            return {attrs[i].value, attrs[i].valueSize};
    }
    return {};
}

}  // namespace earshot
