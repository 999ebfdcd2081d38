// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/LibXmlTokenSource.h"

#include <QHash>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <array>
#include <cstring>
#include <limits>
#include <mutex>

namespace earshot {

// Receives libxml2's SAX2 callbacks and records them as tokens.
class SaxCollector {
public:
    SaxCollector(LibXmlTokenSource &out, xmlParserCtxtPtr ctxt) : m_out(out), m_ctxt(ctxt) {}

    static xmlSAXHandler handler()
    {
        xmlSAXHandler h{};
        h.initialized = XML_SAX2_MAGIC;
        h.startElementNs = &SaxCollector::startElement;
        h.endElementNs = &SaxCollector::endElement;
        h.characters = &SaxCollector::characters;
        h.ignorableWhitespace = &SaxCollector::characters;
        h.cdataBlock = &SaxCollector::characters;
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

    void finish() { flushText(); }

private:
    static SaxCollector &self(void *ctx) { return *static_cast<SaxCollector *>(ctx); }

    void refuse()
    {
        m_refused = true;
        xmlStopParser(m_ctxt);
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

    void flushText()
    {
        if (m_text.isEmpty())
            return;
        LibXmlTokenSource::Event e;
        e.kind = XmlTokenSource::Token::Characters;
        e.text = int(m_out.m_texts.size());
        m_out.m_texts.push_back(QString::fromUtf8(m_text));
        m_out.m_events.push_back(e);
        m_text.clear();
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
            const auto *end = reinterpret_cast<const char *>(a[4]);
            QString value = QString::fromUtf8(begin, end - begin);
            // Without entity substitution libxml2 writes every '&' of a value as "&#38;"
            // (it would re-serialize it so); each one stands for a single '&'.
            if (std::memchr(begin, '&', std::size_t(end - begin)))
                value.replace(QStringLiteral("&#38;"), QStringLiteral("&"));
            c.m_out.m_attrs.push_back(
                {c.intern(a[0]), c.intern(a[1]), c.intern(a[2]), std::move(value)});
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
        self(ctx).m_text.append(reinterpret_cast<const char *>(ch), len);
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
    struct Slot {
        const xmlChar *key = nullptr;
        int index = -1;
    };
    std::array<Slot, 64> m_recent{};
    QHash<const xmlChar *, int> m_interned;
    QByteArray m_text;
    int m_itemName = -1;  // interned "item" and "entry", once seen
    int m_entryName = -1;
    bool m_refused = false;
};

std::optional<LibXmlTokenSource> LibXmlTokenSource::parse(QByteArrayView utf8)
{
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    if (utf8.size() > std::numeric_limits<int>::max())
        return std::nullopt;

    LibXmlTokenSource out;
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(utf8.data(), int(utf8.size()));
    if (!ctxt)
        return std::nullopt;
    // No network, no DTD loading, no entity substitution (never XML_PARSE_NOENT or
    // XML_PARSE_DTDLOAD), default size limits; the text is already UTF-8 whatever the
    // declaration says.
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
    xmlSAXHandler handler = SaxCollector::handler();
    SaxCollector collector(out, ctxt);
    xmlSAXHandlerPtr saved = ctxt->sax;
    ctxt->sax = &handler;
    ctxt->userData = &collector;
    // Generous guesses, so the vectors rarely move while they grow; untouched capacity costs
    // address space only.
    out.m_events.reserve(std::size_t(utf8.size() / 32));
    out.m_texts.reserve(std::size_t(utf8.size() / 48));
    out.m_attrs.reserve(std::size_t(utf8.size() / 96));
    xmlParseDocument(ctxt);
    const bool ok = !collector.refused() && ctxt->wellFormed && ctxt->nsWellFormed;
    ctxt->sax = saved;
    ctxt->userData = ctxt;
    xmlFreeParserCtxt(ctxt);
    if (!ok)
        return std::nullopt;
    collector.finish();
    return out;
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

QString LibXmlTokenSource::readElementText()
{
    QString out;
    int depth = 0;
    while (true) {
        switch (readNext()) {
        case Token::Characters:
            if (out.isEmpty())
                out = m_texts[std::size_t(current().text)];  // shared, no copy
            else
                out.append(m_texts[std::size_t(current().text)]);
            break;
        case Token::StartElement: ++depth; break;
        case Token::EndElement:
            if (depth-- == 0)
                return out;
            break;
        case Token::End: return out;
        default: break;
        }
    }
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

QStringView LibXmlTokenSource::text() const
{
    const Event &e = current();
    return e.text < 0 ? QStringView() : QStringView(m_texts[std::size_t(e.text)]);
}

QStringView LibXmlTokenSource::attributeName(qsizetype i) const
{
    return name(attributesOf(current())[i].local);
}

QStringView LibXmlTokenSource::attributeValue(qsizetype i) const
{
    return attributesOf(current())[i].value;
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
                return a.value;
            continue;
        }
        const QStringView prefix = name(a.prefix);
        if (qualifiedName.size() == prefix.size() + 1 + local.size() &&
            qualifiedName.startsWith(prefix) && qualifiedName[prefix.size()] == u':' &&
            qualifiedName.endsWith(local))
            return a.value;
    }
    return {};
}

QStringView LibXmlTokenSource::attribute(QStringView namespaceUri, QStringView name) const
{
    const Event &e = current();
    const Attribute *attrs = attributesOf(e);
    for (int i = 0; i < e.attrCount; ++i) {
        if (this->name(attrs[i].uri) == namespaceUri && this->name(attrs[i].local) == name)
            return attrs[i].value;
    }
    return {};
}

}  // namespace earshot
