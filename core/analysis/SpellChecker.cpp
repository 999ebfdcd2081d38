// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/SpellChecker.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

namespace earshot {

namespace {

enum class Script { Other, Cyrillic, Latin };

Script scriptOf(const QString &word)
{
    Script found = Script::Other;
    for (const QChar c : word) {
        if (!c.isLetter())
            continue;
        const Script s = c.script() == QChar::Script_Cyrillic ? Script::Cyrillic
                         : c.script() == QChar::Script_Latin  ? Script::Latin
                                                              : Script::Other;
        if (s == Script::Other || (found != Script::Other && s != found))
            return Script::Other;  // mixed or another script: no dictionary can judge it
        found = s;
    }
    return found;
}

// The dictionary's character set from the SET line of its .aff file (ru_RU was shipped
// in KOI8-R for years; current packages use UTF-8).
QByteArray affEncoding(const QString &affPath)
{
    QFile aff(affPath);
    if (!aff.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("UTF-8");
    for (int line = 0; line < 200 && !aff.atEnd(); ++line) {
        const QByteArray text = aff.readLine().trimmed();
        if (text.startsWith("SET "))
            return text.mid(4).trimmed();
    }
    return QByteArrayLiteral("ISO-8859-1");  // Hunspell's default without a SET line
}

}  // namespace

struct SpellChecker::Dictionary {
    std::unique_ptr<Hunspell> hunspell;
    QByteArray encoding;

    std::string encode(const QString &text) const
    {
        QStringEncoder encoder(encoding.constData());
        const QByteArray bytes =
            encoder.isValid() ? QByteArray(encoder.encode(text)) : text.toUtf8();
        return bytes.toStdString();
    }
    QString decode(const std::string &bytes) const
    {
        QStringDecoder decoder(encoding.constData());
        const QByteArray raw = QByteArray::fromStdString(bytes);
        return decoder.isValid() ? QString(decoder.decode(raw)) : QString::fromUtf8(raw);
    }

    static std::unique_ptr<Dictionary> load(const QString &directory, const QString &name)
    {
        const QString aff = directory + QLatin1Char('/') + name + QStringLiteral(".aff");
        const QString dic = directory + QLatin1Char('/') + name + QStringLiteral(".dic");
        if (!QFile::exists(aff) || !QFile::exists(dic))
            return nullptr;
        auto dictionary = std::make_unique<Dictionary>();
        dictionary->encoding = affEncoding(aff);
        dictionary->hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                          QFile::encodeName(dic).constData());
        return dictionary;
    }
};

SpellChecker::SpellChecker(const QString &directory)
    : m_russian(Dictionary::load(directory, QStringLiteral("ru_RU"))),
      m_english(Dictionary::load(directory, QStringLiteral("en_US")))
{
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::defaultDirectory()
{
    return QStringLiteral("/usr/share/hunspell");
}

bool SpellChecker::hasRussian() const
{
    return m_russian != nullptr;
}

bool SpellChecker::hasEnglish() const
{
    return m_english != nullptr;
}

const SpellChecker::Dictionary *SpellChecker::dictionaryFor(const QString &word) const
{
    switch (scriptOf(word)) {
    case Script::Cyrillic: return m_russian.get();
    case Script::Latin: return m_english.get();
    case Script::Other: break;
    }
    return nullptr;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    const Dictionary *dictionary = dictionaryFor(word);
    if (!dictionary)
        return true;
    // Hunspell knows "е" forms; people often type "ё" where the dictionary has "е" too.
    if (dictionary->hunspell->spell(dictionary->encode(word)))
        return true;
    QString plain = word;
    plain.replace(QChar(0x0451), QChar(0x0435)).replace(QChar(0x0401), QChar(0x0415));
    return plain != word && dictionary->hunspell->spell(dictionary->encode(plain));
}

std::vector<SpellChecker::Range> SpellChecker::misspelled(const QString &text) const
{
    // Tokens that are not words to check are matched first so their letters are skipped.
    static const QRegularExpression tokens(
        QStringLiteral(R"((?:https?://|www\.)\S+|[@#]\w+|\{\{[^}]*\}\}|\S+@\S+\.\w+|)"
                       R"((\p{L}+(?:['\x{2019}-]\p{L}+)*)\w*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    std::vector<Range> ranges;
    for (auto it = tokens.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString word = match.captured(1);
        const qsizetype start = match.capturedStart(0);
        const bool gluedBefore =
            start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == u'_');
        if (word.isEmpty() || match.capturedLength(0) != match.capturedLength(1) || gluedBefore)
            continue;  // not a word, or letters glued to digits ("4G", "v2")
        if (word.size() < 2 || word == word.toUpper())
            continue;  // single letters and abbreviations (API, МТС)
        if (!isCorrect(word))
            ranges.push_back({match.capturedStart(1), match.capturedLength(1)});
    }
    return ranges;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    const Dictionary *dictionary = dictionaryFor(word);
    if (!dictionary)
        return {};
    QStringList result;
    for (const std::string &s : dictionary->hunspell->suggest(dictionary->encode(word)))
        result << dictionary->decode(s);
    return result;
}

}  // namespace earshot
