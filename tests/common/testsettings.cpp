#include "testsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace zhili::test {

void useEmptyTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void useSettingsIn(const QTemporaryDir &dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
}

} // namespace zhili::test
