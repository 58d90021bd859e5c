#include "desktop/mainwindow.h"
#include "util/error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Zhili"));
    QApplication::setOrganizationName(QStringLiteral("Zhili"));
    QApplication::setApplicationVersion(QStringLiteral(ZHILI_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("产业智理 Zhili — industrial land layout"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("cache"), QStringLiteral("Cache to open."), QStringLiteral("CACHE")});
    parser.process(app);

    zhili::MainWindow window;
    if (parser.isSet(QStringLiteral("cache"))) {
        try {
            window.openCache(parser.value(QStringLiteral("cache")));
        } catch (const zhili::Error &e) {
            QMessageBox::critical(&window, QObject::tr("无法打开缓存"), e.message());
        }
    }
    window.show();
    return app.exec();
}
