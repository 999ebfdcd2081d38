// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace earshot {

// The part of a pull XML reader that the feed mapping uses, with QXmlStreamReader's meaning
// for every call. One mapping layer reads through it, whichever tokenizer is underneath:
// libxml2 for well-formed documents, QXmlStreamReader for everything it must recover from.
class XmlTokenSource {
public:
    enum class Token { StartElement, EndElement, Characters, EntityReference, Dtd, Other, End };

    virtual ~XmlTokenSource() = default;

    virtual Token readNext() = 0;
    virtual bool atEnd() const = 0;
    // As QXmlStreamReader: the next child start element, false at the parent's end.
    virtual bool readNextStartElement() = 0;
    virtual void skipCurrentElement() = 0;
    // The text of the current element including that of its children.
    virtual QString readElementText() = 0;
    // The same text, viewed where the tokenizer keeps it whole (no copy), else held in
    // `*storage`; valid while the source and `*storage` live.
    virtual QStringView readElementTextView(QString *storage)
    {
        *storage = readElementText();
        return *storage;
    }

    virtual QStringView name() const = 0;  // local name of the current element
    virtual QStringView qualifiedName() const = 0;
    virtual QStringView namespaceUri() const = 0;
    // A number standing for namespaceUri() in this document, the same for the same URI, so a
    // reader can classify each URI once; -1 when the tokenizer has none.
    virtual int namespaceId() const { return -1; }
    virtual QStringView text() const = 0;  // characters, DTD text or entity name
    // URI of the current element's first namespace declaration, empty when it has none.
    virtual QStringView firstNamespaceDeclaration() const = 0;

    virtual qsizetype attributeCount() const = 0;
    virtual QStringView attributeName(qsizetype i) const = 0;  // local name
    virtual QStringView attributeValue(qsizetype i) const = 0;
    virtual QStringView attribute(QStringView qualifiedName) const = 0;
    virtual QStringView attribute(QStringView namespaceUri, QStringView name) const = 0;

    // "message (line n)" of the error that stopped reading, empty when there was none.
    virtual QString error() const = 0;

    // How many item/entry elements the document has at most, when the tokenizer has seen it
    // whole; 0 when unknown. Lets the reader size its entry list once.
    virtual qsizetype entryCountHint() const { return 0; }
};

// QXmlStreamReader over decoded text. It never resolves external entities and caps the
// expansion of internal ones.
class QtXmlTokenSource final : public XmlTokenSource {
public:
    QtXmlTokenSource(const QString &text, bool namespaceProcessing);

    Token readNext() override;
    bool atEnd() const override { return m_xml.atEnd(); }
    bool readNextStartElement() override { return m_xml.readNextStartElement(); }
    void skipCurrentElement() override { m_xml.skipCurrentElement(); }
    QString readElementText() override
    {
        return m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }

    QStringView name() const override { return m_xml.name(); }
    QStringView qualifiedName() const override { return m_xml.qualifiedName(); }
    QStringView namespaceUri() const override { return m_xml.namespaceUri(); }
    QStringView text() const override
    {
        return m_xml.tokenType() == QXmlStreamReader::EntityReference ? m_xml.name() : m_xml.text();
    }
    QStringView firstNamespaceDeclaration() const override;

    qsizetype attributeCount() const override { return m_xml.attributes().size(); }
    QStringView attributeName(qsizetype i) const override { return m_xml.attributes()[i].name(); }
    QStringView attributeValue(qsizetype i) const override { return m_xml.attributes()[i].value(); }
    QStringView attribute(QStringView qualifiedName) const override;
    QStringView attribute(QStringView namespaceUri, QStringView name) const override;

    QString error() const override;

private:
    QXmlStreamReader m_xml;
};

}  // namespace earshot
