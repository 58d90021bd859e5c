#pragma once

#include "cache/geopackagecache.h"
#include "util/error.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <utility>

namespace zhili {

/// What a read-only job on a worker gives back: its value, or the message of the error that stopped it.
template <class T> struct ReadOnlyCacheResult {
    T value;
    QString error;
};

/// Runs `work(cache)` (returning a T) in QtConcurrent's pool on a read-only connection of its own to the
/// cache at `path`: a GeoPackageCache is not shared between threads, so the worker never touches the GUI
/// thread's connection. Errors become the result's message.
template <class T, class Work>
QFuture<ReadOnlyCacheResult<T>> runOnReadOnlyCache(const QString &path, Work work)
{
    return QtConcurrent::run([path, work = std::move(work)]() -> ReadOnlyCacheResult<T> {
        try {
            auto cache = GeoPackageCache::open(path, true);
            return {work(*cache), QString()};
        } catch (const Error &e) {
            return {T(), e.message()};
        } catch (const std::exception &e) {
            return {T(), QString::fromLocal8Bit(e.what())};
        }
    });
}

} // namespace zhili
