// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/XmlFeedReader.h"

#include "core/analysis/HtmlSanitizer.h"
#include "core/analysis/WebUrl.h"
#include "core/connectors/feed/FeedDates.h"
#include "core/connectors/feed/LibXmlTokenSource.h"
#include "core/connectors/feed/XmlTokenSource.h"

#include <optional>
#include <vector>

namespace earshot {
namespace {

// Namespaces the reader understands. RSS 2.0 has none; RSS 0.90 and 1.0 have their own.
enum class Ns {
    None,
    Atom10,
    Atom03,
    Rss10,
    Rss090,
    Rdf,
    Content,
    Dc,
    Dcterms,
    Media,
    Slash,
    Thr,
    Itunes,
    Xhtml,
    Wfw,
    Other
};

Ns nsFromUri(QStringView uri)
{
    if (uri.isEmpty())
        return Ns::None;
    if (uri == u"http://www.w3.org/2005/Atom")
        return Ns::Atom10;
    if (uri == u"http://purl.org/atom/ns#")
        return Ns::Atom03;
    if (uri == u"http://purl.org/rss/1.0/")
        return Ns::Rss10;
    if (uri == u"http://my.netscape.com/rdf/simple/0.9/")
        return Ns::Rss090;
    if (uri == u"http://www.w3.org/1999/02/22-rdf-syntax-ns#")
        return Ns::Rdf;
    if (uri == u"http://purl.org/rss/1.0/modules/content/")
        return Ns::Content;
    if (uri == u"http://purl.org/dc/elements/1.1/")
        return Ns::Dc;
    if (uri == u"http://purl.org/dc/terms/")
        return Ns::Dcterms;
    if (uri.startsWith(u"http://search.yahoo.com/mrss"))
        return Ns::Media;
    if (uri == u"http://purl.org/rss/1.0/modules/slash/")
        return Ns::Slash;
    if (uri == u"http://purl.org/syndication/thread/1.0")
        return Ns::Thr;
    if (uri == u"http://www.itunes.com/dtds/podcast-1.0.dtd")
        return Ns::Itunes;
    if (uri == u"http://www.w3.org/1999/xhtml")
        return Ns::Xhtml;
    if (uri == u"http://wellformedweb.org/CommentAPI/")
        return Ns::Wfw;
    if (uri == u"http://backend.userland.com/rss2" ||
        uri == u"http://blogs.law.harvard.edu/tech/rss")
        return Ns::None;  // RSS 2.0 with a default namespace
    return Ns::Other;
}

// Conventional prefixes, for documents read without namespace processing.
Ns nsFromPrefix(QStringView prefix)
{
    if (prefix == u"atom")
        return Ns::Atom10;
    if (prefix == u"content")
        return Ns::Content;
    if (prefix == u"dc")
        return Ns::Dc;
    if (prefix == u"dcterms")
        return Ns::Dcterms;
    if (prefix == u"media")
        return Ns::Media;
    if (prefix == u"slash")
        return Ns::Slash;
    if (prefix == u"thr")
        return Ns::Thr;
    if (prefix == u"itunes")
        return Ns::Itunes;
    if (prefix == u"rdf")
        return Ns::Rdf;
    if (prefix == u"xhtml")
        return Ns::Xhtml;
    if (prefix == u"wfw")
        return Ns::Wfw;
    return Ns::Other;
}

bool isCore(Ns ns)
{
    return ns == Ns::None || ns == Ns::Atom10 || ns == Ns::Atom03 || ns == Ns::Rss10 ||
           ns == Ns::Rss090;
}

bool isAtom(Ns ns)
{
    return ns == Ns::Atom10 || ns == Ns::Atom03;
}

QString escapeHtml(QStringView s)
{
    QString out;
    out.reserve(s.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const char16_t *rep = c == u'&'   ? u"&amp;"
                              : c == u'<' ? u"&lt;"
                              : c == u'>' ? u"&gt;"
                              : c == u'"' ? u"&quot;"
                                          : nullptr;
        if (!rep)
            continue;
        out.append(s.mid(run, i - run));
        out.append(QStringView(rep));
        run = i + 1;
    }
    out.append(s.mid(run));
    return out;
}

// Plain text where markup is unlikely; only text with something tag-like goes through the
// HTML parser, so ordinary titles keep their exact spacing.
QString plainTitle(const QString &raw)
{
    const QString t = raw.trimmed();
    if (t.contains(u'<') && t.contains(u'>'))
        return htmlToPlainText(t);
    return t;
}

FeedPerson parseRssPerson(QStringView raw)
{
    // "me@example.com (Name)", "Name <me@example.com>", "me@example.com" or "Name".
    FeedPerson p;
    const QStringView s = raw.trimmed();
    const qsizetype open = s.indexOf(u'(');
    const qsizetype lt = s.indexOf(u'<');
    if (open > 0 && s.endsWith(u')')) {
        p.email = s.left(open).trimmed().toString();
        p.name = s.mid(open + 1, s.size() - open - 2).trimmed().toString();
    } else if (lt >= 0 && s.endsWith(u'>')) {
        p.name = s.left(lt).trimmed().toString();
        p.email = s.mid(lt + 1, s.size() - lt - 2).trimmed().toString();
    } else if (s.contains(u'@') && !s.contains(u' ')) {
        p.email = s.toString();
    } else {
        p.name = s.toString();
    }
    if (p.email.startsWith(u"mailto:"))
        p.email = p.email.mid(7);
    return p;
}

// Maps the tokens of one document onto ParsedFeed, whichever tokenizer produces them.
class Reader {
public:
    Reader(XmlTokenSource &xml, const QUrl &feedUrl, bool nsProcessing)
        : m_xml(xml), m_feedUrl(feedUrl), m_ns(nsProcessing)
    {
    }

    XmlFeedRead run()
    {
        XmlFeedRead out;
        m_feed.entries.reserve(std::size_t(m_xml.entryCountHint()));
        bool netscape = false;
        XmlTokenSource::Token token = XmlTokenSource::Token::Other;
        while (!m_xml.atEnd()) {
            token = m_xml.readNext();
            if (token == XmlTokenSource::Token::Dtd &&
                m_xml.text().contains(u"netscape", Qt::CaseInsensitive))
                netscape = true;
            if (token == XmlTokenSource::Token::StartElement)
                break;
        }
        if (token == XmlTokenSource::Token::StartElement) {
            if (!m_ns) {
                const QStringView declared = m_xml.firstNamespaceDeclaration();
                m_defaultNs = nsFromUri(declared.isEmpty() ? attr(u"xmlns") : declared);
            }
            const QStringView root = local();
            const Ns ns = ns_();
            const QUrl base = baseOf(m_feedUrl);
            m_rootLang = attrXml(u"lang").toString();
            if (root == u"rss") {
                const QStringView v = attr(u"version");
                m_feed.format = v.startsWith(u"2") ? QStringLiteral("rss20")
                                : v == u"0.91"     ? (netscape ? QStringLiteral("rss091n")
                                                               : QStringLiteral("rss091u"))
                                : v == u"0.92"     ? QStringLiteral("rss092")
                                : v == u"0.93"     ? QStringLiteral("rss093")
                                : v == u"0.94"     ? QStringLiteral("rss094")
                                                   : QStringLiteral("rss");
                out.isFeed = true;
                readContainer(base, 0);
            } else if (root == u"RDF") {
                m_feed.format = QStringLiteral("rss10");
                out.isFeed = true;
                readContainer(base, 0);
            } else if (root == u"feed") {
                m_feed.format = ns == Ns::Atom10             ? QStringLiteral("atom10")
                                : ns == Ns::Atom03           ? QStringLiteral("atom03")
                                : attr(u"version") == u"0.3" ? QStringLiteral("atom03")
                                                             : QStringLiteral("atom");
                m_atom = true;
                out.isFeed = true;
                readContainer(base, 0);
            } else if (root.compare(u"channel", Qt::CaseInsensitive) == 0) {
                m_feed.format = QStringLiteral("rss");
                out.isFeed = true;
                readContainer(base, 1);
            }
        }
        if (m_feed.language.isEmpty())
            m_feed.language = m_rootLang;
        out.error = m_xml.error();
        out.feed = std::move(m_feed);
        return out;
    }

private:
    // --- element identity -------------------------------------------------------------
    Ns ns_() const
    {
        if (m_ns)
            return nsOfElement();
        const QStringView q = m_xml.qualifiedName();
        const qsizetype colon = q.indexOf(u':');
        return colon < 0 ? m_defaultNs : nsFromPrefix(q.left(colon));
    }
    // The namespace of the current element, classified once per URI where the tokenizer
    // numbers them: comparing the URI against every known one for each element adds up.
    Ns nsOfElement() const
    {
        const int id = m_xml.namespaceId();
        if (id < 0)
            return nsFromUri(m_xml.namespaceUri());
        if (std::size_t(id) >= m_nsById.size())
            m_nsById.resize(std::size_t(id) + 1);
        std::optional<Ns> &ns = m_nsById[std::size_t(id)];
        if (!ns)
            ns = nsFromUri(m_xml.namespaceUri());
        return *ns;
    }
    QStringView local() const
    {
        if (m_ns)
            return m_xml.name();
        const QStringView q = m_xml.qualifiedName();
        return q.mid(q.indexOf(u':') + 1);
    }
    QStringView attr(QStringView name) const { return m_xml.attribute(name); }
    QStringView attrXml(QStringView name) const
    {
        if (m_ns)
            return m_xml.attribute(u"http://www.w3.org/XML/1998/namespace", name);
        QString qualified = QStringLiteral("xml:");
        return m_xml.attribute(qualified.append(name));
    }
    QStringView attrRdf(QStringView name) const
    {
        if (m_ns)
            return m_xml.attribute(u"http://www.w3.org/1999/02/22-rdf-syntax-ns#", name);
        QString qualified = QStringLiteral("rdf:");
        return m_xml.attribute(qualified.append(name));
    }

    QUrl baseOf(const QUrl &parent) const
    {
        const QStringView b = attrXml(u"base");
        if (b.isEmpty())
            return parent;
        const QUrl rel(b.trimmed().toString());
        return parent.isValid() ? parent.resolved(rel) : rel;
    }

    static QString resolve(const QUrl &base, QStringView url)
    {
        const QString u = url.trimmed().toString();
        if (u.isEmpty() || !base.isValid() || isCanonicalWebUrl(u))
            return u;  // the last: what resolving would give, without the QUrl round trip
        const QUrl parsed(u);
        if (!parsed.isValid())
            return u;
        return base.resolved(parsed).toString();
    }

    // --- content ----------------------------------------------------------------------
    QString text() { return m_xml.readElementText(); }

    // Child markup of the current element as a string, for inline XHTML content.
    QString innerXml()
    {
        QString out;
        int depth = 0;
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case XmlTokenSource::Token::StartElement: {
                ++depth;
                out += u'<' + local();
                for (qsizetype i = 0; i < m_xml.attributeCount(); ++i) {
                    out += u' ' + m_xml.attributeName(i) + u"=\"" +
                           escapeHtml(m_xml.attributeValue(i)) + u'"';
                }
                out += u'>';
                break;
            }
            case XmlTokenSource::Token::EndElement:
                if (depth-- == 0)
                    return out;
                out += u"</" + local() + u'>';
                break;
            case XmlTokenSource::Token::Characters: out += escapeHtml(m_xml.text()); break;
            case XmlTokenSource::Token::EntityReference: out += u'&' + m_xml.text() + u';'; break;
            default: break;
            }
        }
        return out;
    }

    // An Atom text construct, or RSS text that may hold escaped HTML (`assumeHtml`).
    FeedText textConstruct(const QUrl &parentBase, bool assumeHtml)
    {
        const QUrl base = baseOf(parentBase);
        const QString type = attr(u"type").toString().toLower();
        // A copy: reading the element's text invalidates views of its attributes.
        const QString mode = attr(u"mode").toString();
        if (type == u"xhtml" || type == u"application/xhtml+xml" || mode == u"xml") {
            SanitizedHtml s = sanitizeHtml(innerXml(), base);
            return FeedText{std::move(s.html), std::move(s.text)};
        }
        // Viewed where the tokenizer holds it: entry content is most of a feed's bytes, and
        // the sanitizer reads it once.
        QString storage;
        QStringView raw = m_xml.readElementTextView(&storage);
        if (mode == u"base64") {
            storage = QString::fromUtf8(QByteArray::fromBase64(raw.toLatin1()));
            raw = storage;
        }
        const bool isHtml = type == u"html" || type == u"text/html" || mode == u"escaped" ||
                            (type.isEmpty() && assumeHtml);
        if (!isHtml) {
            FeedText t;
            t.text = raw.trimmed().toString();
            t.html = escapeHtml(t.text);
            return t;
        }
        SanitizedHtml s = sanitizeHtml(raw, base);
        return FeedText{std::move(s.html), std::move(s.text)};
    }

    QString titleText(const QUrl &base)
    {
        if (m_atom || isAtom(ns_())) {
            const QString type = attr(u"type").toString().toLower();
            if (!type.isEmpty() && type != u"text" && type != u"text/plain")
                return textConstruct(base, true).text;
        }
        return plainTitle(text());
    }

    FeedPerson atomPerson(const QUrl &parentBase)
    {
        const QUrl base = baseOf(parentBase);
        FeedPerson p;
        while (m_xml.readNextStartElement()) {
            const QStringView n = local();
            if (n == u"name")
                p.name = text().trimmed();
            else if (n == u"email")
                p.email = text().trimmed();
            else if (n == u"uri" || n == u"url" || n == u"homepage")
                p.uri = resolve(baseOf(base), text());
            else
                m_xml.skipCurrentElement();
        }
        return p;
    }

    // href/rel/type/length of an Atom link; true when it was consumed as the alternate.
    void atomLink(const QUrl &base, QString *link, FeedEntry *entry)
    {
        const QStringView rel = attr(u"rel");
        const QString href = resolve(baseOf(base), attr(u"href"));
        if (rel.isEmpty() || rel == u"alternate") {
            const QStringView type = attr(u"type");
            if (link->isEmpty() || type == u"text/html" || type == u"application/xhtml+xml")
                if (!href.isEmpty() && (link->isEmpty() || type == u"text/html"))
                    *link = href;
        } else if (entry && rel == u"enclosure" && !href.isEmpty()) {
            FeedMedia m{href, attr(u"type").toString(), attr(u"length").toLongLong(),
                        QStringLiteral("enclosure")};
            if (m.length == 0 && attr(u"length").isEmpty())
                m.length = -1;
            entry->media.push_back(std::move(m));
        } else if (entry && rel == u"replies" && entry->commentsUrl.isEmpty()) {
            entry->commentsUrl = href;
        }
        m_xml.skipCurrentElement();
    }

    void mediaElement(const QUrl &base, FeedEntry &e, const QString &medium)
    {
        const QString url = resolve(baseOf(base), attr(u"url"));
        if (!url.isEmpty()) {
            bool ok = false;
            const qint64 size = attr(u"fileSize").toLongLong(&ok);
            e.media.push_back(FeedMedia{url, attr(u"type").toString(), ok ? size : -1, medium});
        }
    }

    // --- structure --------------------------------------------------------------------
    // Children of rss, rdf:RDF, channel or feed. `level` 0 is the root, 1 a channel.
    void readContainer(const QUrl &parentBase, int level)
    {
        const QUrl base = baseOf(parentBase);
        if (level == 1 && m_rootLang.isEmpty())
            m_rootLang = attrXml(u"lang").toString();
        while (m_xml.readNextStartElement()) {
            const Ns ns = ns_();
            const QStringView n = local();
            if (isCore(ns)) {
                if (n == u"channel" && level == 0) {
                    if (ns == Ns::Rss090)
                        m_feed.format = QStringLiteral("rss090");
                    readContainer(base, 1);
                } else if (n == u"item" || n == u"entry") {
                    readEntry(base);
                } else if (n == u"title") {
                    if (m_feed.title.isEmpty())
                        m_feed.title = titleText(base);
                    else
                        m_xml.skipCurrentElement();
                } else if (n == u"link") {
                    if (!attr(u"href").isEmpty() || isAtom(ns))
                        atomLink(base, &m_feed.link, nullptr);
                    else if (m_feed.link.isEmpty())
                        m_feed.link = resolve(base, text());
                    else
                        m_xml.skipCurrentElement();
                } else if (n == u"description" || n == u"subtitle" || n == u"tagline") {
                    if (m_feed.description.isEmpty())
                        m_feed.description = textConstruct(base, !isAtom(ns)).text;
                    else
                        m_xml.skipCurrentElement();
                } else if (n == u"language") {
                    m_feed.language = text().trimmed();
                } else {
                    m_xml.skipCurrentElement();
                }
            } else if (ns == Ns::Dc && n == u"language" && m_feed.language.isEmpty()) {
                m_feed.language = text().trimmed();
            } else if (ns == Ns::Dc && n == u"title" && m_feed.title.isEmpty()) {
                m_feed.title = plainTitle(text());
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readEntry(const QUrl &parentBase)
    {
        const QUrl base = baseOf(parentBase);
        FeedEntry e;
        bool guidIsPermalink = false;
        QString guid;
        const QString about = attrRdf(u"about").toString();
        while (m_xml.readNextStartElement()) {
            const Ns ns = ns_();
            const QStringView n = local();
            if (isCore(ns)) {
                if (n == u"title") {
                    e.title = titleText(base);
                } else if (n == u"link") {
                    if (!attr(u"href").isEmpty() || isAtom(ns))
                        atomLink(base, &e.link, &e);
                    else
                        e.link = resolve(baseOf(base), text());
                } else if (n == u"guid") {
                    guidIsPermalink =
                        attr(u"isPermaLink").compare(u"false", Qt::CaseInsensitive) != 0;
                    const QUrl guidBase = baseOf(base);
                    guid = text().trimmed();
                    if (guidIsPermalink)
                        guid = resolve(guidBase, guid);
                } else if (n == u"id") {
                    e.id = text().trimmed();
                } else if (n == u"author") {
                    if (isAtom(ns) || m_atom)
                        e.author = atomPerson(base);
                    else
                        e.author = parseRssPerson(text());
                } else if (n == u"pubDate" || n == u"published" || n == u"issued") {
                    e.publishedMs = parseFeedDate(text());
                } else if (n == u"updated" || n == u"modified") {
                    e.updatedMs = parseFeedDate(text());
                } else if (n == u"description") {
                    e.summary = textConstruct(base, true);
                } else if (n == u"summary") {
                    e.summary = textConstruct(base, false);
                } else if (n == u"content") {
                    if (attr(u"src").isEmpty())
                        e.content = textConstruct(base, false);
                    else
                        m_xml.skipCurrentElement();
                } else if (n == u"category") {
                    const QStringView term = attr(u"term");
                    if (!term.isEmpty()) {
                        e.categories.append(term.toString());
                        m_xml.skipCurrentElement();
                    } else {
                        const QString t = text().trimmed();
                        if (!t.isEmpty())
                            e.categories.append(t);
                    }
                } else if (n == u"comments") {
                    e.commentsUrl = resolve(baseOf(base), text());
                } else if (n == u"enclosure") {
                    const QString url = resolve(baseOf(base), attr(u"url"));
                    if (!url.isEmpty()) {
                        bool ok = false;
                        const qint64 len = attr(u"length").toLongLong(&ok);
                        e.media.push_back(FeedMedia{url, attr(u"type").toString(), ok ? len : -1,
                                                    QStringLiteral("enclosure")});
                    }
                    m_xml.skipCurrentElement();
                } else {
                    m_xml.skipCurrentElement();  // source, contributor, rights...
                }
            } else if (ns == Ns::Content && n == u"encoded") {
                e.content = textConstruct(base, true);
            } else if (ns == Ns::Xhtml && n == u"body") {
                const QUrl b = baseOf(base);
                e.content = [&] {
                    SanitizedHtml s = sanitizeHtml(innerXml(), b);
                    return FeedText{std::move(s.html), std::move(s.text)};
                }();
            } else if (ns == Ns::Dc && n == u"creator") {
                const QString name = text().trimmed();
                if (e.author.name.isEmpty())
                    e.author.name = name;
            } else if ((ns == Ns::Dc && n == u"date") || (ns == Ns::Dcterms && n == u"modified")) {
                const qint64 ms = parseFeedDate(text());
                if (!e.updatedMs)
                    e.updatedMs = ms;
            } else if (ns == Ns::Dcterms && (n == u"issued" || n == u"created")) {
                const qint64 ms = parseFeedDate(text());
                if (!e.publishedMs)
                    e.publishedMs = ms;
            } else if (ns == Ns::Dc && n == u"subject") {
                const QString t = text().trimmed();
                if (!t.isEmpty())
                    e.categories.append(t);
            } else if (ns == Ns::Slash && n == u"comments") {
                bool ok = false;
                const int count = text().trimmed().toInt(&ok);
                if (ok)
                    e.commentsCount = count;
            } else if (ns == Ns::Thr && n == u"total") {
                bool ok = false;
                const int count = text().trimmed().toInt(&ok);
                if (ok)
                    e.commentsCount = count;
            } else if (ns == Ns::Thr && n == u"in-reply-to") {
                e.inReplyTo = attr(u"ref").toString();
                e.inReplyToHref = resolve(baseOf(base), attr(u"href"));
                m_xml.skipCurrentElement();
            } else if (ns == Ns::Media && (n == u"content" || n == u"thumbnail")) {
                mediaElement(base, e, n.toString());
                if (n == u"content")
                    readMediaChildren(base, e);
                else
                    m_xml.skipCurrentElement();
            } else if (ns == Ns::Media && n == u"group") {
                readMediaChildren(base, e);
            } else if (ns == Ns::Itunes && n == u"author") {
                const QString name = text().trimmed();
                if (e.author.name.isEmpty())
                    e.author.name = name;
            } else if (ns == Ns::Wfw && n == u"commentRss") {
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (e.id.isEmpty())
            e.id = guid;
        if (e.link.isEmpty() && guidIsPermalink && !guid.isEmpty())
            e.link = guid;
        if (e.link.isEmpty() && !about.isEmpty())
            e.link = resolve(base, about);
        m_feed.entries.push_back(std::move(e));
    }

    // media:group holds media:content, which may hold media:thumbnail; deeper nesting is
    // not Media RSS and is skipped so recursion stays bounded.
    void readMediaChildren(const QUrl &base, FeedEntry &e, int depth = 0)
    {
        while (m_xml.readNextStartElement()) {
            const QStringView n = local();
            if (depth < 3 && ns_() == Ns::Media && (n == u"content" || n == u"thumbnail")) {
                mediaElement(base, e, n.toString());
                if (n == u"content")
                    readMediaChildren(base, e, depth + 1);
                else
                    m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    XmlTokenSource &m_xml;
    QUrl m_feedUrl;
    bool m_ns;
    bool m_atom = false;
    Ns m_defaultNs = Ns::None;
    mutable std::vector<std::optional<Ns>> m_nsById;  // see nsOfElement()
    QString m_rootLang;
    ParsedFeed m_feed;
};

}  // namespace

XmlFeedRead readXmlFeed(const QString &text, const QUrl &feedUrl, bool namespaceProcessing)
{
    QtXmlTokenSource xml(text, namespaceProcessing);
    return Reader(xml, feedUrl, namespaceProcessing).run();
}

std::optional<XmlFeedRead> readWellFormedXmlFeed(QByteArrayView utf8, const QUrl &feedUrl)
{
    std::optional<LibXmlTokenSource> xml = LibXmlTokenSource::parse(utf8);
    if (!xml)
        return std::nullopt;
    return Reader(*xml, feedUrl, true).run();
}

}  // namespace earshot
