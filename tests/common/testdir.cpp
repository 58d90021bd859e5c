#include "testdir.h"

#include "testfiles.h"

namespace zhili::test {

QString TestDir::freshPath(const QString &pattern)
{
    return m_dir.filePath(pattern.arg(++m_n));
}

std::unique_ptr<GeoPackageCache> TestDir::freshCache(const QList<TestParcel> &parcels)
{
    return makeTestCache(freshPath(QStringLiteral("c%1.gpkg")), parcels);
}

QString TestDir::write(const QString &name, const QByteArray &bytes) const
{
    return writeTestFile(m_dir.filePath(name), bytes);
}

} // namespace zhili::test
