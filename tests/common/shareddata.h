#pragma once

// The real district files in ../shared/data/real (ZHILI_SHARED_DATA, set for every test): a checkout without
// them still builds and runs the other tests.
#include <QDir>

/// In a test function (with <QtTest> included): skips the test when ../shared/data/real is absent.
#define ZHILI_REQUIRE_SHARED_DATA()                                                                          \
    do {                                                                                                     \
        if (!QDir(QStringLiteral(ZHILI_SHARED_DATA)).exists())                                               \
            QSKIP("../shared/data/real is absent");                                                          \
    } while (false)
