#include "desktop/appsettings.h"
#include "desktop/cachesession.h"
#include "desktop/democache.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "desktop/screenshottaker.h"
#include "desktop/translations.h"
#include "util/error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "zhili: %s\n", message.toLocal8Bit().constData());
}

// The command line: --cache, --lang, --screenshot, --user (QCommandLineParser exits on --help/--version).
struct Options {
    QString cache;
    QString lang;
    QString screenshot;
    std::optional<QString> user; ///< set when --user was given
};

Options parseOptions(QApplication &app)
{
    QCommandLineParser parser;
    // English, as the options: the language is chosen after the command line is read (--lang).
    parser.setApplicationDescription(QStringLiteral("Zhili — industrial land layout"));
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
    Options o;
    o.cache = parser.value(cacheOpt);
    o.lang = parser.value(langOpt).trimmed().toLower();
    o.screenshot = parser.value(shotOpt);
    if (parser.isSet(userOpt))
        o.user = parser.value(userOpt);
    return o;
}

// With $ZHILI_OPEN_TIMING, prints "open to map on screen" once, at the first finished render (issue 4).
void printOpenTiming(zhili::MainWindow &window)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window.canvas(), &zhili::MapCanvas::renderFinished, &window,
                                   [timer, connection](double ms) {
                                       std::fprintf(stderr, "open to first map: %.0f ms (render %.0f ms)\n",
                                                    timer->nsecsElapsed() / 1e6, ms);
                                       QObject::disconnect(*connection);
                                   });
}

// Shows the window at a fixed size and full extent, writes it to `file` once drawn; the exit code.
int takeScreenshot(QApplication &app, zhili::MainWindow &window, const QString &file)
{
    window.resize(1440, 900);
    window.show();
    // Let the docks and tool bars take their place first: the full extent must fit the final canvas size.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    window.canvas()->zoomToFull();
    int exitCode = 0;
    auto *taker = new zhili::ScreenshotTaker(&window, file);
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Zhili"));
    QApplication::setOrganizationName(QStringLiteral("Zhili"));
    QApplication::setApplicationVersion(QStringLiteral(ZHILI_VERSION_STRING));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.zhili.Zhili")); // packaging/org.zhili.Zhili.desktop
    const Options options = parseOptions(app);

    zhili::AppSettings settings;
    QString lang = options.lang;
    if (!lang.isEmpty() && lang != QLatin1String("zh") && lang != QLatin1String("en")) {
        printError(QStringLiteral("--lang must be zh or en, not \"%1\"").arg(lang));
        return 2;
    }
    if (lang.isEmpty())
        lang = settings.language();
    zhili::Translations::install(&app, lang);

    const bool shooting = !options.screenshot.isEmpty();
    zhili::MainWindow window;
    if (!shooting)
        window.restoreLayout(); // screenshots use the default layout, so they are comparable

    QString path = options.cache;
    if (path.isEmpty()) {
        const QString last = settings.lastCache();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : zhili::DemoCache::path();
    }
    if (!path.isEmpty() && qEnvironmentVariableIsSet("ZHILI_OPEN_TIMING"))
        printOpenTiming(window);
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
        const QString wanted = options.user.value_or(settings.lastUser());
        const QString error = window.resolveUser(wanted, !shooting);
        if (!error.isEmpty() && (shooting || options.user))
            printError(error);
    }

    if (!shooting) {
        window.show();
        return app.exec();
    }
    return takeScreenshot(app, window, options.screenshot);
}
