// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/HtmlSanitizer.h"
#include "core/analysis/WebUrl.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace earshot;
using namespace Qt::StringLiterals;

class TestHtmlSanitizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsSafeMarkup();
    void dropsActiveContent_data();
    void dropsActiveContent();
    void resolvesRelativeUrls();
    void imagesNeedWebSource();
    void plainText();
    void unclosedTags();
    void deepNestingIsBounded();
    void hugeInputIsTruncated();
    void fastPathMatchesFullParser_data();
    void fastPathMatchesFullParser();
    void fastPathTakesCommonMarkup();
    void fastPathMatchesOnGeneratedMarkup();
    void canonicalWebUrlsSurviveQUrl();
};

void TestHtmlSanitizer::keepsSafeMarkup()
{
    const SanitizedHtml out = sanitizeHtml(
        u"<p class=x style=\"color:red\">Hello <b>bold</b> &amp; <a href=\"https://e.org/a?b=1&amp;c=2\" title=t>link</a></p>"_s);
    QCOMPARE(
        out.html,
        u"<p>Hello <b>bold</b> &amp; <a href=\"https://e.org/a?b=1&amp;c=2\" title=\"t\">link</a></p>"_s);
    QCOMPARE(out.text, u"Hello bold & link"_s);
}

void TestHtmlSanitizer::dropsActiveContent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("script") << u"a<script>alert(1)</script>b"_s << u"ab"_s;
    QTest::newRow("script-uppercase") << u"a<SCRIPT SRC=x.js></SCRIPT>b"_s << u"ab"_s;
    QTest::newRow("style") << u"<style>body{display:none}</style>x"_s << u"x"_s;
    QTest::newRow("iframe") << u"<iframe src=\"https://evil\">t</iframe>y"_s << u"y"_s;
    QTest::newRow("object-embed") << u"<object data=x><embed src=y></object>z"_s << u"z"_s;
    QTest::newRow("form") << u"<form action=x><p>pw<input name=p></p></form>ok"_s << u"ok"_s;
    QTest::newRow("onerror") << u"<img src=\"http://e/i.png\" onerror=\"alert(1)\">"_s
                             << u"<img src=\"http://e/i.png\">"_s;
    QTest::newRow("onclick") << u"<b onclick=\"x()\" onmouseover=y>t</b>"_s << u"<b>t</b>"_s;
    QTest::newRow("javascript-href") << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript-case") << u"<a href=\"JaVaScRiPt:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript-entities")
        << u"<a href=\"&#106;&#x61;vascript&colon;alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript-entities-no-semicolon")
        << u"<a href=\"&#106&#97vascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript-tab")
        << u"<a href=\"java\tscript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript-newline-entity")
        << u"<a href=\"java&#10;script:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript-leading-space")
        << u"<a href=\" \x01javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("vbscript") << u"<a href=\"vbscript:msgbox\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("data-href") << u"<a href=\"data:text/html,<script>x</script>\">x</a>"_s
                               << u"<a>x</a>"_s;
    QTest::newRow("data-img") << u"<img src=\"data:image/png;base64,AAAA\">k"_s << u"k"_s;
    QTest::newRow("svg") << u"<svg><script>alert(1)</script><circle/></svg>v"_s << u"v"_s;
    QTest::newRow("style-attr") << u"<span style=\"background:url(javascript:x)\">s</span>"_s
                                << u"<span>s</span>"_s;
    QTest::newRow("meta-refresh") << u"<meta http-equiv=refresh content=\"0;url=javascript:x\">m"_s
                                  << u"m"_s;
    QTest::newRow("comment") << u"a<!-- <script>x</script> -->b"_s << u"ab"_s;
    QTest::newRow("attribute-breakout")
        << u"<a title='\"><script>x</script>'>t</a>"_s
        << u"<a title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">t</a>"_s;
    QTest::newRow("mxss-noscript")
        << u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"_s << QString();
}

void TestHtmlSanitizer::dropsActiveContent()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    const SanitizedHtml out = sanitizeHtml(input);
    QCOMPARE(out.html, html);
    QVERIFY(!out.html.contains(u"script:"_s, Qt::CaseInsensitive));
    QVERIFY(!out.html.contains(u" on"_s, Qt::CaseInsensitive));
}

void TestHtmlSanitizer::resolvesRelativeUrls()
{
    const QUrl base(u"https://blog.example.org/posts/1/"_s);
    QCOMPARE(sanitizeHtml(u"<a href=\"../2/\">n</a>"_s, base).html,
             u"<a href=\"https://blog.example.org/posts/2/\">n</a>"_s);
    QCOMPARE(sanitizeHtml(u"<a href=\"/about\">a</a>"_s, base).html,
             u"<a href=\"https://blog.example.org/about\">a</a>"_s);
    QCOMPARE(
        sanitizeHtml(u"<img src=\"pic.png\" alt=\"p\" width=\"10\" height=\"x\">"_s, base).html,
        u"<img src=\"https://blog.example.org/posts/1/pic.png\" alt=\"p\" width=\"10\">"_s);
    QCOMPARE(sanitizeHtml(u"<a href=\"mailto:a@b.c\">m</a>"_s, base).html,
             u"<a href=\"mailto:a@b.c\">m</a>"_s);
    // Without a base a relative link stays relative: harmless, the UI resolves it or not.
    QCOMPARE(sanitizeHtml(u"<a href=\"/x\">x</a>"_s).html, u"<a href=\"/x\">x</a>"_s);

    // The base given as text resolves the same, for the simple and the full parser's input.
    for (const QString &html : {u"<a href=\"../2/\">n</a> <b>x</b>"_s,
                                u"<table><tr><td><a href=\"/about\">a</a></td></tr></table>"_s}) {
        QCOMPARE(sanitizeHtmlAt(html, base.toString()).html, sanitizeHtml(html, base).html);
        QVERIFY(
            sanitizeHtmlAt(html, base.toString()).html.contains(u"https://blog.example.org/"_s));
    }
    QCOMPARE(sanitizeHtmlAt(u"<a href=\"/x\">x</a>"_s, QString()).html, u"<a href=\"/x\">x</a>"_s);
}

void TestHtmlSanitizer::imagesNeedWebSource()
{
    QCOMPARE(sanitizeHtml(u"<img src=\"ftp://e/i.png\">"_s).html, QString());
    QCOMPARE(sanitizeHtml(u"<img src=\"/i.png\">"_s).html, QString());
    QCOMPARE(sanitizeHtml(u"<img alt=\"no src\">"_s).html, QString());
    QCOMPARE(sanitizeHtml(u"<img src=\"http://e/i.png\">"_s).html,
             u"<img src=\"http://e/i.png\">"_s);
}

void TestHtmlSanitizer::plainText()
{
    QCOMPARE(htmlToPlainText(u"<p>One  \n two</p><p>Three<br>four</p>"_s),
             u"One two\n\nThree\nfour"_s);
    QCOMPARE(htmlToPlainText(u"caf&eacute; &mdash; &#x41;&nbsp;&lt;tag&gt;"_s),
             u"café — A <tag>"_s);
    QCOMPARE(htmlToPlainText(u"<ul><li>a</li><li>b</li></ul>after"_s), u"a\nb\n\nafter"_s);
    QCOMPARE(htmlToPlainText(u"<script>var x = 1;</script><style>p{}</style>  only text  "_s),
             u"only text"_s);
    QCOMPARE(htmlToPlainText(u"<pre>a\n  b</pre>"_s), u"a\n  b"_s);
    QCOMPARE(htmlToPlainText(u"<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>"_s),
             u"1 2\n3"_s);
    QCOMPARE(htmlToPlainText(u"Привет,   мир"_s), u"Привет, мир"_s);
    QCOMPARE(htmlToPlainText(QString()), QString());
    const SanitizedHtml plain = sanitizeHtml(u"  no > markup  "_s);
    QCOMPARE(plain.html, u"  no &gt; markup  "_s);
    QCOMPARE(plain.text, u"no > markup"_s);
}

void TestHtmlSanitizer::unclosedTags()
{
    QCOMPARE(sanitizeHtml(u"<p>para<b>bold<i>both"_s).html, u"<p>para<b>bold<i>both</i></b></p>"_s);
    QCOMPARE(sanitizeHtml(u"<b>x</i></b></p></div>"_s).html, u"<b>x</b><p></p>"_s);
    QCOMPARE(sanitizeHtml(u"<a href=\"http://e/\"unterminated"_s).html, QString());
    QCOMPARE(htmlToPlainText(u"text <b"_s), u"text"_s);
    QCOMPARE(sanitizeHtml(u"<scr<script>ipt>alert(1)</script>"_s).html, u"ipt&gt;alert(1)"_s);
}

void TestHtmlSanitizer::deepNestingIsBounded()
{
    for (const QString &tag : {u"div"_s, u"span"_s, u"blockquote"_s, u"b"_s, u"table"_s}) {
        // 300,000 levels of the longest tag still fit under the input bound.
        for (int depth : {10'000, 300'000}) {
            QString input;
            input.reserve(depth * (tag.size() + 2) + 16);
            for (int i = 0; i < depth; ++i)
                input += u'<' + tag + u'>';
            input += u"deep"_s;
            QElapsedTimer timer;
            timer.start();
            const SanitizedHtml out = sanitizeHtml(input);
            qInfo() << "elapsed ms:" << timer.elapsed()
                    << qPrintable(tag);  // measured, not asserted: ctest's timeout catches a hang
            QVERIFY2(out.text.contains(u"deep"_s), qPrintable(tag));
            QVERIFY(out.html.size() < 40 * 1024);
        }
    }
    // Nesting right at a realistic depth is kept whole.
    QString quotes;
    for (int i = 0; i < 20; ++i)
        quotes += u"<blockquote>"_s;
    quotes += u"q"_s;
    QCOMPARE(sanitizeHtml(quotes).html.count(u"<blockquote>"_s), 20);
}

void TestHtmlSanitizer::hugeInputIsTruncated()
{
    const QString chunk = u"<p>word word <b>word</b></p>"_s;
    QString input;
    input.reserve(6 * 1024 * 1024);
    while (input.size() < 6 * 1024 * 1024)
        input += chunk;
    QElapsedTimer timer;
    timer.start();
    const SanitizedHtml out = sanitizeHtml(input);
    qInfo() << "elapsed ms:"
            << timer.elapsed();  // measured, not asserted: ctest's timeout catches a hang
    QVERIFY(!out.html.isEmpty());
    QVERIFY(out.html.size() <= 4 * 1024 * 1024 + 64);

    // A surrogate pair split by the cut must not leave a lone surrogate behind.
    QString emoji(4 * 1024 * 1024 - 1, u'a');
    emoji += u"😀😀"_s;
    const QString text = htmlToPlainText(emoji);
    QVERIFY(!text.back().isHighSurrogate());
}

// The fast reader for simple markup must give exactly what the HTML5 parser path gives, on
// the markup it accepts and on everything it hands back.
void TestHtmlSanitizer::fastPathMatchesFullParser_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs{
        // Ordinary entry markup.
        u"<p>Hello <b>bold</b> &amp; <a href=\"https://e.org/a?b=1&amp;c=2\" title=t>link</a></p>"_s,
        u"<p>One</p>\n<p>Two <strong>x</strong> <em>y</em></p>\n<ul><li>a</li><li>b</li></ul>"_s,
        u"<p><img src=\"https://e.org/i.jpg\" alt=\"photo\" width=\"640\" height=\"480\"></p>"_s,
        u"<p><img src=\"/rel.jpg\" alt=x /></p><hr/><br/><br>"_s,
        u"<h2>Title</h2><p>t&#8230; [&#x2026;] &nbsp;&lt;x&gt; &quot;q&quot; &apos;a&apos;</p>"_s,
        u"<blockquote cite=\"/c\"><p>q</p></blockquote><ol start=3><li value=5>x</li></ol>"_s,
        u"<dl><dt>t</dt><dd>d</dd></dl><figure><img src=http://e/i.png><figcaption>c"
        u"</figcaption></figure>"_s,
        u"<pre>code\n  indented</pre><pre>\nleading newline</pre>"_s,
        u"<pre>&#10;newline reference</pre><pre>&#x0a;x</pre><pre>&amp;</pre>"_s,
        u"<p>Привет, <i>мир</i> 😀 &#128512;</p><span lang=ru dir=ltr title='t'>x</span>"_s,
        // Text runs long enough to be scanned in blocks, with what must still be escaped or
        // collapsed at every place in a block.
        u"<p>a run of plain words, long enough for several blocks; \"quoted\" > and  two  "
        u"spaces, a tab\there and a newline\nthere, then more plain words to the end.</p>"_s,
        u"<p> lead and trail </p><p>x\u00A0y\u3000z\u2003w\u1680v\u0085u</p><b>  </b>"_s,
        u"<p>Длинная строка кириллицы без разметки, чтобы пройти несколько блоков  подряд.</p>"_s,
        u"<P CLASS=x><A HREF=\"/up\">Upper</A></P><time datetime=\"2024-05-14\">d</time>"_s,
        u"a & b &c &#; &#x; &#0; &#128; &#xD800; &#1114112; &unknown; AT&T"_s,
        u"<p>x</p ><p >y</p>text<del cite=javascript:x>d</del><q cite=\"http://e/\">q</q>"_s,
        // Hostile markup and markup the fast reader must hand to the full parser.
        u"a<script>alert(1)</script>b<style>p{}</style>"_s,
        u"<img src=\"http://e/i.png\" onerror=\"alert(1)\"><b onclick=x>t</b>"_s,
        u"<a href=\"javascript:alert(1)\">x</a><a href=\"JaVaScRiPt:alert(1)\">y</a>"_s,
        u"<a href=\"&#106;&#x61;vascript&colon;alert(1)\">x</a>"_s,
        u"<a href=\"&#106&#97vascript:alert(1)\">x</a>"_s,
        u"<a href=\"java\tscript:alert(1)\">x</a><a href=\"java&#10;script:x\">y</a>"_s,
        u"<a href=\" \x01javascript:alert(1)\">x</a><a href=\"data:text/html,x\">d</a>"_s,
        u"<img src=\"data:image/png;base64,AAAA\"><img src=\"javascript:x\"><img alt=a>"_s,
        u"<p>para<b>bold<i>both"_s,
        u"<b>x</i></b></p></div>"_s,
        u"<a href=\"http://e/\"unterminated"_s,
        u"<scr<script>ipt>alert(1)</script>"_s,
        u"<p>a<p>b<div>c</div>"_s,
        u"<p>a<ul><li>b</li></ul></p>"_s,
        u"<li>outside</li><ul><li>a<li>b</ul>"_s,
        u"<a href=/a>one<a href=/b>two</a></a>"_s,
        u"<b><i>misnested</b></i>"_s,
        u"<h1>a<h2>b</h2></h1><h3>c</h4>"_s,
        u"<span/>after<div/>x"_s,
        u"<table><tr><td colspan=2>1</td></tr></table>"_s,
        u"<!-- comment --><p>x</p><![CDATA[y]]><!doctype html>"_s,
        u"<p title=\"a\"title=\"b\">x</p><p title=a title=b>y</p>"_s,
        u"<a href=\"x\" href=\"javascript:y\">z</a>"_s,
        u"<p>line\r\nbreak\rcr</p>"_s,
        u"<p>nul\u0000char \u0007bell \u0085nel</p>"_s,
        u"<p>lone \xD800 surrogate</p>"_s,
        u"<p a=`x`>b</p><p a=x\"y>c</p><p =x>d</p>"_s,
        u"<iframe src=x></iframe><object></object><svg><script>x</script></svg>"_s,
        u"<math><mi>x</mi></math><form><input></form><textarea><b>t</b></textarea>"_s,
        u"<noscript><p>n</p></noscript><template><p>t</p></template>"_s,
        u"<p>a</br>b</p><img src=http://e/a.png></img>"_s,
        u"<font color=red>f</font><center>c</center><section>s</section>"_s,
        u"<p>&copy &amp &lt</p><a title=\"&amp\">x</a>"_s,
        u"< p>not a tag</ p> 1 < 2 > 0 <3"_s,
        u"<p\u00e9>x</p>"_s,
        u"<xmp><b>x</b></xmp><plaintext><b>y"_s,
    };
    for (int i = 0; i < inputs.size(); ++i)
        QTest::newRow(qPrintable(QString::number(i))) << inputs[i];
}

void TestHtmlSanitizer::fastPathMatchesFullParser()
{
    QFETCH(QString, input);
    for (const QUrl &base : {QUrl(), QUrl(u"https://example.org/dir/page"_s)}) {
        const SanitizedHtml fast = sanitizeHtml(input, base);
        const SanitizedHtml full = sanitizeHtmlWithFullParser(input, base);
        QCOMPARE(fast.html, full.html);
        QCOMPARE(fast.text, full.text);
    }
    QCOMPARE(htmlToPlainText(input), sanitizeHtmlWithFullParser(input).text);
}

void TestHtmlSanitizer::fastPathTakesCommonMarkup()
{
    QVERIFY(
        isSimpleHtml(u"<p>One <a href=\"https://e.org/?a=1&amp;b=2\">x</a></p>\n<p>&#8230;</p>"_s));
    QVERIFY(isSimpleHtml(u"<ul><li><b>a</b></li><li><img src=\"https://e/i.png\" /></li></ul>"_s));
    QVERIFY(isSimpleHtml(u"<blockquote><p>q</p></blockquote><h2>h</h2><br>Q & A"_s));
    // What the HTML5 parser would restructure is left to it.
    QVERIFY(!isSimpleHtml(u"<p>a<p>b"_s));
    QVERIFY(!isSimpleHtml(u"<b><i>x</b></i>"_s));
    QVERIFY(!isSimpleHtml(u"<p>x<script>y</script></p>"_s));
    QVERIFY(!isSimpleHtml(u"<a href=\"&#106;avascript:x\">"_s));
}

// Random markup from pieces that sit on either side of every rule of the fast reader, each
// document compared between the two paths. The seed is fixed so a failure reproduces. Tables
// are left out: gumbo 0.10 reads uninitialised memory when it foster-parents content in a
// fragment, so two parses of the same table markup can differ.
void TestHtmlSanitizer::fastPathMatchesOnGeneratedMarkup()
{
    const QStringList pieces{
        u"<p>"_s,
        u"</p>"_s,
        u"<b>"_s,
        u"</b>"_s,
        u"<i>"_s,
        u"</i>"_s,
        u"<a href=\"/x?a=1&amp;b\">"_s,
        u"<a href=javascript:x>"_s,
        u"</a>"_s,
        u"<ul>"_s,
        u"</ul>"_s,
        u"<ol start=2>"_s,
        u"</ol>"_s,
        u"<li>"_s,
        u"</li>"_s,
        u"<div>"_s,
        u"</div>"_s,
        u"<h2>"_s,
        u"</h2>"_s,
        u"<h3>"_s,
        u"</h3>"_s,
        u"<br>"_s,
        u"<br/>"_s,
        u"<hr>"_s,
        u"<img src=\"http://e/i.png\" alt=\"a\">"_s,
        u"<img src=x>"_s,
        u"<pre>"_s,
        u"</pre>"_s,
        u"<blockquote>"_s,
        u"</blockquote>"_s,
        u"<dl>"_s,
        u"<dt>"_s,
        u"<dd>"_s,
        u"</dl>"_s,
        u"<span title='t'>"_s,
        u"</span>"_s,
        u"<script>"_s,
        u"</script>"_s,
        u"<!--c-->"_s,
        u"text"_s,
        u" "_s,
        u"\n"_s,
        u"  two words "_s,
        u"a longer run of words that fills a few blocks"_s,
        u"\u00A0"_s,
        u"\u3000"_s,
        u"\t"_s,
        u"&amp;"_s,
        u"&nbsp;"_s,
        u"&#8230;"_s,
        u"&copy"_s,
        u"&"_s,
        u"<"_s,
        u">"_s,
        u"\""_s,
        u"Привет"_s,
        u"😀"_s,
        u"\r"_s,
        u"<P>"_s,
        u"</B>"_s,
    };
    QRandomGenerator random(20240514);
    for (int doc = 0; doc < 3000; ++doc) {
        QString input;
        const int length = int(random.bounded(1, 16));
        for (int k = 0; k < length; ++k)
            input += pieces[int(random.bounded(qsizetype(pieces.size())))];
        if (!input.contains(u'<') && !input.contains(u'&'))
            continue;  // text without markup never reaches either parser
        const QUrl base(u"https://example.org/feed/"_s);
        const SanitizedHtml fast = sanitizeHtml(input, base);
        const SanitizedHtml full = sanitizeHtmlWithFullParser(input, base);
        if (fast.html != full.html || fast.text != full.text)
            qInfo() << "input:" << input;
        QCOMPARE(fast.html, full.html);
        QCOMPARE(fast.text, full.text);
    }
}

// isCanonicalWebUrl() lets links skip QUrl; whatever it accepts must come back from QUrl
// unchanged, parsed, resolved and printed either way. webUrlHost() agrees with QUrl on
// every input, canonical or not.
void TestHtmlSanitizer::canonicalWebUrlsSurviveQUrl()
{
    const auto survives = [](const QString &u) {
        const QUrl url(u);
        const QUrl base(u"https://example.org/dir/page?q=1"_s);
        return url.isValid() && url.toString() == u && url.toString(QUrl::FullyEncoded) == u &&
               base.resolved(url).toString() == u &&
               base.resolved(url).toString(QUrl::FullyEncoded) == u;
    };
    for (const QString &u : {u"https://blog.example.org/2024/05/post-1/#more"_s, u"http://e.org"_s,
                             u"http://e.org?x=1&y=2"_s,
                             u"https://a-b.example.com/p;x=1/(c)*!$,+:@~_?a=b&c#frag?x/y"_s}) {
        QVERIFY2(isCanonicalWebUrl(u), qPrintable(u));
        QVERIFY2(survives(u), qPrintable(u));
        QCOMPARE(webUrlHost(u), QUrl(u).host());
    }
    for (const QString &u :
         {u"HTTP://e.org/"_s, u"http://E.org/"_s, u"http://e.org:80/"_s, u"http://u@e.org/"_s,
          u"http://e.org/a/../b"_s, u"http://e.org/./b"_s, u"http://e.org/%7e"_s,
          u"http://e.org/a b"_s, u"http://e.org/#a#b"_s, u"http://127.0.0.1/"_s,
          u"http://xn--e-0fa.org/"_s, u"http://-e.org/"_s, u"http://e..org/"_s, u"http://e.org./"_s,
          u"ftp://e.org/"_s, u"//e.org/"_s, u"http://e.org/é"_s,
          u"http://e.org/'\"<>{}|^`[]\\"_s}) {
        QVERIFY2(!isCanonicalWebUrl(u), qPrintable(u));
        QCOMPARE(webUrlHost(u), QUrl(u).host());
    }
    const QStringList pieces{u"http://"_s, u"https://"_s, u"e"_s, u"Ex"_s,  u"."_s,  u"org"_s,
                             u"-"_s,       u"1"_s,        u"/"_s, u"//"_s,  u".."_s, u"?"_s,
                             u"#"_s,       u"="_s,        u"&"_s, u"%41"_s, u"%"_s,  u":"_s,
                             u"80"_s,      u"@"_s,        u"~"_s, u"("_s,   u"!"_s,  u"'"_s,
                             u" "_s,       u"é"_s,        u"["_s, u";"_s};
    QRandomGenerator random(7);
    int accepted = 0;
    for (int n = 0; n < 20000; ++n) {
        QString u = n % 2 ? u"https://"_s : u"http://"_s;
        const int length = int(random.bounded(1, 12));
        for (int k = 0; k < length; ++k)
            u += pieces[int(random.bounded(qsizetype(pieces.size())))];
        QCOMPARE(webUrlHost(u), QUrl(u).host());
        if (!isCanonicalWebUrl(u))
            continue;
        ++accepted;
        QVERIFY2(survives(u), qPrintable(u));
    }
    QVERIFY(accepted > 100);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "test_html_sanitizer.moc"
