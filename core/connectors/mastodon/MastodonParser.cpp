// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/mastodon/MastodonParser.h"

#include "core/analysis/HtmlSanitizer.h"
#include "core/analysis/WebUrl.h"
#include "core/connectors/BoostJsonText.h"
#include "core/connectors/feed/FeedDates.h"
#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>

namespace earshot::MastodonParser {

namespace {

// QJsonDocument's nesting limit: what it read before, Boost.JSON reads now.
constexpr std::size_t kMaxDepth = 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Mastodon", text);
}

Error badPayload(const QString &what, const QString &detail)
{
    return {ErrorKind::BadPayload,
            tr("The Mastodon server sent %1 that Earshot cannot read (%2). Nothing was changed; "
               "the next sync tries again.")
                .arg(what, detail)};
}

// A document QJsonDocument read but Boost.JSON refused, as a Boost.JSON value.
boost::json::value fromQt(const QJsonValue &v, const boost::json::storage_ptr &memory)
{
    switch (v.type()) {
    case QJsonValue::Bool: return boost::json::value(v.toBool(), memory);
    case QJsonValue::Double: {
        const qint64 whole = v.toInteger();
        if (static_cast<double>(whole) == v.toDouble())
            return boost::json::value(static_cast<std::int64_t>(whole), memory);
        return boost::json::value(v.toDouble(), memory);
    }
    case QJsonValue::String: {
        const QByteArray utf8 = v.toString().toUtf8();
        return boost::json::value(
            boost::json::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
            memory);
    }
    case QJsonValue::Array: {
        boost::json::array array(memory);
        for (const QJsonValue &element : v.toArray())
            array.push_back(fromQt(element, memory));
        return array;
    }
    case QJsonValue::Object: {
        boost::json::object object(memory);
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            object.insert_or_assign(
                boost::json::string_view(key.constData(), static_cast<std::size_t>(key.size())),
                fromQt(it.value(), memory));
        }
        return object;
    }
    default: return boost::json::value(memory);
    }
}

// What QJsonDocument, which read these answers before, makes of an answer Boost.JSON
// refused or found of the wrong shape: its words for why it is unreadable, or the document
// when it reads it after all (it lets raw control characters and lone surrogate escapes
// through). Either way answers read and fail as they did before.
Result<QJsonDocument> lenientParse(const QByteArray &body, const QString &what, bool list)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return badPayload(what, tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (list && !doc.isArray())
        return badPayload(what, tr("expected a list"));
    if (!list && !doc.isObject())
        return badPayload(what, tr("expected an object"));
    return doc;
}

std::string_view withoutBom(const QByteArray &body)
{
    std::string_view text(body.constData(), static_cast<std::size_t>(body.size()));
    if (text.starts_with("\xEF\xBB\xBF"))  // QJsonDocument skips a byte order mark
        text.remove_prefix(3);
    return text;
}

boost::json::parse_options parseOptions()
{
    boost::json::parse_options options;
    options.max_depth = kMaxDepth;
    return options;
}

// An answer that is one JSON object, read with Boost.JSON.
Result<boost::json::value> parseObject(const QByteArray &body, const QString &what,
                                       boost::json::monotonic_resource &memory)
{
    boost::system::error_code failed;
    boost::json::value doc = boost::json::parse(withoutBom(body), failed, &memory, parseOptions());
    if (!failed && doc.is_object())
        return doc;
    Result<QJsonDocument> lenient = lenientParse(body, what, false);
    if (!lenient)
        return lenient.error();
    return fromQt(lenient->object(), &memory);
}

// Calls back with each entry of a top-level JSON list as soon as it is read, then reuses the
// entry's memory for the next one: a timeline of thousands of statuses never exists as one
// tree, and the entry being read stays in the processor's cache.
class EntryHandler {
public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    using Entry = std::function<void(const boost::json::value &)>;
    explicit EntryHandler(Entry entry)
        : m_entry(std::move(entry)), m_buffer(new unsigned char[kBufferSize])
    {
        restart();
    }

    bool on_document_begin(boost::system::error_code &) { return true; }
    bool on_document_end(boost::system::error_code &) { return true; }
    bool on_array_begin(boost::system::error_code &)
    {
        ++m_depth;
        return true;
    }
    bool on_array_end(std::size_t n, boost::system::error_code &)
    {
        if (--m_depth == 0)
            return true;  // the list itself
        m_stack.push_array(n);
        return completed();
    }
    bool on_object_begin(boost::system::error_code &ec)
    {
        if (!inList(ec))
            return false;
        ++m_depth;
        return true;
    }
    bool on_object_end(std::size_t n, boost::system::error_code &)
    {
        --m_depth;
        m_stack.push_object(n);
        return completed();
    }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code &)
    {
        m_stack.push_chars(s);
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code &)
    {
        m_stack.push_key(s);
        return true;
    }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code &ec)
    {
        m_stack.push_chars(s);
        return inList(ec);
    }
    bool on_string(boost::json::string_view s, std::size_t, boost::system::error_code &ec)
    {
        if (!inList(ec))
            return false;
        m_stack.push_string(s);
        return completed();
    }
    bool on_number_part(boost::json::string_view, boost::system::error_code &ec)
    {
        return inList(ec);
    }
    bool on_int64(std::int64_t i, boost::json::string_view, boost::system::error_code &ec)
    {
        return scalar(ec, [&] { m_stack.push_int64(i); });
    }
    bool on_uint64(std::uint64_t u, boost::json::string_view, boost::system::error_code &ec)
    {
        return scalar(ec, [&] { m_stack.push_uint64(u); });
    }
    bool on_double(double d, boost::json::string_view, boost::system::error_code &ec)
    {
        return scalar(ec, [&] { m_stack.push_double(d); });
    }
    bool on_bool(bool b, boost::system::error_code &ec)
    {
        return scalar(ec, [&] { m_stack.push_bool(b); });
    }
    bool on_null(boost::system::error_code &ec)
    {
        return scalar(ec, [&] { m_stack.push_null(); });
    }
    bool on_comment_part(boost::json::string_view, boost::system::error_code &) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code &) { return true; }

private:
    // Anything but a list at the top is left to lenientParse() to name.
    bool inList(boost::system::error_code &ec)
    {
        if (m_depth > 0)
            return true;
        ec = boost::json::error::not_array;
        return false;
    }
    template <class Push>
    bool scalar(boost::system::error_code &ec, Push push)
    {
        if (!inList(ec))
            return false;
        push();
        return completed();
    }
    // A value ended; at the list's own level that is a whole entry.
    bool completed()
    {
        if (m_depth != 1)
            return true;
        {
            const boost::json::value entry = m_stack.release();
            m_entry(entry);
        }
        restart();
        return true;
    }
    // A new resource, not monotonic_resource::release(): that keeps doubling the size of the
    // blocks it asks for.
    void restart()
    {
        m_memory.reset();
        m_memory.emplace(m_buffer.get(), kBufferSize);
        m_stack.reset(&*m_memory);
    }

    // A status takes a few kilobytes as values; bigger entries spill onto the heap.
    static constexpr std::size_t kBufferSize = 64 * 1024;
    Entry m_entry;
    std::unique_ptr<unsigned char[]> m_buffer;
    std::optional<boost::json::monotonic_resource> m_memory;
    boost::json::value_stack m_stack;
    int m_depth = 0;
};

// The entries of a top-level list as Items, by `read`; entries it gives no id are skipped.
Result<std::vector<Item>> readList(const QByteArray &body, const QString &what,
                                   const std::function<Item(const boost::json::value &)> &read)
{
    std::vector<Item> items;
    const auto keep = [&](const boost::json::value &entry) {
        Item item = read(entry);
        if (!item.externalId.isEmpty())
            items.push_back(std::move(item));
    };
    const std::string_view text = withoutBom(body);
    boost::json::basic_parser<EntryHandler> parser(parseOptions(), keep);
    boost::system::error_code failed;
    const std::size_t used = parser.write_some(false, text.data(), text.size(), failed);
    if (!failed && used == text.size())
        return items;
    items.clear();
    Result<QJsonDocument> lenient = lenientParse(body, what, true);
    if (!lenient)
        return lenient.error();
    boost::json::monotonic_resource memory;
    for (const QJsonValue &entry : lenient->array())
        keep(fromQt(entry, &memory));
    return items;
}

// The members of one JSON object, read as QJsonObject::value() read them: a missing member
// or one of another type reads as empty. Strings are converted only when they are kept.
class Fields {
public:
    Fields() = default;
    explicit Fields(const boost::json::value *v) : m_object(v ? v->if_object() : nullptr) {}

    const boost::json::value *at(std::string_view key) const
    {
        return m_object ? m_object->if_contains(key) : nullptr;
    }
    Fields object(std::string_view key) const { return Fields(at(key)); }
    const boost::json::array *array(std::string_view key) const
    {
        const boost::json::value *v = at(key);
        return v ? v->if_array() : nullptr;
    }

    QString str(std::string_view key) const { return jsonText(at(key)); }

    std::optional<qint64> integer(std::string_view key) const
    {
        const boost::json::value *v = at(key);
        if (!v || !v->is_number())
            return std::nullopt;
        if (v->is_int64())
            return v->get_int64();
        if (v->is_uint64())
            return static_cast<qint64>(v->get_uint64());
        return wholeNumber(v->get_double());
    }

    // As QJsonValue::toInt(): a whole number within int's range, else 0.
    std::optional<int> smallInteger(std::string_view key) const
    {
        const boost::json::value *v = at(key);
        if (!v || !v->is_number())
            return std::nullopt;
        const double d = v->to_number<double>();
        const bool fits = d >= std::numeric_limits<int>::min() &&
                          d <= std::numeric_limits<int>::max() && std::trunc(d) == d;
        return fits ? static_cast<int>(d) : 0;
    }

private:
    const boost::json::object *m_object = nullptr;
};

Author author(const Fields &account, const QUrl &instance)
{
    Author a;
    QString acct = account.str("acct");
    if (acct.isEmpty())
        acct = account.str("username");
    a.url = account.str("url");
    // Local accounts come without a domain; the full handle is stable across instances.
    if (!acct.isEmpty() && !acct.contains(QLatin1Char('@'))) {
        const QString host = webUrlHost(a.url);
        const QString domain = host.isEmpty() ? instance.host() : host;
        if (!domain.isEmpty())
            acct += QLatin1Char('@') + domain;
    }
    if (!acct.isEmpty())
        a.handle = QLatin1Char('@') + acct;
    a.name = account.str("display_name");
    if (const std::optional<qint64> followers = account.integer("followers_count"))
        a.followers = *followers;
    return a;
}

// One Status object as an Item; empty externalId when the object is not a status.
Item statusItem(const Fields &outer, const QUrl &instance)
{
    Item item;
    Fields status = outer;
    const Fields reblog = outer.object("reblog");
    if (!reblog.str("id").isEmpty()) {
        status = reblog;
        const Author booster = author(outer.object("account"), instance);
        item.extra.insert(QLatin1String("boosted_by"), booster.handle);
        item.extra.insert(QLatin1String("boost_id"), outer.str("id"));
    }
    item.externalId = status.str("id");
    if (item.externalId.isEmpty())
        return Item{};
    item.platform = Platform::Mastodon;
    item.parentId = status.str("in_reply_to_id");
    item.threadId = item.parentId;
    const Fields account = status.object("account");
    item.author = author(account, instance);
    item.url = status.str("url");
    if (item.url.isEmpty())
        item.url = status.str("uri");
    item.title = status.str("spoiler_text");
    SanitizedHtml content = sanitizeHtmlAt(status.str("content"), item.url);
    item.html = std::move(content.html);
    item.text = std::move(content.text);
    item.publishedMs = parseFeedDate(status.str("created_at"));
    item.lang = status.str("language");
    if (const boost::json::array *tags = status.array("tags")) {
        for (const boost::json::value &tag : *tags) {
            const QString name = Fields(&tag).str("name");
            if (!name.isEmpty())
                item.tags << QLatin1Char('#') + name;
        }
    }
    const QString accountId = account.str("id");
    if (!accountId.isEmpty())
        item.extra.insert(QLatin1String("account_id"), accountId);
    const QString replyToAccount = status.str("in_reply_to_account_id");
    if (!replyToAccount.isEmpty())
        item.extra.insert(QLatin1String("in_reply_to_account_id"), replyToAccount);
    const QString visibility = status.str("visibility");
    if (!visibility.isEmpty())
        item.extra.insert(QLatin1String("visibility"), visibility);
    if (const std::optional<int> replies = status.smallInteger("replies_count"))
        item.extra.insert(QLatin1String("replies_count"), *replies);
    return item;
}

std::vector<Item> itemsOf(const boost::json::array *array, const QUrl &instance)
{
    std::vector<Item> items;
    if (!array)
        return items;
    items.reserve(array->size());
    for (const boost::json::value &v : *array) {
        Item item = statusItem(Fields(&v), instance);
        if (!item.externalId.isEmpty())
            items.push_back(std::move(item));
    }
    return items;
}

}  // namespace

Result<std::vector<Item>> statuses(const QByteArray &body, const QUrl &instance)
{
    return readList(body, tr("a timeline"), [&instance](const boost::json::value &status) {
        return statusItem(Fields(&status), instance);
    });
}

Result<Item> status(const QByteArray &body, const QUrl &instance)
{
    boost::json::monotonic_resource memory;
    Result<boost::json::value> doc = parseObject(body, tr("a post"), memory);
    if (!doc)
        return doc.error();
    Item item = statusItem(Fields(&*doc), instance);
    if (item.externalId.isEmpty())
        return badPayload(tr("a post"), tr("it has no id"));
    return item;
}

Result<std::vector<Item>> notifications(const QByteArray &body, const QUrl &instance,
                                        bool mentionsOnly)
{
    return readList(body, tr("notifications"), [&](const boost::json::value &notification) {
        const Fields n(&notification);
        const QString type = n.str("type");
        if (mentionsOnly && type != QLatin1String("mention"))
            return Item{};
        Item item = statusItem(n.object("status"), instance);
        if (!item.externalId.isEmpty()) {
            item.extra.insert(QLatin1String("notification_id"), n.str("id"));
            item.extra.insert(QLatin1String("notification_type"), type);
        }
        return item;
    });
}

Result<std::vector<Item>> search(const QByteArray &body, const QUrl &instance)
{
    boost::json::monotonic_resource memory;
    Result<boost::json::value> doc = parseObject(body, tr("search results"), memory);
    if (!doc)
        return doc.error();
    return itemsOf(Fields(&*doc).array("statuses"), instance);
}

Result<std::vector<Item>> context(const QByteArray &body, const QUrl &instance,
                                  const QString &rootId)
{
    boost::json::monotonic_resource memory;
    Result<boost::json::value> doc = parseObject(body, tr("a conversation"), memory);
    if (!doc)
        return doc.error();
    const Fields conversation(&*doc);
    const boost::json::array *ancestors = conversation.array("ancestors");
    const boost::json::array *descendants = conversation.array("descendants");
    if (!ancestors || !descendants)
        return badPayload(tr("a conversation"), tr("ancestors or descendants missing"));
    std::vector<Item> items = itemsOf(ancestors, instance);
    const QString threadRoot = items.empty() ? rootId : items.front().externalId;
    for (Item &item : itemsOf(descendants, instance))
        items.push_back(std::move(item));
    for (Item &item : items)
        item.threadId = item.externalId == threadRoot ? QString() : threadRoot;
    return items;
}

QString errorMessage(const QByteArray &body)
{
    boost::json::monotonic_resource memory;
    const Result<boost::json::value> doc = parseObject(body, QString(), memory);
    if (!doc)
        return {};
    const Fields o(&*doc);
    QString message = o.str("error_description");
    if (message.isEmpty())
        message = o.str("error");
    return message.left(500);
}

qint64 rateLimitResetMs(const QByteArray &remaining, const QByteArray &reset)
{
    bool ok = false;
    const qint64 left = remaining.trimmed().toLongLong(&ok);
    if (!ok || left > 0)
        return 0;
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(reset.trimmed()), Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

MastodonLinks links(const QByteArray &linkHeader)
{
    MastodonLinks result;
    const QString header = QString::fromLatin1(linkHeader);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = header.indexOf(QLatin1Char('<'), pos);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0)
            break;
        const QUrl url(header.mid(open + 1, close - open - 1));
        qsizetype end = header.indexOf(QLatin1Char('<'), close + 1);
        if (end < 0)
            end = header.size();
        const QString params = header.mid(close + 1, end - close - 1);
        pos = close + 1;
        QString rel;
        for (const QString &part : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString p = part.trimmed();
            if (p.startsWith(QLatin1String("rel="), Qt::CaseInsensitive)) {
                rel =
                    p.mid(4).remove(QLatin1Char('"')).remove(QLatin1Char(',')).trimmed().toLower();
                break;
            }
        }
        const QUrlQuery query(url);
        if (rel.split(QLatin1Char(' ')).contains(QLatin1String("next"))) {
            result.next = url;
            result.maxId = query.queryItemValue(QStringLiteral("max_id"));
        } else if (rel.split(QLatin1Char(' ')).contains(QLatin1String("prev"))) {
            result.prev = url;
            result.minId = query.queryItemValue(QStringLiteral("min_id"));
            if (result.minId.isEmpty())
                result.minId = query.queryItemValue(QStringLiteral("since_id"));
        }
    }
    return result;
}

}  // namespace earshot::MastodonParser
