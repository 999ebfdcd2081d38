// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/feed/XmlTokenSource.h"

#include <QByteArrayView>

#include <memory>
#include <optional>
#include <vector>

namespace earshot {

// The tokens of a whole UTF-8 document, read by libxml2's SAX2 parser (several times faster
// than QXmlStreamReader), replayed with QXmlStreamReader's pull semantics. Only documents that
// libxml2 reads without a single error or warning, with namespaces resolved, and that carry
// no DOCTYPE are taken: no DTD is loaded, no entity is declared or substituted and no network
// is touched, so external entities and entity expansion cannot happen. Everything else is
// refused, and the caller reads it with the recovering QXmlStreamReader path instead.
class LibXmlTokenSource final : public XmlTokenSource {
public:
    static std::optional<LibXmlTokenSource> parse(QByteArrayView utf8);

    Token readNext() override;
    bool atEnd() const override { return m_pos >= qsizetype(m_events.size()); }
    bool readNextStartElement() override;
    void skipCurrentElement() override;
    QString readElementText() override;
    QStringView readElementTextView(QString *storage) override;

    QStringView name() const override { return name(current().local); }
    QStringView qualifiedName() const override;
    QStringView namespaceUri() const override { return name(current().uri); }
    int namespaceId() const override { return current().uri; }
    QStringView text() const override { return {current().text, current().textSize}; }
    QStringView firstNamespaceDeclaration() const override { return name(current().nsDecl); }

    qsizetype attributeCount() const override { return current().attrCount; }
    QStringView attributeName(qsizetype i) const override;
    QStringView attributeValue(qsizetype i) const override;
    QStringView attribute(QStringView qualifiedName) const override;
    QStringView attribute(QStringView namespaceUri, QStringView name) const override;

    QString error() const override { return {}; }  // refused documents never get here
    qsizetype entryCountHint() const override { return m_entryElements; }

private:
    friend class SaxCollector;

    // One token. Names are indexes into m_names (-1: none); a Characters token's text is
    // [text, text + textSize); a start tag's attributes are m_attrs[firstAttr, firstAttr +
    // attrCount).
    struct Event {
        Token kind = Token::Other;
        int local = -1;
        int prefix = -1;
        int uri = -1;
        int nsDecl = -1;
        int firstAttr = 0;
        int attrCount = 0;
        int textSize = 0;
        const char16_t *text = nullptr;
    };
    struct Attribute {
        int local;
        int prefix;
        int uri;
        int valueSize;
        const char16_t *value;
    };

    LibXmlTokenSource() = default;
    const Event &current() const;
    QStringView name(int index) const
    {
        return index < 0 ? QStringView() : QStringView(m_names[std::size_t(index)]);
    }
    const Attribute *attributesOf(const Event &e) const { return m_attrs.data() + e.firstAttr; }

    std::vector<Event> m_events;
    std::vector<Attribute> m_attrs;
    std::vector<QString> m_names;
    // Every text and attribute value of the document, UTF-16, one after the other in blocks
    // that never move: a few allocations for the whole document instead of one per token,
    // each small enough to be recycled by the allocator rather than mapped afresh.
    std::vector<std::unique_ptr<char16_t[]>> m_blocks;
    qsizetype m_pos = -1;
    qsizetype m_entryElements = 0;
    mutable QString m_qualified;
};

}  // namespace earshot
