#pragma once

// One line per row in a Qt Test _data() table.
#include <QTest>

namespace zhili::test {

/// QTest::newRow(name) << values…, each value as QTest takes it (a string literal becomes a QString).
/// Tables whose rows are all the same shape read as one call a row.
template <typename... Values> void addRow(const char *name, const Values &...values)
{
    (QTest::newRow(name) << ... << values);
}

} // namespace zhili::test
