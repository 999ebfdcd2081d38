// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace earshot {

// The wording of an official answer for one platform: its markup and the length the
// platform accepts (0 = no limit).
struct AnswerVariant {
    QString platform;
    QString format;  // plain|markdown|bbcode
    QString text;
    int maxLength = 0;
};

// An answer the company approved for a known problem. `text` is the default wording;
// `variants` override it per platform. Placeholders in braces ({author}, {platform},
// {link}, {title} and the keys of `customVariables`) are filled when it is used.
struct OfficialAnswer {
    qint64 id = 0;
    QString problemTag;  // e.g. problem/billing; matches items tagged with it or a child
    QString title;
    QString text;
    QString language;                          // ru, en, or empty for any
    QString status = QStringLiteral("draft");  // draft|approved|retired
    int version = 0;                           // bumped by every save
    std::optional<QDate> expires;              // not suggested after this day
    int usageCount = 0;
    QStringList keywords;
    std::vector<AnswerVariant> variants;
    QMap<QString, QString> customVariables;
};

// An answer proposed for an item, with how well it fits and why (for the tooltip).
struct AnswerSuggestion {
    OfficialAnswer answer;
    double score = 0;
    QString reason;
};

// One stored change of an answer: the whole answer as it was saved, by whom and when.
struct AnswerRevision {
    qint64 answerId = 0;
    int version = 0;
    qint64 atMs = 0;
    QString who;
    QString change;  // "saved" or "status"
    OfficialAnswer snapshot;
};

// What a rendered answer is about: filled into the placeholders.
struct AnswerContext {
    QString author;
    QString platform;
    QString link;
    QString title;
    QMap<QString, QString> variables;  // overrides the answer's own custom variables
};

// An answer made ready to send on one platform.
struct RenderedAnswer {
    QString text;
    QString format;                   // plain|markdown|bbcode
    QString platform;                 // the variant used; empty when the default text was used
    int maxLength = 0;                // the platform's limit, 0 = none
    bool tooLong = false;             // text is longer than maxLength
    QStringList unknownPlaceholders;  // {names} left as they were
};

}  // namespace earshot
