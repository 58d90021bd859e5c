#pragma once

#include <QString>

class QCoreApplication;

namespace zhili {

/// Loads the UI translations into the application: Chinese (zh_CN) for "zh" or, when `language` is empty,
/// under a Chinese system locale; English otherwise. Also loads Qt's own qtbase_zh_CN.qm (standard dialog
/// buttons) when it is installed.
class Translations {
public:
    /// Returns the language in effect, "zh" or "en". `language` is "zh", "en" or "" (system locale).
    static QString install(QCoreApplication *app, const QString &language);
    /// "zh" for a Chinese locale name ("zh_CN", "zh_TW", "zh"), else "en".
    static QString languageForLocale(const QString &localeName);
    /// True when the UI runs in Chinese (install() sets the default QLocale accordingly): picks 中文 or
    /// English names of data such as ecosystems and statuses.
    static bool isChinese();
};

} // namespace zhili
