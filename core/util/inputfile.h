#pragma once

// Reading a whole input file (CSV, rules JSON) safely.
#include "model/namerules.h"
#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace zhili {

/// Size limits of the files read whole (documented in docs/editing.md and docs/indicators.md).
inline constexpr qint64 kMaxCsvBytes = 64LL * 1024 * 1024;      ///< batch, targets, enterprises CSV
inline constexpr qint64 kMaxRulesJsonBytes = 1LL * 1024 * 1024; ///< `rules set --file`

/// Reads a file of at most `maxBytes`. Before opening it, refuses what is not a regular file (a FIFO would
/// block the open, a device like /dev/zero never ends) and files over the limit; while reading, stops at the
/// limit (files whose size the system does not report, e.g. under /proc). Throws zhili::Error naming the
/// file and saying what to do.
inline QByteArray readInputFile(const QString &path, qint64 maxBytes)
{
    const QString shown = NameRules::displayValue(path, 200);
    auto limitText = [&] {
        return maxBytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MiB").arg(maxBytes / (1024 * 1024))
                                             : QStringLiteral("%1 bytes").arg(maxBytes);
    };
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QCoreApplication::translate("InputFile", "cannot read %1: no such file").arg(shown));
    if (info.isDir())
        throw Error(
            QCoreApplication::translate("InputFile", "%1 is a folder: give the path of a file").arg(shown));
    if (!info.isFile())
        throw Error(QCoreApplication::translate("InputFile",
                                                "%1 is not a regular file (a device, pipe or socket); "
                                                "save the data to a file and give its path")
                        .arg(shown));
    if (info.size() > maxBytes)
        throw Error(
            QCoreApplication::translate(
                "InputFile", "%1 is too large: %2 bytes, the limit is %3; split it into smaller files")
                .arg(shown)
                .arg(info.size())
                .arg(limitText()));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("InputFile", "cannot read %1: %2").arg(shown, f.errorString()));
    const QByteArray bytes = f.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        throw Error(QCoreApplication::translate("InputFile",
                                                "%1 is too large: more than %2; split it into smaller files")
                        .arg(shown, limitText()));
    if (f.error() != QFileDevice::NoError)
        throw Error(
            QCoreApplication::translate("InputFile", "cannot read %1: %2").arg(shown, f.errorString()));
    return bytes;
}

} // namespace zhili
