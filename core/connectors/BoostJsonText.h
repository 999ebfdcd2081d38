// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <boost/json.hpp>

#include <cmath>
#include <optional>

namespace earshot {

// The whole part of a number, or nothing when it does not fit (Boost.JSON reads numbers
// beyond the range of a double as infinity).
inline std::optional<qint64> wholeNumber(double d)
{
    constexpr double kLimit = 9.2e18;  // within qint64
    if (!std::isfinite(d) || d <= -kLimit || d >= kLimit)
        return std::nullopt;
    return static_cast<qint64>(d);
}

inline QString toQString(boost::json::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A member read as text: a string, or a number as its whole part (some servers send numbers
// where the documentation says strings). Empty when missing or of another type.
inline QString jsonText(const boost::json::value *v)
{
    if (!v)
        return {};
    if (const boost::json::string *s = v->if_string())
        return toQString(*s);
    if (v->is_int64())
        return QString::number(v->get_int64());
    if (v->is_uint64())
        return QString::number(v->get_uint64());
    if (v->is_double()) {
        if (const std::optional<qint64> whole = wholeNumber(v->get_double()))
            return QString::number(*whole);
    }
    return {};
}

}  // namespace earshot
