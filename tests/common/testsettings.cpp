#include "testsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace zhili::test {

void useEmptyTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

} // namespace zhili::test
