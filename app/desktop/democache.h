#pragma once

#include <QString>

namespace zhili {

/// Where the bundled demo cache is, for the start-up default and the welcome panel's "Open the demo".
class DemoCache {
public:
    /// $ZHILI_DEMO_CACHE, else the installed one (<prefix>/share/zhili/demo beside <prefix>/bin/zhili, as
    /// the Debian package lays it out; opened through a private writable copy), else the one the build makes
    /// in <build>/demo, next to <build>/app/zhili. Empty when there is none.
    static QString path();

private:
    /// A private, writable copy of the installed (read-only) demo cache in the user's data folder, made
    /// once: the window opens caches for editing. The installed file when no copy can be made.
    static QString userCopy(const QString &installed);
};

} // namespace zhili
