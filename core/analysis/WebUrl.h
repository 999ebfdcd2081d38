// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace earshot {

// True when `url` is an absolute http(s) URL that QUrl parses, resolves against any base and
// prints back unchanged (PrettyDecoded and FullyEncoded alike): lowercase scheme and host
// name, no port, user info, percent escapes, dot segments or characters QUrl would escape.
// Lets hot paths skip the QUrl round trip for the plain links most documents carry; false
// only means "ask QUrl". Pure and thread-safe.
bool isCanonicalWebUrl(QStringView url);

// The host of an http(s) URL as QUrl(url).host() gives it, without building a QUrl for
// the canonical ones (isCanonicalWebUrl) that profile links and permalinks usually are.
QString webUrlHost(QStringView url);

}  // namespace earshot
