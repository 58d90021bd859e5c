#pragma once

// A test's scratch folder: fresh numbered caches and files, so each test function starts from its own.
#include "testcache.h"

#include <QTemporaryDir>

namespace zhili::test {

class TestDir {
public:
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// A path in the folder not handed out before: `pattern` with %1 replaced by the next number.
    QString freshPath(const QString &pattern);
    /// A new test cache (standardTestParcels() unless told) under a fresh name, open.
    std::unique_ptr<GeoPackageCache> freshCache(const QList<TestParcel> &parcels = standardTestParcels());
    /// Writes `bytes` to the file `name` in the folder (replacing it) and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
    int m_n = 0;
};

} // namespace zhili::test
