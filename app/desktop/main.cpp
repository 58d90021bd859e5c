#include "desktop/appsettings.h"
#include "desktop/cachesession.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "desktop/screenshottaker.h"
#include "desktop/translations.h"
#include "util/error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

// A private, writable copy of the installed (read-only) demo cache in the user's data folder, made once: the
// window opens caches for editing. Falls back to the installed file when no copy can be made.
QString userCopyOfDemo(const QString &installed)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString copy = QDir(dir).filePath(QStringLiteral("zhili-demo.gpkg"));
    if (QFileInfo::exists(copy))
        return copy;
    if (dir.isEmpty() || !QDir().mkpath(dir) || !QFile::copy(installed, copy))
        return installed;
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

// The demo cache: $ZHILI_DEMO_CACHE, else the installed one (<prefix>/share/zhili/demo beside
// <prefix>/bin/zhili, as the Debian package lays it out), else the one the build makes in <build>/demo, next
// to <build>/app/zhili.
QString demoCachePath()
{
    const QString env = qEnvironmentVariable("ZHILI_DEMO_CACHE");
    if (!env.isEmpty() && QFileInfo::exists(env))
        return env;
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString installed = appDir.filePath(QStringLiteral("../share/zhili/demo/zhili-demo.gpkg"));
    if (QFileInfo::exists(installed))
        return userCopyOfDemo(QFileInfo(installed).absoluteFilePath());
    const QString beside = appDir.filePath(QStringLiteral("../demo/zhili-demo.gpkg"));
    return QFileInfo::exists(beside) ? QFileInfo(beside).absoluteFilePath() : QString();
}

void printError(const QString &message)
{
    std::fprintf(stderr, "zhili: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Zhili"));
    QApplication::setOrganizationName(QStringLiteral("Zhili"));
    QApplication::setApplicationVersion(QStringLiteral(ZHILI_VERSION_STRING));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.zhili.Zhili")); // packaging/org.zhili.Zhili.desktop

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("产业智理 Zhili — industrial land layout"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cacheOpt(QStringLiteral("cache"),
                                      QStringLiteral("Cache to open (default: the last one, else the demo)."),
                                      QStringLiteral("CACHE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("UI language: zh or en."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Write the window at full extent to FILE.png once drawn, "
                                                    "then exit."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Act as this user of the cache."),
                                     QStringLiteral("NAME"));
    parser.addOptions({cacheOpt, langOpt, shotOpt, userOpt});
    parser.process(app);

    zhili::AppSettings settings;
    QString lang = parser.value(langOpt).trimmed().toLower();
    if (!lang.isEmpty() && lang != QLatin1String("zh") && lang != QLatin1String("en")) {
        printError(QStringLiteral("--lang must be zh or en, not \"%1\"").arg(lang));
        return 2;
    }
    if (lang.isEmpty())
        lang = settings.language();
    zhili::Translations::install(&app, lang);

    const QString screenshot = parser.value(shotOpt);
    const bool shooting = !screenshot.isEmpty();

    zhili::MainWindow window;
    if (!shooting)
        window.restoreLayout(); // screenshots use the default layout, so they are comparable

    QString path = parser.value(cacheOpt);
    if (path.isEmpty()) {
        const QString last = settings.lastCache();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : demoCachePath();
    }
    if (!path.isEmpty() && qEnvironmentVariableIsSet("ZHILI_OPEN_TIMING")) {
        // Issue 4 measures "open to map on screen": printed once, at the first finished render.
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            window.canvas(), &zhili::MapCanvas::renderFinished, &window, [timer, connection](double ms) {
                std::fprintf(stderr, "open to first map: %.0f ms (render %.0f ms)\n",
                             timer->nsecsElapsed() / 1e6, ms);
                QObject::disconnect(*connection);
            });
    }
    if (!path.isEmpty()) {
        if (shooting) {
            try {
                window.openCache(path);
            } catch (const zhili::Error &e) {
                printError(e.message());
                return 1;
            }
        } else {
            window.openCacheWithDialog(path);
        }
    }

    // The acting user: --user, else the one chosen last time, else $ZHILI_USER / the OS login.
    if (window.session()->isOpen()) {
        const QString wanted = parser.isSet(userOpt) ? parser.value(userOpt) : settings.lastUser();
        const QString error = window.resolveUser(wanted, !shooting);
        if (!error.isEmpty() && (shooting || parser.isSet(userOpt)))
            printError(error);
    }

    if (!shooting) {
        window.show();
        return app.exec();
    }

    window.resize(1440, 900);
    window.show();
    // Let the docks and tool bars take their place first: the full extent must fit the final canvas size.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    window.canvas()->zoomToFull();
    int exitCode = 0;
    auto *taker = new zhili::ScreenshotTaker(&window, screenshot);
    QObject::connect(taker, &zhili::ScreenshotTaker::finished, &app,
                     [&exitCode](bool ok, const QString &message) {
                         if (!ok) {
                             printError(message);
                             exitCode = 1;
                         }
                         QCoreApplication::exit(exitCode);
                     });
    taker->start();
    app.exec();
    return exitCode;
}
