#pragma once

// Settings for tests of the window and its parts.

namespace zhili::test {

/// Points QSettings and QStandardPaths at Qt's test locations and empties the settings there, so that the
/// developer's own window state, recent files and language never leak into a test (call in initTestCase).
void useEmptyTestSettings();

} // namespace zhili::test
