// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/WebUrl.h"

#include <QUrl>

namespace earshot {
namespace {

bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// A registered name QUrl keeps as written: lowercase LDH labels, the last one alphabetic (so
// never an IPv4 address QUrl would normalize), no punycode (shown decoded by QUrl).
bool isPlainHost(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    qsizetype start = 0;
    while (true) {
        qsizetype end = host.indexOf(u'.', start);
        const bool last = end < 0;
        if (last)
            end = host.size();
        const QStringView label = host.mid(start, end - start);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-' ||
            label.startsWith(u"xn--"))
            return false;
        for (const QChar ch : label) {
            const char16_t c = ch.unicode();
            if (last ? !isLower(c) : !(isLower(c) || isDigit(c) || c == u'-'))
                return false;
        }
        if (last)
            return label.size() >= 2;
        start = end + 1;
    }
}

// Characters of path, query and fragment that QUrl neither escapes nor unescapes.
bool isPlainUrlChar(char16_t c)
{
    if (isLower(c) || isDigit(c) || (c >= u'A' && c <= u'Z'))
        return true;
    switch (c) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u'/':
    case u'?':
    case u'=':
    case u'&':
    case u'+':
    case u',':
    case u';':
    case u':':
    case u'@':
    case u'!':
    case u'$':
    case u'*':
    case u'(':
    case u')': return true;
    default: return false;
    }
}

}  // namespace

bool isCanonicalWebUrl(QStringView url)
{
    qsizetype i = 0;
    if (url.startsWith(u"https://"))
        i = 8;
    else if (url.startsWith(u"http://"))
        i = 7;
    else
        return false;
    qsizetype hostEnd = i;
    while (hostEnd < url.size() && url[hostEnd] != u'/' && url[hostEnd] != u'?' &&
           url[hostEnd] != u'#')
        ++hostEnd;
    if (!isPlainHost(url.mid(i, hostEnd - i)))
        return false;
    bool fragment = false;
    for (qsizetype k = hostEnd; k < url.size(); ++k) {
        const char16_t c = url[k].unicode();
        if (c == u'#') {
            if (fragment)
                return false;  // a second '#' would be escaped
            fragment = true;
        } else if (!isPlainUrlChar(c)) {
            return false;
        } else if (c == u'.' && url[k - 1] == u'/') {
            return false;  // possibly a dot segment, which resolving removes
        }
    }
    return true;
}

QString webUrlHost(QStringView url)
{
    if (!isCanonicalWebUrl(url))
        return QUrl(url.toString()).host();
    const qsizetype start = url.indexOf(u"://") + 3;
    qsizetype end = start;
    while (end < url.size() && url[end] != u'/' && url[end] != u'?' && url[end] != u'#')
        ++end;
    return url.mid(start, end - start).toString();
}

}  // namespace earshot
