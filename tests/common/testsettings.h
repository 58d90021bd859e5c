#pragma once

// Settings for tests of the window and its parts.

#include <QTemporaryDir>

namespace zhili::test {

/// Points QSettings and QStandardPaths at Qt's test locations and empties the settings there, so that the
/// developer's own window state, recent files and language never leak into a test (call in initTestCase).
void useEmptyTestSettings();

/// Points the user settings at a folder in `dir`, so that the developer's own settings (recent caches,
/// window state) stay out of the test and the test's stay out of them (call in initTestCase).
void useSettingsIn(const QTemporaryDir &dir);

/// A test's temporary folder that also holds its user settings (useSettingsIn), from the moment the test
/// object is made: the developer's own settings stay out of the test. Aborts when it cannot be made.
class SettingsDir : public QTemporaryDir {
public:
    SettingsDir();
};

} // namespace zhili::test
