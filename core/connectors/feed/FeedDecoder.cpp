// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/FeedDecoder.h"

#include <QList>
#include <QStringDecoder>

#include <unicode/ucsdet.h>

#include <memory>

namespace earshot {
namespace {

struct ContentType {
    QByteArray mediaType;  // lowercase, no parameters
    QByteArray charset;    // lowercase, unquoted; empty when absent
};

ContentType parseContentType(const QByteArray &header)
{
    ContentType ct;
    const QList<QByteArray> parts = header.split(';');
    if (parts.isEmpty())
        return ct;
    ct.mediaType = parts.front().trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray &param = parts[i];
        const qsizetype eq = param.indexOf('=');
        if (eq < 0 || param.left(eq).trimmed().toLower() != "charset")
            continue;  // "charset:x" and other malformed parameters are ignored, as browsers do
        QByteArray value = param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2).trimmed();
        ct.charset = value.toLower();
    }
    return ct;
}

bool isXmlMediaType(const QByteArray &type)
{
    return type.endsWith("/xml") || type.endsWith("+xml") || type.endsWith("/xml-dtd") ||
           type.endsWith("/xml-external-parsed-entity");
}

// Encoding named by a byte order mark or implied by how "<?" is laid out in UTF-16/32.
QByteArray sniffUnicode(const QByteArray &b, qsizetype *bomSize)
{
    auto at = [&](qsizetype i) { return i < b.size() ? uchar(b[i]) : 0x100u; };
    *bomSize = 0;
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        *bomSize = 3;
        return "utf-8";
    }
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
        *bomSize = 4;
        return "utf-32le";
    }
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
        *bomSize = 4;
        return "utf-32be";
    }
    if (at(0) == 0xFE && at(1) == 0xFF) {
        *bomSize = 2;
        return "utf-16be";
    }
    if (at(0) == 0xFF && at(1) == 0xFE) {
        *bomSize = 2;
        return "utf-16le";
    }
    if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) == '<')
        return "utf-32be";
    if (at(0) == '<' && at(1) == 0 && at(2) == 0 && at(3) == 0)
        return "utf-32le";
    if (at(0) == 0 && at(1) == '<')
        return "utf-16be";
    if (at(0) == '<' && at(1) == 0)
        return "utf-16le";
    return {};
}

// encoding="..." of an ASCII-compatible XML declaration, lowercase; empty when absent.
QByteArray declaredEncoding(const QByteArray &b)
{
    if (!b.startsWith("<?xml"))
        return {};
    const qsizetype end = b.indexOf("?>");
    const QByteArray decl = b.left(end < 0 ? qMin<qsizetype>(b.size(), 200) : end);
    const qsizetype key = decl.indexOf("encoding");
    if (key < 0)
        return {};
    qsizetype i = decl.indexOf('=', key);
    if (i < 0)
        return {};
    ++i;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '\t'))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const qsizetype close = decl.indexOf(decl[i], i + 1);
    if (close < 0)
        return {};
    return decl.mid(i + 1, close - i - 1).trimmed().toLower();
}

// Feed readers treat GB2312 as its superset GB18030, since mislabelled GBK text is common.
QByteArray normalizeCharset(QByteArray name)
{
    if (name == "gb2312" || name == "gbk" || name == "x-gbk")
        return "gb18030";
    if (name == "ascii")
        return "us-ascii";
    return name;
}

// ICU's statistical detector; empty when it has no confident answer.
QByteArray detectCharset(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                   &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    ucsdet_enableInputFilter(det.get(), true);  // ignore markup, judge the text
    const int len = int(qMin<qsizetype>(bytes.size(), 64 * 1024));
    ucsdet_setText(det.get(), bytes.constData(), len, &status);
    const UCharsetMatch *match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    const char *name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || !name)
        return {};
    return QByteArray(name).toLower();
}

// Decodes strictly; false when the charset is unknown or the bytes are not valid in it.
bool tryDecode(const QByteArray &bytes, qsizetype skip, const QByteArray &charset, QString *out)
{
    if (charset == "utf-8") {
        // Most feeds: Qt's SIMD validator and decoder are several times faster than the
        // generic converter, which matters for multi-megabyte documents.
        const QByteArrayView view = QByteArrayView(bytes).sliced(skip);
        if (!view.isValidUtf8())
            return false;
        *out = QString::fromUtf8(view);
        return true;
    }
    // Like browsers (WHATWG Encoding), read "ISO-8859-1" as windows-1252: feeds labelled
    // Latin-1 carry cp1252 quotes and dashes in 0x80-0x9F far more often than C1 controls.
    const bool latin1 = charset == "iso-8859-1" || charset == "latin1" || charset == "l1";
    QStringDecoder decoder(latin1 ? "windows-1252" : charset.constData());
    if (!decoder.isValid())
        return false;
    *out = decoder.decode(QByteArrayView(bytes).sliced(skip));
    return !decoder.hasError();
}

}  // namespace

DecodedFeed decodeFeedBytes(const QByteArray &bytes, const QByteArray &httpContentType,
                            bool keepUtf8)
{
    DecodedFeed result;
    const ContentType ct = parseContentType(httpContentType);
    qsizetype bomSize = 0;
    const QByteArray sniffed = sniffUnicode(bytes, &bomSize);

    QByteArray charset;
    if (bomSize > 0) {
        charset = sniffed;
    } else if (!ct.charset.isEmpty() &&
               (isXmlMediaType(ct.mediaType) || ct.mediaType.startsWith("text/"))) {
        charset = ct.charset;
    } else if (ct.mediaType.startsWith("text/") && isXmlMediaType(ct.mediaType)) {
        charset = "us-ascii";  // RFC 3023: text/*xml without charset is US-ASCII
    } else if (!sniffed.isEmpty()) {
        charset = sniffed;
    } else {
        charset = declaredEncoding(bytes);
        if (charset.isEmpty())
            charset = "utf-8";
    }
    charset = normalizeCharset(charset);
    // "utf-16"/"utf-32" say nothing about byte order; the layout of "<" does.
    if ((charset == "utf-16" || charset == "utf-32") && sniffed.startsWith(charset))
        charset = sniffed;
    if (!ct.mediaType.isEmpty() && !isXmlMediaType(ct.mediaType))
        result.problem =
            QStringLiteral("served as %1, not as XML").arg(QLatin1String(ct.mediaType));

    if (keepUtf8 && charset == "utf-8") {
        const QByteArrayView view = QByteArrayView(bytes).sliced(bomSize);
        if (view.isValidUtf8()) {
            result.utf8 = view;
            result.encoding = QStringLiteral("utf-8");
            return result;
        }
    }
    if (tryDecode(bytes, bomSize, charset, &result.text)) {
        result.encoding = QString::fromLatin1(charset);
        return result;
    }

    // The declared or implied charset does not fit the bytes: guess like a careful reader.
    const QString why = QStringLiteral("bytes are not valid %1").arg(QLatin1String(charset));
    result.problem = result.problem.isEmpty() ? why : result.problem + QStringLiteral("; ") + why;
    QList<QByteArray> candidates;
    if (bomSize == 0) {
        candidates.append("utf-8");
        const QByteArray detected = normalizeCharset(detectCharset(bytes));
        if (!detected.isEmpty())
            candidates.append(detected);
        candidates.append("windows-1252");
    }
    for (const QByteArray &candidate : candidates) {
        if (candidate != charset && tryDecode(bytes, 0, candidate, &result.text)) {
            result.encoding = QString::fromLatin1(candidate);
            return result;
        }
    }
    // Nothing fits cleanly: keep the declared charset with replacement characters.
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid()) {
        charset = "windows-1252";
        decoder = QStringDecoder(charset.constData());
    }
    result.text = decoder.decode(QByteArrayView(bytes).sliced(bomSize));
    result.encoding = QString::fromLatin1(charset);
    return result;
}

}  // namespace earshot
