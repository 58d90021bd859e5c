#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zhili {

namespace {
// Qt's own strings (QCommandLineParser's "Usage:", "Options:", "Displays help …") from qtbase_zh_CN.qm of
// the Qt installation (package qt6-translations-l10n); without that file they stay English, silently.
void installQtTranslator(QCoreApplication *app)
{
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}
} // namespace

QString Language::fromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? QStringLiteral("zh")
                                                                              : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool Language::installTranslator(QCoreApplication *app, const QString &language)
{
    // English strings are the source, but the English catalogue carries the plural forms ("%n parcel(s)").
    auto *translator = new QTranslator(app);
    const QString file =
        language == QLatin1String("zh") ? QStringLiteral("zhili_zh_CN") : QStringLiteral("zhili_en");
    if (!translator->load(file, QStringLiteral(":/zhili/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    if (language == QLatin1String("zh"))
        installQtTranslator(app);
    // Names of data (ecosystems, statuses: DisplayNames) follow the default locale, as in the window. Only
    // a locale of the other language is replaced, so numbers keep the system's format otherwise.
    const bool chinese = language == QLatin1String("zh");
    if (chinese != (QLocale().language() == QLocale::Chinese))
        QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                    : QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}

} // namespace zhili
