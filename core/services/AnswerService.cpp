// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AnswerService.h"

#include "core/analysis/WordTokenizer.h"
#include "core/model/Platform.h"
#include "core/services/AnswerCsv.h"
#include "core/services/Guarded.h"
#include "core/storage/AnswerRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnswerService", text);
}

// Words shorter than this (after stemming) say too little to suggest an answer.
constexpr qsizetype kMinStemLength = 3;

QSet<QString> stems(WordTokenizer &tokenizer, const QString &text)
{
    QSet<QString> out;
    for (const QString &term : tokenizer.terms(text))
        if (term.size() >= kMinStemLength)
            out.insert(term);
    return out;
}

// The item's language when the source did not say: Cyrillic letters mean Russian here,
// other letters English, which is what the tokenizer can stem.
QString guessLanguage(const Item &item)
{
    if (!item.lang.isEmpty())
        return item.lang.left(2).toLower();
    int cyrillic = 0;
    int latin = 0;
    for (const QChar c : QString(item.title + item.text)) {
        if (c.script() == QChar::Script_Cyrillic)
            ++cyrillic;
        else if (c.script() == QChar::Script_Latin)
            ++latin;
    }
    if (cyrillic == 0 && latin == 0)
        return {};
    return cyrillic >= latin ? QStringLiteral("ru") : QStringLiteral("en");
}

// How well an answer's language suits the item: exact first, then any-language answers.
int languageRank(const OfficialAnswer &answer, const QString &itemLanguage)
{
    if (answer.language.isEmpty() || itemLanguage.isEmpty())
        return 1;
    return answer.language.compare(itemLanguage, Qt::CaseInsensitive) == 0 ? 2 : 0;
}

// 0 when the answer's problem tag is neither the tag nor one of its parents; otherwise
// grows with the depth of the answer's tag, so problem/billing beats problem.
double tagScore(const QString &answerTag, const QStringList &itemTags)
{
    if (answerTag.isEmpty())
        return 0;
    double best = 0;
    for (const QString &tag : itemTags) {
        const bool exact = tag.compare(answerTag, Qt::CaseInsensitive) == 0;
        const bool parent = tag.startsWith(answerTag + QLatin1Char('/'), Qt::CaseInsensitive);
        if (exact || parent)
            best = std::max(best, 10.0 + static_cast<double>(answerTag.count(QLatin1Char('/'))) +
                                      (exact ? 0.5 : 0.0));
    }
    return best;
}

}  // namespace

AnswerService::AnswerService(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 AnswerService::now() const
{
    return m_clock();
}

bool AnswerService::isStatus(const QString &status)
{
    return status == QLatin1String("draft") || status == QLatin1String("approved") ||
           status == QLatin1String("retired");
}

bool AnswerService::isFormat(const QString &format)
{
    return format == QLatin1String("plain") || format == QLatin1String("markdown") ||
           format == QLatin1String("bbcode");
}

std::optional<Error> AnswerService::validate(const OfficialAnswer &answer)
{
    if (answer.text.trimmed().isEmpty())
        return Error{ErrorKind::InvalidInput, tr("An answer needs a text.")};
    if (!isStatus(answer.status))
        return Error{
            ErrorKind::InvalidInput,
            tr("Unknown answer status \"%1\"; use draft, approved or retired.").arg(answer.status)};
    QSet<QString> platforms;
    for (const AnswerVariant &v : answer.variants) {
        if (v.platform.trimmed().isEmpty())
            return Error{ErrorKind::InvalidInput, tr("A variant of an answer needs a platform.")};
        if (platforms.contains(v.platform))
            return Error{ErrorKind::InvalidInput,
                         tr("The answer has two variants for %1.").arg(v.platform)};
        platforms.insert(v.platform);
        if (!v.format.isEmpty() && !isFormat(v.format))
            return Error{ErrorKind::InvalidInput,
                         tr("Unknown format \"%1\"; use plain, markdown or bbcode.").arg(v.format)};
        if (v.maxLength < 0)
            return Error{ErrorKind::InvalidInput, tr("A length limit cannot be negative.")};
        if (v.text.trimmed().isEmpty())
            return Error{ErrorKind::InvalidInput,
                         tr("The %1 variant of the answer has no text.").arg(v.platform)};
    }
    return std::nullopt;
}

Result<std::vector<OfficialAnswer>> AnswerService::list()
{
    return guarded([&] { return AnswerRepository(m_db).list(); });
}

Result<OfficialAnswer> AnswerService::get(qint64 id)
{
    const Result<std::optional<OfficialAnswer>> found =
        guarded([&] { return AnswerRepository(m_db).find(id); });
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorKind::NotFound, tr("There is no answer %1.").arg(id)};
    return **found;
}

Result<OfficialAnswer> AnswerService::save(const OfficialAnswer &answer, const QString &who)
{
    if (const std::optional<Error> invalid = validate(answer))
        return *invalid;
    return guarded([&] {
        Transaction transaction(m_db);
        OfficialAnswer stored = AnswerRepository(m_db).save(answer, who, now());
        transaction.commit();
        return stored;
    });
}

Status AnswerService::setStatus(qint64 id, const QString &status, const QString &who)
{
    if (!isStatus(status))
        return Error{
            ErrorKind::InvalidInput,
            tr("Unknown answer status \"%1\"; use draft, approved or retired.").arg(status)};
    const Result<bool> changed = guarded([&] {
        Transaction transaction(m_db);
        const bool found = AnswerRepository(m_db).setStatus(id, status, who, now());
        transaction.commit();
        return found;
    });
    if (!changed)
        return changed.error();
    if (!*changed)
        return Error{ErrorKind::NotFound, tr("There is no answer %1.").arg(id)};
    return {};
}

Status AnswerService::remove(qint64 id)
{
    const Result<bool> removed = guarded([&] { return AnswerRepository(m_db).remove(id); });
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error{ErrorKind::NotFound, tr("There is no answer %1.").arg(id)};
    return {};
}

Result<std::vector<AnswerRevision>> AnswerService::history(qint64 id)
{
    return guarded([&] { return AnswerRepository(m_db).history(id); });
}

Status AnswerService::recordUsage(qint64 answerId, qint64 itemId)
{
    const Result<bool> recorded = guarded([&] {
        Transaction transaction(m_db);
        const bool found = AnswerRepository(m_db).recordUsage(answerId, itemId, now());
        transaction.commit();
        return found;
    });
    if (!recorded)
        return recorded.error();
    if (!*recorded)
        return Error{ErrorKind::NotFound, tr("There is no answer %1.").arg(answerId)};
    return {};
}

Result<std::vector<AnswerSuggestion>> AnswerService::suggest(qint64 itemId, int limit)
{
    const Result<std::optional<StoredItem>> found =
        guarded([&] { return ItemRepository(m_db).find(itemId); });
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorKind::NotFound, tr("There is no item %1.").arg(itemId)};
    const StoredItem &stored = **found;
    Result<std::vector<OfficialAnswer>> answers = list();
    if (!answers)
        return answers.error();

    const QDate today = QDateTime::fromMSecsSinceEpoch(now()).date();
    const QString language = guessLanguage(stored.item);
    WordTokenizer tokenizer;
    const QSet<QString> itemStems =
        stems(tokenizer, stored.item.title + QLatin1Char('\n') + stored.item.text);

    struct Ranked {
        AnswerSuggestion suggestion;
        int languageRank = 0;
    };
    std::vector<Ranked> ranked;
    for (OfficialAnswer &answer : *answers) {
        if (answer.status != QLatin1String("approved"))
            continue;
        if (answer.expires && *answer.expires < today)
            continue;
        QStringList reasons;
        double score = tagScore(answer.problemTag, stored.state.tags);
        if (score > 0)
            reasons.append(tr("tag %1").arg(answer.problemTag));

        // A keyword (or phrase) counts when every word of it occurs in the item.
        QStringList keywordHits;
        for (const QString &keyword : std::as_const(answer.keywords)) {
            const QSet<QString> words = stems(tokenizer, keyword);
            if (words.isEmpty())
                continue;
            if (std::all_of(words.cbegin(), words.cend(),
                            [&](const QString &w) { return itemStems.contains(w); }))
                keywordHits.append(keyword);
        }
        if (!keywordHits.isEmpty()) {
            score += 3.0 * static_cast<double>(keywordHits.size());
            reasons.append(tr("keywords %1").arg(keywordHits.join(QStringLiteral(", "))));
        }
        const QSet<QString> titleWords = stems(tokenizer, answer.title);
        int titleHits = 0;
        for (const QString &w : titleWords)
            titleHits += itemStems.contains(w) ? 1 : 0;
        if (titleHits > 0) {
            score += static_cast<double>(titleHits);
            reasons.append(QCoreApplication::translate("AnswerService", "%n title word(s)", nullptr,
                                                       titleHits));
        }
        if (score <= 0)
            continue;
        const int rank = languageRank(answer, language);
        ranked.push_back({{std::move(answer), score, reasons.join(QStringLiteral("; "))}, rank});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.languageRank != b.languageRank)
            return a.languageRank > b.languageRank;
        if (a.suggestion.score != b.suggestion.score)
            return a.suggestion.score > b.suggestion.score;
        return a.suggestion.answer.usageCount > b.suggestion.answer.usageCount;
    });
    std::vector<AnswerSuggestion> out;
    for (Ranked &r : ranked) {
        if (limit > 0 && static_cast<int>(out.size()) >= limit)
            break;
        out.push_back(std::move(r.suggestion));
    }
    return out;
}

RenderedAnswer AnswerService::render(const OfficialAnswer &answer, const QString &platform,
                                     const AnswerContext &ctx)
{
    RenderedAnswer out;
    out.text = answer.text;
    out.format = QStringLiteral("plain");
    for (const AnswerVariant &v : answer.variants) {
        if (v.platform.compare(platform, Qt::CaseInsensitive) == 0) {
            out.text = v.text;
            out.format = v.format.isEmpty() ? QStringLiteral("plain") : v.format;
            out.platform = v.platform;
            out.maxLength = v.maxLength;
            break;
        }
    }

    // Built-in names first, then the answer's own variables, then the caller's overrides.
    QMap<QString, QString> values = answer.customVariables;
    values.insert(QStringLiteral("author"), ctx.author);
    values.insert(QStringLiteral("platform"),
                  ctx.platform.isEmpty() ? Platform::displayName(platform) : ctx.platform);
    values.insert(QStringLiteral("link"), ctx.link);
    values.insert(QStringLiteral("title"), ctx.title);
    for (auto it = ctx.variables.cbegin(); it != ctx.variables.cend(); ++it)
        values.insert(it.key(), it.value());

    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString filled;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(out.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        filled.append(QStringView(out.text).mid(last, m.capturedStart() - last));
        const QString name = m.captured(1);
        const auto value = values.constFind(name);
        if (value != values.cend()) {
            filled.append(*value);
        } else {
            filled.append(m.captured(0));
            if (!out.unknownPlaceholders.contains(name))
                out.unknownPlaceholders.append(name);
        }
        last = m.capturedEnd();
    }
    filled.append(QStringView(out.text).mid(last));
    out.text = filled;
    // Platforms count characters, not UTF-16 units: an emoji is one character.
    const qsizetype length = out.text.toUcs4().size();
    out.tooLong = out.maxLength > 0 && length > out.maxLength;
    return out;
}

Result<AnswerImportReport> AnswerService::importCsvFile(const QString &path, const QString &who)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, tr("Could not open %1: %2").arg(path, file.errorString())};
    return importCsv(file, who);
}

Result<AnswerImportReport> AnswerService::importCsv(QIODevice &input, const QString &who)
{
    const QString text = QString::fromUtf8(input.readAll());
    AnswerCsvParse parsed = parseAnswerCsv(text);
    AnswerImportReport report;
    report.issues = std::move(parsed.issues);
    if (parsed.fatal)
        return Error{ErrorKind::InvalidInput, report.issues.empty()
                                                  ? tr("The file is not an answers CSV.")
                                                  : report.issues.front().message};
    const Result<bool> done = guarded([&] {
        Transaction transaction(m_db);
        AnswerRepository answers(m_db);
        std::vector<OfficialAnswer> stored = answers.list();
        const qint64 at = now();
        for (AnswerCsvEntry &entry : parsed.entries) {
            if (const std::optional<Error> invalid = validate(entry.answer)) {
                report.issues.push_back({entry.line, invalid->message});
                continue;
            }
            // Match a stored answer by id, else by tag, title and language, so importing
            // a sheet twice never duplicates its new rows.
            const OfficialAnswer *existing = nullptr;
            for (const OfficialAnswer &s : stored) {
                const bool sameId = entry.answer.id != 0 && s.id == entry.answer.id;
                const bool sameKey =
                    entry.answer.id == 0 && s.problemTag == entry.answer.problemTag &&
                    s.title == entry.answer.title && s.language == entry.answer.language;
                if (sameId || sameKey) {
                    existing = &s;
                    break;
                }
            }
            if (entry.answer.id != 0 && !existing) {
                report.issues.push_back(
                    {entry.line, tr("there is no answer %1; leave the id empty to add a new "
                                    "answer")
                                     .arg(entry.answer.id)});
                continue;
            }
            if (existing) {
                entry.answer.id = existing->id;
                if (sameAnswerContent(*existing, entry.answer)) {
                    ++report.unchanged;
                    continue;
                }
                ++report.updated;
            } else {
                ++report.created;
            }
            answers.save(entry.answer, who, at);
        }
        transaction.commit();
        return true;
    });
    if (!done)
        return done.error();
    return report;
}

Status AnswerService::exportCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{ErrorKind::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    const Status written = exportCsv(file);
    if (written && !file.flush())
        return Error{ErrorKind::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    return written;
}

Status AnswerService::exportCsv(QIODevice &output)
{
    const Result<std::vector<OfficialAnswer>> answers = list();
    if (!answers)
        return answers.error();
    if (output.write(writeAnswerCsv(*answers).toUtf8()) < 0)
        return Error{ErrorKind::Io,
                     tr("Could not write the answers: %1").arg(output.errorString())};
    return {};
}

}  // namespace earshot
