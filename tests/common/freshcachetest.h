#pragma once

// A test class whose every test function starts from its own standard test cache.
#include "cache/geopackagecache.h"
#include "testdir.h"

#include <QObject>
#include <memory>

namespace zhili::test {

/// Base of the test classes that work on one cache per test function: m_cache is new before each (Qt Test
/// calls the inherited init() slot), made in m_dir.
class FreshCacheTest : public QObject {
    Q_OBJECT

protected:
    TestDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;

private Q_SLOTS:
    void init();
};

} // namespace zhili::test
