#include "desktop/translations.h"

#include "model/displaynames.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zhili {

QString Translations::languageForLocale(const QString &localeName)
{
    return localeName.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? QStringLiteral("zh")
                                                                           : QStringLiteral("en");
}

bool Translations::isChinese()
{
    return DisplayNames::chinese();
}

QString Translations::install(QCoreApplication *app, const QString &language)
{
    QString lang = language.trimmed().toLower();
    if (lang != QLatin1String("zh") && lang != QLatin1String("en"))
        lang = languageForLocale(QLocale::system().name());

    // Both languages have a .qm: English strings are the source, but the English catalogue carries the
    // plural forms ("%n parcel(s)") that the source text only approximates.
    auto *own = new QTranslator(app);
    const QString file =
        lang == QLatin1String("zh") ? QStringLiteral("zhili_zh_CN") : QStringLiteral("zhili_en");
    if (own->load(file, QStringLiteral(":/zhili/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    if (lang == QLatin1String("zh")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return lang;
}

} // namespace zhili
