#include "interchange/gisstyle.h"

namespace zhili {

QString inLanguage(const QString &language, const char *zh, const char *en)
{
    return language == QLatin1String("zh") ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

} // namespace zhili
