// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Opml.h"

#include "core/storage/Database.h"
#include "core/storage/SourceRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <map>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opml", text);
}

QString outlineTitle(const QXmlStreamAttributes &a)
{
    const QString text = a.value(QLatin1String("text")).toString().trimmed();
    return text.isEmpty() ? a.value(QLatin1String("title")).toString().trimmed() : text;
}

// Folder tree for writing: name -> sub-folders, plus the feeds directly inside.
struct Folder {
    std::map<QString, Folder> folders;
    std::vector<const SourceRecord *> feeds;
};

void writeFolder(QXmlStreamWriter &xml, const Folder &folder)
{
    for (const auto &[name, sub] : folder.folders) {
        xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("text"), name);
        xml.writeAttribute(QStringLiteral("title"), name);
        writeFolder(xml, sub);
        xml.writeEndElement();
    }
    for (const SourceRecord *s : folder.feeds) {
        xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), s->displayTitle());
        xml.writeAttribute(QStringLiteral("title"), s->displayTitle());
        xml.writeAttribute(QStringLiteral("xmlUrl"), s->address);
        xml.writeEndElement();
    }
}

}  // namespace

Result<std::vector<OpmlFeed>> readOpml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    std::vector<OpmlFeed> feeds;
    QStringList folders;         // names of the open folder outlines
    std::vector<bool> isFolder;  // per open outline
    bool sawOpml = false;
    while (!xml.atEnd()) {
        xml.readNext();
        switch (xml.tokenType()) {
        case QXmlStreamReader::DTD:
            return Error{ErrorKind::BadPayload,
                         tr("The OPML file declares a DTD, which Earshot does not accept "
                            "(line %1).")
                             .arg(xml.lineNumber())};
        case QXmlStreamReader::EntityReference:
            return Error{
                ErrorKind::BadPayload,
                tr("The OPML file uses an undeclared entity (line %1).").arg(xml.lineNumber())};
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("opml")) {
                sawOpml = true;
            } else if (xml.name() == QLatin1String("outline")) {
                const QXmlStreamAttributes a = xml.attributes();
                const QString xmlUrl = a.value(QLatin1String("xmlUrl")).toString().trimmed();
                if (xmlUrl.isEmpty()) {
                    const QString name = outlineTitle(a);
                    folders.append(name.isEmpty() ? tr("Untitled") : name);
                    isFolder.push_back(true);
                } else {
                    OpmlFeed feed;
                    feed.xmlUrl = QUrl::fromUserInput(xmlUrl).toString();
                    feed.title = outlineTitle(a);
                    feed.htmlUrl = a.value(QLatin1String("htmlUrl")).toString().trimmed();
                    feed.group = folders.join(QLatin1Char('/'));
                    feeds.push_back(std::move(feed));
                    isFolder.push_back(false);
                }
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("outline") && !isFolder.empty()) {
                if (isFolder.back())
                    folders.removeLast();
                isFolder.pop_back();
            }
            break;
        default: break;
        }
    }
    if (xml.hasError()) {
        return Error{ErrorKind::BadPayload,
                     tr("The OPML file is not well-formed XML: %1 (line %2).")
                         .arg(xml.errorString())
                         .arg(xml.lineNumber())};
    }
    if (!sawOpml)
        return Error{ErrorKind::BadPayload, tr("The file is not OPML (no <opml> element).")};
    return feeds;
}

QByteArray writeOpml(const std::vector<SourceRecord> &sources, const QString &title)
{
    Folder root;
    for (const SourceRecord &s : sources) {
        Folder *folder = &root;
        for (const QString &name : s.group.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            folder = &folder->folders[name];
        folder->feeds.push_back(&s);
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("dateCreated"),
                         QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    writeFolder(xml, root);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

OpmlImportReport importOpmlFeeds(Database &db, const std::vector<OpmlFeed> &feeds)
{
    OpmlImportReport report;
    SourceRepository sources(db);
    Transaction transaction(db);
    for (const OpmlFeed &feed : feeds) {
        if (sources.followFeed(feed.xmlUrl, feed.title, feed.group).added)
            ++report.added;
        else
            ++report.existing;
    }
    transaction.commit();
    return report;
}

std::vector<SourceRecord> subscribedFeeds(Database &db)
{
    std::vector<SourceRecord> feeds;
    for (SourceRecord &s : SourceRepository(db).list()) {
        if (s.platform == QLatin1String("feed") && s.kind == source_kind::Feed)
            feeds.push_back(std::move(s));
    }
    return feeds;
}

}  // namespace earshot
