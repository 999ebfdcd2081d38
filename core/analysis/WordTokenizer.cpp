// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/WordTokenizer.h"

#include <QChar>

#include <libstemmer.h>

namespace earshot {

namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;
// Snowball gains nothing on very long "words" (URLs, hashes) and they only cost time.
constexpr std::size_t kMaxStemBytes = 64;

// Decodes one UTF-8 code point at `pos` and advances past it. Malformed bytes decode to
// kInvalid and advance by one, so hostile input can never stall the tokenizer.
char32_t decodeUtf8(std::string_view s, std::size_t &pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int extra = 0;
    char32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        ++pos;
        return kInvalid;
    }
    for (int i = 1; i <= extra; ++i) {
        if (pos + i >= s.size() || (byte(pos + i) & 0xC0) != 0x80) {
            ++pos;
            return kInvalid;
        }
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    pos += extra + 1;
    return cp;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

enum class CharClass { Separator, Word, Mark };

CharClass classify(char32_t cp)
{
    if (cp < 0x80) {
        const bool alnum =
            (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (cp == kInvalid)
        return CharClass::Separator;
    if (cp >= 0x0400 && cp <= 0x04FF)  // Cyrillic block: letters only but for a few signs
        return (cp >= 0x0482 && cp <= 0x0489) ? CharClass::Mark : CharClass::Word;
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing: return CharClass::Mark;
    default: break;
    }
    return QChar::isLetterOrNumber(cp) ? CharClass::Word : CharClass::Separator;
}

char32_t foldCase(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp >= 0x0410 && cp <= 0x042F)
        cp += 0x20;
    else if (cp >= 0x0400 && cp <= 0x040F)
        cp += 0x50;
    else
        cp = QChar::toLower(cp);
    if (cp == 0x0451)  // ё reads as е in most writing; users type either
        cp = 0x0435;
    return cp;
}

}  // namespace

WordTokenizer::WordTokenizer()
    : m_russian(sb_stemmer_new("russian", "UTF_8")), m_english(sb_stemmer_new("english", "UTF_8"))
{
    m_folded.reserve(256);
}

WordTokenizer::~WordTokenizer()
{
    if (m_russian)
        sb_stemmer_delete(m_russian);
    if (m_english)
        sb_stemmer_delete(m_english);
}

bool WordTokenizer::next(std::string_view utf8, std::size_t &pos, Mode mode, Word &word)
{
    // Skip separators.
    std::size_t start = pos;
    char32_t cp = 0;
    CharClass cls = CharClass::Separator;
    while (pos < utf8.size()) {
        start = pos;
        cp = decodeUtf8(utf8, pos);
        cls = classify(cp);
        if (cls == CharClass::Word)
            break;
    }
    if (cls != CharClass::Word)
        return false;

    m_folded.clear();
    bool hasCyrillic = false;
    bool hasLatin = false;
    bool hasOther = false;
    std::size_t end = pos;
    for (;;) {
        if (cls == CharClass::Word) {
            const char32_t folded = foldCase(cp);
            if (folded >= 0x0400 && folded <= 0x04FF)
                hasCyrillic = true;
            else if (folded >= 'a' && folded <= 'z')
                hasLatin = true;
            else if (!(folded >= '0' && folded <= '9'))
                hasOther = true;
            appendUtf8(m_folded, folded);
        } else if (cp == 0x0306 && m_folded.ends_with("\xD0\xB8")) {
            // Decomposed (NFD) text writes й as и + combining breve. Dropping the breve
            // would index a different word ("воина" for "война"), so compose it back.
            m_folded.back() = '\xB9';
        }
        // Other marks (stress accents, diacritics written as combining characters) are
        // dropped but do not split the word.
        end = pos;
        if (pos >= utf8.size())
            break;
        std::size_t lookahead = pos;
        const char32_t nextCp = decodeUtf8(utf8, lookahead);
        const CharClass nextCls = classify(nextCp);
        if (nextCls == CharClass::Separator)
            break;
        cp = nextCp;
        cls = nextCls;
        pos = lookahead;
    }

    Script script = Script::Other;
    if (hasCyrillic && !hasLatin && !hasOther)
        script = Script::Cyrillic;
    else if (hasLatin && !hasCyrillic && !hasOther)
        script = Script::Latin;

    word.start = start;
    word.end = end;
    word.term = mode == Mode::Stem ? stem(script) : std::string_view(m_folded);
    return true;
}

std::string_view WordTokenizer::stem(Script script)
{
    sb_stemmer *stemmer = script == Script::Cyrillic ? m_russian
                          : script == Script::Latin  ? m_english
                                                     : nullptr;
    if (!stemmer || m_folded.size() > kMaxStemBytes)
        return m_folded;
    // The folded form decides the script, so it alone is the key.
    if (const auto known = m_stems.find(std::string_view(m_folded)); known != m_stems.end())
        return known->second;
    const sb_symbol *stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(m_folded.data()),
                        static_cast<int>(m_folded.size()));
    if (!stemmed)  // out of memory inside Snowball: the folded word is still a usable term
        return m_folded;
    if (m_stems.size() >= kMaxCachedStems)
        m_stems.clear();
    const auto added = m_stems.emplace(
        m_folded, std::string(reinterpret_cast<const char *>(stemmed),
                              static_cast<std::size_t>(sb_stemmer_length(stemmer))));
    return added.first->second;
}

QStringList WordTokenizer::terms(const QString &text, Mode mode)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    QStringList out;
    std::size_t pos = 0;
    Word word;
    while (next(view, pos, mode, word))
        out.append(QString::fromUtf8(word.term.data(), static_cast<qsizetype>(word.term.size())));
    return out;
}

}  // namespace earshot
