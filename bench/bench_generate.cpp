// SPDX-License-Identifier: GPL-3.0-or-later
// Writes synthetic mentions as JSON Lines, for trying Earshot on a large workspace:
//   bench_generate <count> <file.jsonl> [seed]
#include "bench/DataGenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const qint64 count = args.size() >= 3 ? args.at(1).toLongLong(&ok) : 0;
    if (!ok || count <= 0) {
        std::fprintf(stderr, "usage: bench_generate <count> <file.jsonl> [seed]\n");
        return 2;
    }
    const quint64 seed = args.size() >= 4 ? args.at(3).toULongLong() : 20261120;
    QFile out(args.at(2));
    earshot::bench::DataGenerator generator(seed);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !generator.writeJsonLines(out, count)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
