// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/XmlRepair.h"

#include <gumbo.h>

#include <QHash>
#include <QStringList>

#include <cstring>

namespace earshot {
namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool isPredefined(QStringView name)
{
    return name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"apos";
}

// Value of a character reference body ("#123" / "#x7B"), or 0x110000 when malformed.
char32_t charRefValue(QStringView body)
{
    bool ok = false;
    const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
    const uint v = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
    return ok ? char32_t(v) : char32_t(0x110000);
}

// The end of a markup construct that starts at `i` with "<!" or "<?" and whose content is
// not parsed character data, or -1 when `i` starts no such construct.
qsizetype skipOpaque(QStringView s, qsizetype i, bool *declaresEntities)
{
    const QStringView rest = s.mid(i);
    auto until = [&](QStringView close) {
        const qsizetype end = s.indexOf(close, i);
        return end < 0 ? s.size() : end + close.size();
    };
    if (rest.startsWith(u"<![CDATA["))
        return until(u"]]>");
    if (rest.startsWith(u"<!--"))
        return until(u"-->");
    if (rest.startsWith(u"<?"))
        return until(u"?>");
    if (rest.startsWith(u"<!DOCTYPE", Qt::CaseInsensitive)) {
        // The internal subset sits in [...] and may contain quoted '>' characters.
        qsizetype j = i + 9;
        int brackets = 0;
        QChar quote;
        for (; j < s.size(); ++j) {
            const QChar c = s[j];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'[') {
                ++brackets;
            } else if (c == u']') {
                --brackets;
            } else if (c == u'>' && brackets <= 0) {
                break;
            }
        }
        if (s.mid(i, j - i).contains(u"<!ENTITY"))
            *declaresEntities = true;
        return qMin(j + 1, s.size());
    }
    return -1;
}

}  // namespace

QString decodeHtmlEntity(QStringView name)
{
    if (name.isEmpty() || name.size() > 32)
        return {};
    const QByteArray source = "&" + name.toUtf8() + ";";
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    options.fragment_context = GUMBO_TAG_DIV;
    GumboOutput *out =
        gumbo_parse_with_options(&options, source.constData(), std::size_t(source.size()));
    QString result;
    const GumboVector &children = out->root->v.element.children;
    if (children.length == 1) {
        const auto *node = static_cast<const GumboNode *>(children.data[0]);
        if (node->type == GUMBO_NODE_TEXT) {
            const char *t = node->v.text.text;
            const QString decoded = QString::fromUtf8(t, qsizetype(std::strlen(t)));
            if (decoded != QLatin1String(source))
                result = decoded;
        }
    }
    gumbo_destroy_output(&options, out);
    return result;
}

QString repairXml(QStringView s, QString *what)
{
    QString out;
    bool changed = false;
    qsizetype copied = 0;
    bool declaresEntities = false;
    bool bareAmp = false, badChar = false;
    QStringList entities;
    QHash<QString, QString> cache;

    auto replace = [&](qsizetype from, qsizetype to, QStringView with) {
        if (!changed) {
            out.reserve(s.size() + s.size() / 16);
            changed = true;
        }
        out.append(s.mid(copied, from - copied));
        out.append(with);
        copied = to;
    };
    auto escapeForXml = [](const QString &v) {
        if (v == u"&")
            return QStringLiteral("&amp;");
        if (v == u"<")
            return QStringLiteral("&lt;");
        return v;
    };

    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'<') {
            const qsizetype end = skipOpaque(s, i, &declaresEntities);
            if (end > i)
                i = end - 1;
            continue;
        }
        if (c == u'&') {
            qsizetype j = i + 1;
            if (j < s.size() && s[j] == u'#') {
                ++j;
                while (j < s.size() && j - i < 12 && (isNameChar(s[j])))
                    ++j;
                if (j < s.size() && s[j] == u';') {
                    const char32_t v = charRefValue(s.mid(i + 1, j - i - 1));
                    if (!isXmlChar(v)) {
                        replace(i, j + 1, u"\uFFFD");
                        badChar = true;
                    }
                    i = j;
                    continue;
                }
            } else if (j < s.size() && isNameStart(s[j])) {
                while (j < s.size() && j - i < 40 && isNameChar(s[j]))
                    ++j;
                if (j < s.size() && s[j] == u';') {
                    const QStringView name = s.mid(i + 1, j - i - 1);
                    if (isPredefined(name) || declaresEntities) {
                        i = j;
                        continue;
                    }
                    const QString key = name.toString();
                    auto it = cache.find(key);
                    if (it == cache.end())
                        it = cache.insert(key, escapeForXml(decodeHtmlEntity(name)));
                    if (!it->isEmpty()) {
                        replace(i, j + 1, *it);
                        if (entities.size() < 5 && !entities.contains(key))
                            entities.append(key);
                        i = j;
                        continue;
                    }
                }
            }
            replace(i, i + 1, u"&amp;");
            bareAmp = true;
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF) {
            replace(i, i + 1, u"\uFFFD");
            badChar = true;
        }
    }
    if (!changed)
        return {};
    out.append(s.mid(copied));
    QStringList reasons;
    if (!entities.isEmpty())
        reasons.append(QStringLiteral("undeclared entities (&%1;)")
                           .arg(entities.join(QStringLiteral(";, &"))));
    if (bareAmp)
        reasons.append(QStringLiteral("unescaped &"));
    if (badChar)
        reasons.append(QStringLiteral("characters not allowed in XML"));
    *what = reasons.join(QStringLiteral(", "));
    return out;
}

}  // namespace earshot
