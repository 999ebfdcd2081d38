// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ByteFetcher.h"
#include "core/net/HttpClient.h"
#include "core/services/AsyncWorkspace.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/widgets/ContentBrowser.h"
#include "ui/widgets/ReadingPane.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace earshot;

namespace {

// Records the distinct paths that were requested: the network stack may retry a request on a
// fresh connection, so connections are not what the tests count.
class ImageServer : public QObject {
public:
    ImageServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QList<QByteArray> requestLine = socket->readAll().split(' ');
                    if (requestLine.size() > 1)
                        requestedPaths.insert(QString::fromLatin1(requestLine.at(1)));
                    QImage image(4, 3, QImage::Format_RGB32);
                    image.fill(Qt::red);
                    QByteArray png;
                    QBuffer buffer(&png);
                    buffer.open(QIODevice::WriteOnly);
                    image.save(&buffer, "PNG");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                                  QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" +
                                  png);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QSet<QString> requestedPaths;

private:
    QTcpServer m_server;
};

ItemDetails detailsWithHtml(const QString &html, qint64 id = 7)
{
    ItemDetails d;
    d.item.id = id;
    d.item.item.platform = QStringLiteral("feed");
    d.item.item.source = QStringLiteral("https://example.org/feed.xml");
    d.item.item.sourceTitle = QStringLiteral("Example blog");
    d.item.item.author.name = QStringLiteral("Ann");
    d.item.item.title = QStringLiteral("A post");
    d.item.item.url = QStringLiteral("https://example.org/post");
    d.item.item.html = html;
    d.item.item.publishedMs = 1767225600000;
    d.item.item.tags = {QStringLiteral("praise")};
    return d;
}

}  // namespace

class TestReadingPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void remoteImagesNeedConsent();
    void imageFetchKeepsTheLimits();
    void scriptsAreNotRendered();
    void linksGoToTheSystemBrowser();
    void showsThreadContext();
    void cleanupTestCase();

private:
    test::TempDir m_dir;
    std::unique_ptr<AsyncWorkspace> m_workspace;
};

void TestReadingPane::initTestCase()
{
    const QString db = m_dir.filePath(QStringLiteral("ws.db"));
    QVERIFY(test::createWorkspace(db));
    const QString data = m_dir.filePath(QStringLiteral("thread.jsonl"));
    const auto item = [](const char *id, const char *parent, const QString &author,
                         const QString &text, int hour) {
        QJsonObject o{{QStringLiteral("platform"), QStringLiteral("vk")},
                      {QStringLiteral("source"), QStringLiteral("club1")},
                      {QStringLiteral("id"), QString::fromLatin1(id)},
                      {QStringLiteral("url"),
                       QString(QStringLiteral("https://vk.com/") + QString::fromLatin1(id))},
                      {QStringLiteral("author"), author},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("published"),
                       QStringLiteral("2026-03-01T%1:00:00Z").arg(hour, 2, 10, QLatin1Char('0'))}};
        if (*parent) {
            o.insert(QStringLiteral("parent"), QString::fromLatin1(parent));
            o.insert(QStringLiteral("thread"), QStringLiteral("r"));
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QVERIFY(test::writeLines(
        data,
        {item("r", "", QStringLiteral("Root Author"), QStringLiteral("Когда починят интернет?"), 8),
         item("m", "r", QStringLiteral("Middle"), QStringLiteral("Support answer in the middle"),
              9),
         item("c", "m", QStringLiteral("Child"), QStringLiteral("Thanks, it works again"), 10)}));
    QCOMPARE(test::importNow(db, data), qint64(3));
    m_workspace = std::make_unique<AsyncWorkspace>(db);
}

void TestReadingPane::cleanupTestCase()
{
    m_workspace.reset();
}

void TestReadingPane::remoteImagesNeedConsent()
{
    ImageServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    HttpClient http(network);
    HttpByteFetcher images(http);  // the widget asks core for bytes, never HTTP itself
    ReadingPane pane(*m_workspace, &images);
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    const QUrl image = server.url(QStringLiteral("/pixel.png"));
    pane.showDetails(
        detailsWithHtml(QStringLiteral("<p>Look:</p><img src=\"%1\">").arg(image.toString())));
    ContentBrowser *browser = pane.browser();
    QCOMPARE(browser->remoteImages(), QList<QUrl>{image});
    QVERIFY(!browser->remoteImagesAllowed());
    QVERIFY(browser->loadResource(QTextDocument::ImageResource, image).isNull());
    QVERIFY(browser
                ->loadResource(QTextDocument::ImageResource,
                               QUrl(QStringLiteral("file:///etc/hostname")))
                .isNull());
    browser->viewport()->repaint();  // layout and painting ask for the image
    QTest::qWait(300);
    QVERIFY(server.requestedPaths.isEmpty());
    auto *load = pane.findChild<QPushButton *>(QStringLiteral("loadRemoteImages"));
    QVERIFY(load && load->isVisible());

    // Consent for this item: now the image is fetched, once.
    load->click();
    QVERIFY(browser->remoteImagesAllowed());
    QVERIFY(!load->isVisible());
    QTRY_COMPARE(server.requestedPaths, QSet<QString>{QStringLiteral("/pixel.png")});
    QTRY_VERIFY(!browser->document()->resource(QTextDocument::ImageResource, image).isNull());

    // Another item starts blocked again.
    pane.showDetails(detailsWithHtml(
        QStringLiteral("<img src=\"%1\">").arg(server.url(QStringLiteral("/other.png")).toString()),
        8));
    QVERIFY(!browser->remoteImagesAllowed());
    browser->viewport()->repaint();
    QTest::qWait(200);
    QCOMPARE(server.requestedPaths, QSet<QString>{QStringLiteral("/pixel.png")});
}

// The fetch behind the browser is HttpClient's: its size cap and typed errors hold, and
// nothing but http(s) is ever requested.
void TestReadingPane::imageFetchKeepsTheLimits()
{
    ImageServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    HttpClient http(network);
    HttpByteFetcher images(http);
    std::optional<Result<QByteArray>> small;
    std::optional<Result<QByteArray>> capped;
    std::optional<Result<QByteArray>> local;
    images.fetchBytes(server.url(QStringLiteral("/a.png")), ContentBrowser::kMaxImageBytes,
                      [&](const Result<QByteArray> &r) { small = r; });
    images.fetchBytes(server.url(QStringLiteral("/b.png")), 10,
                      [&](const Result<QByteArray> &r) { capped = r; });
    images.fetchBytes(QUrl(QStringLiteral("file:///etc/hostname")), 1000,
                      [&](const Result<QByteArray> &r) { local = r; });
    while (!small || !capped || !local)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QVERIFY(small->ok());
    QVERIFY(!QImage::fromData(small->value()).isNull());
    QVERIFY(!capped->ok());
    QCOMPARE(capped->error().kind, ErrorKind::TooLarge);
    QVERIFY(!local->ok());
    QCOMPARE(local->error().kind, ErrorKind::InvalidInput);
    QCOMPARE(server.requestedPaths,
             (QSet<QString>{QStringLiteral("/a.png"), QStringLiteral("/b.png")}));
}

void TestReadingPane::scriptsAreNotRendered()
{
    ReadingPane pane(*m_workspace, nullptr);
    pane.showDetails(detailsWithHtml(
        QStringLiteral("<p>Hello</p><script>document.write('INJECTED')</script>"
                       "<style>p{color:red}</style><p onclick=\"alert(1)\">World</p>"
                       "<iframe src=\"https://evil.example/\">FRAME</iframe>")));
    const QString text = pane.browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Hello")));
    QVERIFY(text.contains(QStringLiteral("World")));
    QVERIFY(!text.contains(QStringLiteral("INJECTED")));
    QVERIFY(!text.contains(QStringLiteral("color:red")));
    QVERIFY(!pane.browser()->toHtml().contains(QStringLiteral("alert")));
}

void TestReadingPane::linksGoToTheSystemBrowser()
{
    ReadingPane pane(*m_workspace, nullptr);
    QSignalSpy open(&pane, &ReadingPane::openUrlRequested);
    pane.showDetails(detailsWithHtml(QStringLiteral("<a href=\"https://example.org/x\">x</a>")));
    QVERIFY(!pane.browser()->openLinks());
    QVERIFY(!pane.browser()->openExternalLinks());
    Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("https://example.org/x")));
    Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toUrl(), QUrl(QStringLiteral("https://example.org/x")));
    pane.findChild<QPushButton *>(QStringLiteral("openOriginal"))->click();
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().first().toUrl(), QUrl(QStringLiteral("https://example.org/post")));
}

void TestReadingPane::showsThreadContext()
{
    ReadingPane pane(*m_workspace, nullptr);
    QSignalSpy shown(&pane, &ReadingPane::detailsShown);
    // The middle item: its parent above, its reply below.
    pane.showItem(2);
    QTRY_COMPARE(shown.count(), 1);
    const QString text = pane.browser()->toPlainText();
    const qsizetype root = text.indexOf(QStringLiteral("Когда починят интернет?"));
    const qsizetype self = text.indexOf(QStringLiteral("Support answer in the middle"));
    const qsizetype reply = text.indexOf(QStringLiteral("Thanks, it works again"));
    QVERIFY2(root >= 0 && self > root && reply > self, qPrintable(text));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("itemTitle"))->text(),
             QStringLiteral("Middle"));

    // An answer for an item the user already left is dropped.
    pane.showItem(1);
    pane.showItem(3);
    QTRY_COMPARE(shown.count(), 2);
    QTest::qWait(100);
    QCOMPARE(shown.count(), 2);
    QCOMPARE(pane.itemId(), qint64(3));
}

QTEST_MAIN(TestReadingPane)
#include "test_reading_pane.moc"
