// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/XmlTokenSource.h"

namespace earshot {

QtXmlTokenSource::QtXmlTokenSource(const QString &text, bool namespaceProcessing) : m_xml(text)
{
    m_xml.setNamespaceProcessing(namespaceProcessing);
    m_xml.setEntityExpansionLimit(4096);  // billion-laughs guard, explicit on purpose
}

XmlTokenSource::Token QtXmlTokenSource::readNext()
{
    switch (m_xml.readNext()) {
    case QXmlStreamReader::StartElement: return Token::StartElement;
    case QXmlStreamReader::EndElement: return Token::EndElement;
    case QXmlStreamReader::Characters: return Token::Characters;
    case QXmlStreamReader::EntityReference: return Token::EntityReference;
    case QXmlStreamReader::DTD: return Token::Dtd;
    case QXmlStreamReader::Invalid:
    case QXmlStreamReader::EndDocument: return Token::End;
    default: return Token::Other;
    }
}

QStringView QtXmlTokenSource::firstNamespaceDeclaration() const
{
    const QXmlStreamNamespaceDeclarations &decls = m_xml.namespaceDeclarations();
    return decls.isEmpty() ? QStringView() : decls.front().namespaceUri();
}

QStringView QtXmlTokenSource::attribute(QStringView qualifiedName) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.qualifiedName() == qualifiedName)
            return a.value();
    }
    return {};
}

QStringView QtXmlTokenSource::attribute(QStringView namespaceUri, QStringView name) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.namespaceUri() == namespaceUri && a.name() == name)
            return a.value();
    }
    return {};
}

QString QtXmlTokenSource::error() const
{
    if (!m_xml.hasError())
        return {};
    return QStringLiteral("%1 (line %2)").arg(m_xml.errorString()).arg(m_xml.lineNumber());
}

}  // namespace earshot
