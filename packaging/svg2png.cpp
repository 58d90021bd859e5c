// zhili-svg2png SVG OUT.png SIZE: renders the application icon to a SIZE×SIZE PNG for the hicolor theme.
// A build tool only (the Debian package ships its output, not the tool).
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.size() == 4 ? args[3].toInt(&ok) : 0;
    if (!ok || size < 8 || size > 1024) {
        std::fprintf(stderr, "usage: zhili-svg2png SVG OUT.png SIZE (8..1024)\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "zhili-svg2png: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(args[2], "PNG")) {
        std::fprintf(stderr, "zhili-svg2png: cannot write %s\n", qPrintable(args[2]));
        return 1;
    }
    return 0;
}
