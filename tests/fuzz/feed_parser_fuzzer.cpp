// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for parseFeed(): any bytes, with and without a charset from HTTP, must
// come back as a feed or an Error without crashing, hanging or tripping ASan/UBSan.
//
// Build and run (clang only):
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
//         -DEARSHOT_FUZZ=ON -DEARSHOT_BUILD_TESTS=ON -DEARSHOT_BUILD_BENCH=OFF
//   cmake --build build/fuzz --target feed_parser_fuzzer
//   mkdir -p build/fuzz/corpus && cp -r <feed samples>/* build/fuzz/corpus/
//   build/fuzz/tests/fuzz/feed_parser_fuzzer build/fuzz/corpus -max_len=65536 -timeout=10 \
//         -rss_limit_mb=4096 -jobs=2
// The feedparser corpus of the shared test data makes a good seed corpus (copy it into the
// build folder, never into the source tree).

#include "core/connectors/feed/FeedJson.h"
#include "core/connectors/feed/FeedParser.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks a Content-Type so the charset paths get exercised too.
    static const QByteArray types[] = {{},
                                       "application/rss+xml",
                                       "text/xml",
                                       "text/xml; charset=windows-1251",
                                       "application/atom+xml; charset=\"koi8-r\"",
                                       "text/plain; charset=utf-16"};
    const QByteArray &type = types[size ? data[0] % std::size(types) : 0];
    const earshot::Result<earshot::ParsedFeed> result =
        earshot::parseFeed(bytes, QUrl(QStringLiteral("https://example.org/feed/")), type);
    if (result)
        (void)earshot::feedToJson(*result);
    return 0;
}
