// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/RuleText.h"

namespace earshot {

const QStringList &RuleText::actions()
{
    static const QStringList list = {
        QStringLiteral("tag"),    QStringLiteral("untag"),    QStringLiteral("status"),
        QStringLiteral("assign"), QStringLiteral("priority"), QStringLiteral("spam"),
        QStringLiteral("notify"),
    };
    return list;
}

QString RuleText::actionName(const QString &action)
{
    if (action == QLatin1String("tag"))
        return tr("Add tag");
    if (action == QLatin1String("untag"))
        return tr("Remove tag");
    if (action == QLatin1String("status"))
        return tr("Set status");
    if (action == QLatin1String("assign"))
        return tr("Assign to");
    if (action == QLatin1String("priority"))
        return tr("Set priority");
    if (action == QLatin1String("spam"))
        return tr("Spam");
    if (action == QLatin1String("notify"))
        return tr("Notify");
    if (action == QLatin1String("note"))
        return tr("Set note");
    return action;  // stored by a newer version: shown as it is, kept as it is
}

std::vector<std::pair<QString, QString>> RuleText::choices(const QString &action)
{
    if (action == QLatin1String("status")) {
        return {{QStringLiteral("new"), tr("new")},
                {QStringLiteral("in-progress"), tr("in progress")},
                {QStringLiteral("waiting"), tr("waiting")},
                {QStringLiteral("answered"), tr("answered")},
                {QStringLiteral("closed"), tr("closed")}};
    }
    if (action == QLatin1String("spam"))
        return {{QStringLiteral("1"), tr("mark as spam")}, {QStringLiteral("0"), tr("not spam")}};
    return {};
}

QString RuleText::summary(const std::vector<RuleAction> &actions)
{
    QStringList parts;
    for (const RuleAction &a : actions) {
        QString value = a.value;
        const QString action = a.action;
        if (action == QLatin1String("spam")) {
            // The engine reads a spam action without a value as "mark as spam".
            const bool spam = value.isEmpty() || value == QLatin1String("1");
            parts << (spam ? tr("Mark as spam") : tr("Mark as not spam"));
            continue;
        }
        for (const auto &[id, name] : choices(action)) {
            if (id == value) {
                value = name;
                break;
            }
        }
        parts << (value.isEmpty() ? actionName(action)
                                  : tr("%1: %2").arg(actionName(action), value));
    }
    return parts.join(QStringLiteral("; "));
}

}  // namespace earshot
