// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace earshot {

// Milliseconds since the Unix epoch (UTC) of a feed date, or 0 when it cannot be read.
// Accepts RFC 822/2822 as feeds really write it (missing weekday or seconds, two-digit
// years, full month names, US zone names, "+05:00" offsets, fields out of order) and
// RFC 3339/ISO 8601 (W3C-DTF: reduced precision, fractions, compact form, space for "T").
// Dates without a zone are taken as UTC. Pure and thread-safe.
qint64 parseFeedDate(QStringView text);

}  // namespace earshot
