// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AnswerCsv.h"

#include "core/services/Csv.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnswerCsv", text);
}

constexpr std::array kColumns = {"id",         "problem_tag", "title",     "language",   "status",
                                 "expires",    "keywords",    "variables", "platform",   "format",
                                 "max_length", "text",        "version",   "usage_count"};

QString escapeListPart(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    return value;
}

// Splits on ';' not preceded by a backslash, unescaping as it goes; parts are trimmed and
// empty ones dropped.
QStringList splitList(const QString &cell)
{
    QStringList out;
    QString part;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == QLatin1Char('\\') && i + 1 < cell.size()) {
            part.append(cell.at(++i));
        } else if (c == QLatin1Char(';')) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
            part.clear();
        } else {
            part.append(c);
        }
    }
    if (!part.trimmed().isEmpty())
        out.append(part.trimmed());
    return out;
}

QString joinKeywords(const QStringList &keywords)
{
    QStringList parts;
    for (const QString &k : keywords)
        parts.append(escapeListPart(k));
    return parts.join(QStringLiteral("; "));
}

QString joinVariables(const QMap<QString, QString> &variables)
{
    QStringList parts;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        parts.append(escapeListPart(it.key()) + QLatin1Char('=') + escapeListPart(it.value()));
    return parts.join(QStringLiteral("; "));
}

struct Group {
    qint64 line = 0;
    bool hasAnswerRow = false;
    bool broken = false;
    OfficialAnswer answer;
};

}  // namespace

QString writeAnswerCsv(const std::vector<OfficialAnswer> &answers)
{
    QStringList header;
    for (const char *name : kColumns)
        header.append(QLatin1String(name));
    QString out = csvRow(header);
    for (const OfficialAnswer &a : answers) {
        const QString id = QString::number(a.id);
        const QString expires = a.expires ? a.expires->toString(Qt::ISODate) : QString();
        out += csvRow({id, a.problemTag, a.title, a.language, a.status, expires,
                       joinKeywords(a.keywords), joinVariables(a.customVariables), QString(),
                       QString(), QString(), a.text, QString::number(a.version),
                       QString::number(a.usageCount)});
        for (const AnswerVariant &v : a.variants) {
            out += csvRow({id, a.problemTag, a.title, a.language, QString(), QString(), QString(),
                           QString(), v.platform, v.format, QString::number(v.maxLength), v.text,
                           QString(), QString()});
        }
    }
    return out;
}

AnswerCsvParse parseAnswerCsv(const QString &text)
{
    AnswerCsvParse result;
    CsvReader reader(text);
    const std::optional<CsvReader::Record> header = reader.next();
    if (!header || !header->error.isEmpty()) {
        result.fatal = true;
        result.issues.push_back(
            {header ? header->line : 1,
             header ? header->error
                    : tr("the file is empty; the first row must name the columns")});
        return result;
    }
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < header->fields.size(); ++i)
        columns.insert(header->fields.at(i).trimmed().toLower(), i);
    if (!columns.contains(QStringLiteral("text"))) {
        result.fatal = true;
        result.issues.push_back(
            {header->line, tr("the first row must name the columns and include \"text\"")});
        return result;
    }

    std::vector<Group> groups;
    QHash<QString, std::size_t> groupByKey;
    while (const std::optional<CsvReader::Record> record = reader.next()) {
        auto fail = [&](const QString &message) {
            result.issues.push_back({record->line, message});
        };
        if (!record->error.isEmpty()) {
            fail(record->error);
            continue;
        }
        if (record->fields.size() != header->fields.size()) {
            fail(tr("expected %1 fields, found %2")
                     .arg(header->fields.size())
                     .arg(record->fields.size()));
            continue;
        }
        auto cell = [&](const char *name) {
            const auto found = columns.constFind(QLatin1String(name));
            return found == columns.cend() ? QString() : unescapeCell(record->fields.at(*found));
        };
        qint64 id = 0;
        if (const QString idText = cell("id").trimmed(); !idText.isEmpty()) {
            bool ok = false;
            id = idText.toLongLong(&ok);
            if (!ok || id <= 0) {
                fail(tr("the id \"%1\" is not a positive number").arg(idText));
                continue;
            }
        }
        const QString tag = cell("problem_tag").trimmed();
        const QString title = cell("title").trimmed();
        const QString language = cell("language").trimmed().toLower();
        const QString key = id != 0 ? QStringLiteral("id:%1").arg(id)
                                    : QStringList{tag, title, language}.join(QChar(0x1F));
        auto found = groupByKey.constFind(key);
        if (found == groupByKey.cend()) {
            found = groupByKey.insert(key, groups.size());
            Group group;
            group.line = record->line;
            groups.push_back(group);
        }
        Group &group = groups[*found];

        const QString platform = cell("platform").trimmed();
        if (platform.isEmpty()) {
            if (group.hasAnswerRow) {
                fail(
                    tr("a second row for the same answer without a platform; give variants a "
                       "platform"));
                group.broken = true;
                continue;
            }
            OfficialAnswer &a = group.answer;
            a.id = id;
            a.problemTag = tag;
            a.title = title;
            a.language = language;
            a.text = cell("text");
            a.status = cell("status").trimmed().toLower();
            if (a.status.isEmpty())
                a.status = QStringLiteral("draft");
            if (!AnswerService::isStatus(a.status)) {
                fail(tr("unknown status \"%1\"; use draft, approved or retired").arg(a.status));
                group.broken = true;
                continue;
            }
            if (const QString expires = cell("expires").trimmed(); !expires.isEmpty()) {
                const QDate date = QDate::fromString(expires, Qt::ISODate);
                if (!date.isValid()) {
                    fail(tr("the expiry date \"%1\" is not YYYY-MM-DD").arg(expires));
                    group.broken = true;
                    continue;
                }
                a.expires = date;
            }
            a.keywords = splitList(cell("keywords"));
            bool badVariable = false;
            for (const QString &pair : splitList(cell("variables"))) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                if (eq <= 0) {
                    fail(tr("the variable \"%1\" is not name=value").arg(pair));
                    badVariable = true;
                    break;
                }
                a.customVariables.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
            }
            if (badVariable) {
                group.broken = true;
                continue;
            }
            group.hasAnswerRow = true;
            group.line = record->line;
            continue;
        }

        AnswerVariant variant;
        variant.platform = platform;
        variant.format = cell("format").trimmed().toLower();
        if (variant.format.isEmpty())
            variant.format = QStringLiteral("plain");
        if (!AnswerService::isFormat(variant.format)) {
            fail(tr("unknown format \"%1\"; use plain, markdown or bbcode").arg(variant.format));
            group.broken = true;
            continue;
        }
        if (const QString limit = cell("max_length").trimmed(); !limit.isEmpty()) {
            bool ok = false;
            variant.maxLength = limit.toInt(&ok);
            if (!ok || variant.maxLength < 0) {
                fail(tr("the length limit \"%1\" is not a number").arg(limit));
                group.broken = true;
                continue;
            }
        }
        variant.text = cell("text");
        group.answer.variants.push_back(std::move(variant));
    }

    for (Group &group : groups) {
        if (group.broken)
            continue;  // its bad row is reported; a partial answer would lose variants
        if (!group.hasAnswerRow) {
            result.issues.push_back(
                {group.line, tr("variant rows without the answer's own row (empty platform)")});
            continue;
        }
        result.entries.push_back({group.line, std::move(group.answer)});
    }
    std::sort(result.issues.begin(), result.issues.end(),
              [](const AnswerCsvIssue &a, const AnswerCsvIssue &b) { return a.line < b.line; });
    return result;
}

bool sameAnswerContent(const OfficialAnswer &a, const OfficialAnswer &b)
{
    auto sorted = [](std::vector<AnswerVariant> v) {
        std::sort(v.begin(), v.end(), [](const AnswerVariant &x, const AnswerVariant &y) {
            return x.platform < y.platform;
        });
        return v;
    };
    const std::vector<AnswerVariant> va = sorted(a.variants);
    const std::vector<AnswerVariant> vb = sorted(b.variants);
    const bool sameVariants = std::equal(va.begin(), va.end(), vb.begin(), vb.end(),
                                         [](const AnswerVariant &x, const AnswerVariant &y) {
                                             return x.platform == y.platform &&
                                                    x.format == y.format && x.text == y.text &&
                                                    x.maxLength == y.maxLength;
                                         });
    return sameVariants && a.problemTag == b.problemTag && a.title == b.title && a.text == b.text &&
           a.language == b.language && a.status == b.status && a.expires == b.expires &&
           a.keywords == b.keywords && a.customVariables == b.customVariables;
}

}  // namespace earshot
