#include "io/importtarget.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace zhili {

namespace {

const QString kMarker = QStringLiteral(".importing-");

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString temporaryPath(const QString &cachePath)
{
    const QFileInfo target(cachePath);
    return target.absoluteDir().filePath(
        QStringLiteral(".%1%2%3-%4")
            .arg(target.fileName(), kMarker)
            .arg(qint64(::getpid()))
            .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0')));
}

} // namespace

void ImportTarget::removeStaleTemporaries(const QString &cachePath)
{
    const QFileInfo target(cachePath);
    const QString prefix = QLatin1Char('.') + target.fileName() + kMarker;
    const QDir dir = target.absoluteDir();
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        // ".<name>.importing-<pid>-<random>[-wal|-shm|-journal]": stale when <pid> no longer runs.
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(dir.filePath(name));
    }
}

ImportReport ImportTarget::runOnExisting(const QString &cachePath, const Body &body)
{
    auto cache = GeoPackageCache::open(cachePath);
    ImportReport report = body(*cache);
    report.cacheCreated = false;
    return report;
}

ImportReport ImportTarget::run(const QString &cachePath, int epsg, const Body &body)
{
    if (QFileInfo::exists(cachePath))
        return runOnExisting(cachePath, body);
    const QFileInfo target(cachePath);
    if (!QFileInfo(target.absolutePath()).isDir())
        throw Error(QCoreApplication::translate("ImportTarget",
                                                "the folder of the cache %1 does not exist: create it first")
                        .arg(cachePath));
    removeStaleTemporaries(cachePath);
    const QString temp = temporaryPath(cachePath);
    ImportReport report;
    try {
        auto cache = GeoPackageCache::create(temp, epsg);
        // Nobody else has the new file open: a rollback journal appends the new pages to the file once,
        // where WAL would write them to the -wal file and copy them again. WAL is back afterwards.
        cache->db().exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        report = body(*cache);
        cache->db().exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    } catch (...) {
        removeDatabaseFiles(temp);
        throw;
    }
    // Publish without replacing: link() fails when another import created the cache meanwhile.
    const QByteArray from = QFile::encodeName(temp), to = QFile::encodeName(target.absoluteFilePath());
    if (::link(from.constData(), to.constData()) == 0) {
        removeDatabaseFiles(temp);
    } else if (errno == EEXIST) {
        removeDatabaseFiles(temp);
        return runOnExisting(cachePath, body); // the other import won: add this file to its cache
    } else if (QFileInfo::exists(cachePath) || !QFile::rename(temp, cachePath)) {
        // A file system without hard links: a plain rename, which does not replace an existing file here.
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removeDatabaseFiles(temp);
        if (QFileInfo::exists(cachePath))
            return runOnExisting(cachePath, body);
        throw Error(QCoreApplication::translate("ImportTarget", "cannot create the cache %1: %2")
                        .arg(cachePath, why));
    }
    report.cacheCreated = true;
    report.cachePath = cachePath;
    return report;
}

} // namespace zhili
