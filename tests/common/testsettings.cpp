#include "testsettings.h"

#include <QSettings>
#include <QStandardPaths>

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

SettingsDir::SettingsDir()
{
    if (!isValid())
        qFatal("cannot make a temporary folder: %s", qPrintable(errorString()));
    useSettingsIn(*this);
}

} // namespace zhili::test
