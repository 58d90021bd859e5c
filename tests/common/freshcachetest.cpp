#include "freshcachetest.h"

namespace zhili::test {

void FreshCacheTest::init()
{
    m_cache.reset(); // closed before the next one is made
    m_cache = m_dir.freshCache();
}

} // namespace zhili::test
