#include "io/outputfile.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <filesystem>
#include <system_error>

namespace zhili {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The files SQLite keeps beside a database while it is open or recovering.
QStringList withCompanions(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

} // namespace

bool OutputFile::sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists()) {
        // Catches hard links, symlinks and "./x/../c.gpkg" alike.
        std::error_code ec;
        return std::filesystem::equivalent(std::filesystem::path(a.toStdString()),
                                           std::filesystem::path(b.toStdString()), ec);
    }
    // Not (yet) there: compare where they would be, with the folder resolved.
    auto where = [](const QFileInfo &f) {
        const QString dir = QFileInfo(f.absolutePath()).canonicalFilePath();
        return (dir.isEmpty() ? f.absolutePath() : dir) + QLatin1Char('/') + f.fileName();
    };
    return where(fa) == where(fb);
}

bool OutputFile::isSqliteDatabase(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray header("SQLite format 3\0", 16);
    return f.read(16) == header;
}

void OutputFile::check(const QString &path, const QStringList &protectedFiles, bool force)
{
    if (path.trimmed().isEmpty())
        throw Error(
            QCoreApplication::translate("OutputFile", "no output file given: name the file to write"));
    for (const QString &guarded : protectedFiles) {
        if (guarded.isEmpty())
            continue;
        for (const QString &companion : withCompanions(guarded))
            if (sameFile(path, companion))
                throw Error(QCoreApplication::translate(
                                "OutputFile",
                                "%1 is the cache this command works on (or one of its "
                                "files): writing the output there would destroy it; choose another "
                                "output file")
                                .arg(shown(path)));
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error(
            QCoreApplication::translate("OutputFile", "%1 is a folder: give a file name").arg(shown(path)));
    // Devices, pipes and sockets cannot be replaced atomically (and renaming over /dev/full as root would
    // replace the device): only regular files are written.
    if (info.exists() && !info.isFile())
        throw Error(QCoreApplication::translate(
                        "OutputFile", "%1 is not a regular file (a device, pipe or socket): give "
                                      "the name of a file to write, or leave the option out to print to the "
                                      "terminal")
                        .arg(shown(path)));
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        throw Error(QCoreApplication::translate(
                        "OutputFile", "cannot write %1: the folder %2 does not exist; create it first or "
                                      "choose another output file")
                        .arg(shown(path), shown(dir.absoluteFilePath())));
    if (!dir.isWritable())
        throw Error(QCoreApplication::translate(
                        "OutputFile", "cannot write %1: the folder %2 is not writable; choose another "
                                      "folder")
                        .arg(shown(path), shown(dir.absoluteFilePath())));
    if (info.exists() && !info.isWritable())
        throw Error(QCoreApplication::translate("OutputFile",
                                                "%1 exists and is read-only: choose another output file")
                        .arg(shown(path)));
    if (!force && isSqliteDatabase(path))
        throw Error(QCoreApplication::translate(
                        "OutputFile", "%1 is an SQLite database (a cache or GeoPackage): it is "
                                      "not overwritten unless you add --force; choose another output file")
                        .arg(shown(path)));
}

void OutputFile::write(const QString &path, const QByteArray &bytes)
{
    // QSaveFile writes beside the target and renames on commit(); a failed write() makes commit() fail.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QCoreApplication::translate("OutputFile", "cannot write %1: %2")
                        .arg(shown(path), file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        throw Error(QCoreApplication::translate(
                        "OutputFile", "writing %1 failed: %2 (disk full?); the file was left as it was")
                        .arg(shown(path), why));
    }
    if (!file.commit())
        throw Error(QCoreApplication::translate(
                        "OutputFile", "writing %1 failed: %2 (disk full?); the file was left as it was")
                        .arg(shown(path), file.errorString()));
}

} // namespace zhili
