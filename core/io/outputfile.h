#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zhili {

/// Where a command writes its output (a report, an image, a snapshot): checked before anything is
/// written, and written so that a failure never leaves a partial file under the final name.
class OutputFile {
public:
    /// Throws zhili::Error naming the path and what to do when `path` may not be written:
    /// - it is empty, a folder, a device, pipe or socket, or its folder is missing or not writable;
    /// - it is one of `protectedFiles` (the cache the command works on) or one of their -wal, -shm or
    ///   -journal files — refused even with `force`: a command never writes over its own cache;
    /// - it is an existing SQLite database (any cache or GeoPackage) and `force` is false.
    static void check(const QString &path, const QStringList &protectedFiles, bool force);

    /// True when the file exists and starts with the SQLite header ("SQLite format 3\0").
    static bool isSqliteDatabase(const QString &path);

    /// Writes `bytes` to a temporary file beside `path` and renames it over `path` once every byte is on
    /// disk. Throws zhili::Error (and leaves `path` as it was) when any write, flush or rename fails.
    static void write(const QString &path, const QByteArray &bytes);

private:
    static bool sameFile(const QString &a, const QString &b);
};

} // namespace zhili
