#pragma once

#include <QString>

class QCoreApplication;

namespace zhili {

/// The message language of zhili and zhili-cli. Both programs, and the core and maps libraries under them,
/// translate through one catalogue (resources/translations/zhili_*.ts), compiled into the zhili_i18n
/// library's resources under :/zhili/i18n.
class Language {
public:
    /// "zh" when the locale that governs messages (the first set of LC_ALL, LC_MESSAGES and LANG, as POSIX
    /// orders them) is Chinese ("zh_CN.UTF-8", "zh_TW", "zh"), else "en".
    static QString fromEnvironment();
    /// Installs the catalogue of `language` ("zh" or "en") into `app`, and a default QLocale of that language
    /// when the current one is of the other (names of data follow it); false when the catalogue is missing.
    /// For "zh" also Qt's own catalogue (qtbase_zh_CN.qm: QCommandLineParser's help), when Qt has it.
    static bool installTranslator(QCoreApplication *app, const QString &language);
};

} // namespace zhili
