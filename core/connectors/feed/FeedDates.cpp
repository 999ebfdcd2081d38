// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/FeedDates.h"

#include <QDate>

#include <array>

// Hand-written rather than QDateTime::fromString: Qt's RFC 2822 and ISO parsers reject most
// of the variants real feeds produce (no weekday, "Sept", "+05:00", lowercase "t", year-only
// dates), and they allocate; this runs once or twice per entry in the hot path.

namespace earshot {
namespace {

struct Fields {
    int year = -1, month = -1, day = -1;
    int hour = 0, minute = 0, second = 0, millis = 0;
    int offsetMinutes = 0;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153u * unsigned(m + (m > 2 ? -3 : 9)) + 2u) / 5u + unsigned(d) - 1u;
    const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
    return era * 146097 + qint64(doe) - 719468;
}

qint64 toMillis(const Fields &f)
{
    if (f.year < 1 || f.year > 9999 || !QDate::isValid(f.year, f.month, f.day))
        return 0;
    if (f.hour > 24 || f.minute > 59 || f.second > 60)
        return 0;
    const qint64 days = daysFromCivil(f.year, f.month, f.day);
    const qint64 secs = days * 86400 + f.hour * 3600 + f.minute * 60 + qMin(f.second, 59) -
                        qint64(f.offsetMinutes) * 60;
    const qint64 ms = secs * 1000 + f.millis;
    return ms == 0 ? 1 : ms;  // 0 means "absent"; the epoch itself is one ms later
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads exactly `n` digits at *i.
bool digits(QStringView s, qsizetype *i, int n, int *out)
{
    if (*i + n > s.size())
        return false;
    int v = 0;
    for (int k = 0; k < n; ++k) {
        const QChar c = s[*i + k];
        if (!isDigit(c))
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    *i += n;
    *out = v;
    return true;
}

// "+hh:mm", "+hhmm", "+hh", "Z" at *i; true when nothing or a valid zone follows.
bool numericZone(QStringView s, qsizetype i, int *offset)
{
    if (i >= s.size())
        return true;
    const QChar c = s[i];
    if (c == u'Z' || c == u'z') {
        *offset = 0;
        return true;
    }
    if (c != u'+' && c != u'-' && c != u'\u2212')
        return false;
    ++i;
    int h = 0, m = 0;
    if (!digits(s, &i, 2, &h))
        return false;
    if (i < s.size() && s[i] == u':')
        ++i;
    if (i < s.size() && !digits(s, &i, 2, &m))
        return false;
    *offset = (c == u'+' ? 1 : -1) * (h * 60 + m);
    return true;
}

qint64 parseIso(QStringView s)
{
    Fields f;
    qsizetype i = 0;
    if (!digits(s, &i, 4, &f.year))
        return 0;
    const bool compact = i < s.size() && isDigit(s[i]);
    f.month = 1;
    f.day = 1;
    if (i < s.size() && (s[i] == u'-' || compact)) {
        i += compact ? 0 : 1;
        if (!digits(s, &i, 2, &f.month))
            return 0;
        if (i < s.size() && (s[i] == u'-' || (compact && isDigit(s[i])))) {
            i += compact ? 0 : 1;
            if (!digits(s, &i, 2, &f.day))
                return 0;
        }
    }
    if (i < s.size() && (s[i] == u'T' || s[i] == u't' || s[i] == u' ')) {
        ++i;
        if (!digits(s, &i, 2, &f.hour))
            return 0;
        if (i < s.size() && s[i] == u':')
            ++i;
        if (!digits(s, &i, 2, &f.minute))
            return 0;
        if (i < s.size() && (s[i] == u':' || (isDigit(s[i]))))
            i += s[i] == u':' ? 1 : 0;
        if (i < s.size() && isDigit(s[i]) && !digits(s, &i, 2, &f.second))
            return 0;
        if (i < s.size() && (s[i] == u'.' || s[i] == u',')) {
            ++i;
            int scale = 100;
            while (i < s.size() && isDigit(s[i])) {
                f.millis += (s[i].unicode() - u'0') * scale;
                scale /= 10;
                ++i;
            }
        }
        while (i < s.size() && s[i] == u' ')
            ++i;
        if (!numericZone(s, i, &f.offsetMinutes))
            return 0;
    }
    return toMillis(f);
}

constexpr std::array<const char16_t *, 12> kMonths = {
    u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};

struct NamedZone {
    const char16_t *name;
    int minutes;
};
constexpr std::array<NamedZone, 14> kZones = {{{u"ut", 0},
                                               {u"utc", 0},
                                               {u"gmt", 0},
                                               {u"z", 0},
                                               {u"est", -300},
                                               {u"edt", -240},
                                               {u"cst", -360},
                                               {u"cdt", -300},
                                               {u"mst", -420},
                                               {u"mdt", -360},
                                               {u"pst", -480},
                                               {u"pdt", -420},
                                               {u"msk", 180},
                                               {u"cet", 60}}};

bool parseTime(QStringView t, Fields *f)
{
    qsizetype i = 0;
    auto number = [&](int *out) {
        const qsizetype start = i;
        int v = 0;
        while (i < t.size() && isDigit(t[i]) && i - start < 2)
            v = v * 10 + (t[i++].unicode() - u'0');
        *out = v;
        return i > start;
    };
    if (!number(&f->hour) || i >= t.size() || t[i] != u':')
        return false;
    ++i;
    if (!number(&f->minute))
        return false;
    if (i < t.size() && t[i] == u':') {
        ++i;
        if (!number(&f->second))
            return false;
    }
    if (i < t.size() && t[i] == u'.') {  // fractions of a second, ignored
        ++i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
    }
    // A zone glued to the time ("19:48:21Z", "10:00+02:00").
    return numericZone(t, i, &f->offsetMinutes);
}

qint64 parseRfc822(QStringView s)
{
    Fields f;
    bool haveTime = false;
    bool pm = false, am = false;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == u' ' || s[i] == u',' || s[i] == u'\t'))
            ++i;
        qsizetype j = i;
        while (j < s.size() && s[j] != u' ' && s[j] != u',' && s[j] != u'\t')
            ++j;
        QStringView tok = s.mid(i, j - i);
        i = j;
        if (tok.isEmpty())
            continue;
        const QChar c0 = tok[0];
        if ((c0 == u'+' || c0 == u'-') && tok.size() >= 3) {
            if (!numericZone(tok, 0, &f.offsetMinutes))
                return 0;
        } else if (tok.contains(u':')) {
            if (!parseTime(tok, &f))
                return 0;
            haveTime = true;
        } else if (isDigit(c0)) {
            int v = 0;
            qsizetype nd = 0;
            while (nd < tok.size() && isDigit(tok[nd]))
                v = v * 10 + (tok[nd++].unicode() - u'0');
            if (nd >= 3 && f.year < 0)
                f.year = v;
            else if (f.day < 0)
                f.day = v;  // also "4th"
            else if (f.year < 0)
                f.year = v < 50 ? 2000 + v : (v < 100 ? 1900 + v : v);
        } else {
            const QString lower = tok.toString().toLower();
            bool matched = false;
            if (lower.size() >= 3) {
                for (int m = 0; m < 12 && !matched; ++m) {
                    if (lower.startsWith(QStringView(kMonths[std::size_t(m)]))) {
                        f.month = m + 1;
                        matched = true;
                    }
                }
            }
            for (const NamedZone &z : kZones) {
                if (!matched && lower == QStringView(z.name)) {
                    f.offsetMinutes = z.minutes;
                    matched = true;
                }
            }
            if (lower == u"pm")
                pm = true;
            else if (lower == u"am")
                am = true;
            // Weekday names and unknown zone names ("EET", "XYZ") are ignored.
        }
    }
    if (!haveTime && f.year < 0)
        return 0;
    if (pm && f.hour < 12)
        f.hour += 12;
    if (am && f.hour == 12)
        f.hour = 0;
    return toMillis(f);
}

}  // namespace

qint64 parseFeedDate(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.size() < 4 || s.size() > 64)
        return 0;
    if (s.size() >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3])) {
        if (const qint64 ms = parseIso(s))
            return ms;
    }
    return parseRfc822(s);
}

}  // namespace earshot
