// Dependencies point one way (app → maps → core): core has no QtGui/QtWidgets, maps has no QtWidgets,
// and GDAL/PROJ stay behind core/io and core/crs. Checked on the sources and on a linked core-only binary.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestLayering : public QObject {
    Q_OBJECT

    struct Offence {
        QString file;
        int line;
        QString text;
    };

    static QList<Offence> scan(const QString &folder, const QRegularExpression &banned,
                               const QStringList &allowedSubfolders = {})
    {
        QList<Offence> found;
        const QString root = QStringLiteral(ZHILI_SOURCE_DIR) + QLatin1Char('/') + folder;
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(root.size() + 1);
            if (std::any_of(allowedSubfolders.begin(), allowedSubfolders.end(),
                            [&](const QString &s) { return rel.startsWith(s + QLatin1Char('/')); }))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int n = 0;
            while (!f.atEnd()) {
                ++n;
                const QString line = QString::fromUtf8(f.readLine()).trimmed();
                if (line.startsWith(QLatin1String("#include")) && banned.match(line).hasMatch())
                    found.append({rel, n, line});
            }
        }
        return found;
    }

    static QString describe(const QList<Offence> &list)
    {
        QStringList lines;
        for (const Offence &o : list)
            lines << QStringLiteral("%1:%2: %3").arg(o.file).arg(o.line).arg(o.text);
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void coreHasNoGuiOrWidgets()
    {
        static const QRegularExpression gui(QStringLiteral(
            R"(<(QtGui|QtWidgets|QtSvg|QtPrintSupport|QtCharts)/|<Q(Image|Color|Painter|Pixmap|Font|FontMetrics|Pen|Brush|Widget|Application|GuiApplication|Polygon|PolygonF|PainterPath|Transform|UndoCommand|UndoStack|Icon|Action)>)"));
        const auto offences = scan(QStringLiteral("core"), gui);
        QVERIFY2(offences.isEmpty(),
                 qPrintable(QStringLiteral("core must stay QtCore-only:\n") + describe(offences)));
    }

    void mapsHasNoWidgets()
    {
        static const QRegularExpression widgets(QStringLiteral(
            R"(<(QtWidgets|QtCharts)/|<Q(Widget|Application|MainWindow|Dialog|Label|DockWidget)>)"));
        const auto offences = scan(QStringLiteral("maps"), widgets);
        QVERIFY2(offences.isEmpty(),
                 qPrintable(QStringLiteral("maps must not use widgets:\n") + describe(offences)));
    }

    void gdalAndProjStayBehindWrappers()
    {
        static const QRegularExpression gdal(QStringLiteral(
            R"(<(gdal|gdal_priv|ogrsf_frmts|ogr_api|ogr_geometry|ogr_spatialref|ogr_srs_api|cpl_\w+|gdal_\w+)\.h>)"));
        static const QRegularExpression proj(QStringLiteral(R"(<proj\.h>)"));
        for (const QString &module :
             {QStringLiteral("core"), QStringLiteral("maps"), QStringLiteral("app")}) {
            const auto g = scan(module, gdal,
                                module == QLatin1String("core")
                                    ? QStringList{QStringLiteral("io"), QStringLiteral("crs")}
                                    : QStringList{});
            QVERIFY2(g.isEmpty(),
                     qPrintable(QStringLiteral("GDAL headers outside core/io, core/crs:\n") + describe(g)));
            const auto p =
                scan(module, proj,
                     module == QLatin1String("core") ? QStringList{QStringLiteral("crs")} : QStringList{});
            QVERIFY2(p.isEmpty(), qPrintable(QStringLiteral("proj.h outside core/crs:\n") + describe(p)));
        }
    }

    void coreOnlyBinaryDoesNotLoadQtGui()
    {
        // This very test links zhili_core and QtTest only; if core pulled in QtGui, the loader would show it.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QCoreApplication::applicationFilePath()});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Gui")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Widgets")), qPrintable(libs));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
