// A district's first steps in the window (issue 14, items 12 and 14): File ▸ New cache makes a valid
// GeoPackage in the chosen CRS (read by GeoPackageCache and ogrinfo), Enter in its boxes never creates, an
// existing file is replaced only when confirmed; File ▸ Import district boundaries adds districts through the
// dialog and a bad file leaves the cache as it was with a message naming the file; a closed cache leaves the
// welcome panel with working buttons; Help ▸ User guide opens in both languages with its images and links.
#include "cache/cachedisplayname.h"
#include "cache/geopackagecache.h"
#include "desktop/cachesession.h"
#include "desktop/districtimportdialog.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "desktop/newcachedialog.h"
#include "desktop/userguidewindow.h"
#include "desktop/welcomepanel.h"
#include "testcache.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace zhili;

namespace {

const QString kDistricts = QStringLiteral(ZHILI_SOURCE_DIR "/resources/demo/hangzhou_demo_districts.shp");

// Runs a program; its exit code (-1 when it could not run), output in `out`.
int run(const QString &program, const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void pressEnter(QWidget *w)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_Return);
    QTest::keyClick(w, Qt::Key_Enter);
}

} // namespace

class TestNewCache : public QObject {
    Q_OBJECT
    test::SettingsDir m_dir; // the developer's own settings stay out of the test

private Q_SLOTS:
    void newCacheIsAGeoPackageInTheChosenCrs()
    {
        NewCacheDialog dialog;
        QCOMPARE(dialog.epsg(), GeoPackageCache::kDefaultEpsg); // EPSG:4549 unless changed
        QVERIFY2(dialog.crsMessage().contains(QStringLiteral("EPSG:4549")), qPrintable(dialog.crsMessage()));
        auto *crs = dialog.findChild<QComboBox *>(QStringLiteral("newCacheCrs"));
        QVERIFY(crs);
        QCOMPARE(crs->count(), 4554 - 4513 + 1);                // the CGCS2000 Gauss-Kruger zones
        dialog.setPath(m_dir.filePath(QStringLiteral("xihu"))); // ".gpkg" is added
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("xihu.gpkg")));
        QCOMPARE(dialog.displayName(), QStringLiteral("xihu")); // the file name until one is typed
        dialog.setDisplayName(QStringLiteral("西湖区 2026"));
        dialog.setCrsText(QStringLiteral("4528"));
        QCOMPARE(dialog.epsg(), 4528);
        QVERIFY2(dialog.create(), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QString file = m_dir.filePath(QStringLiteral("xihu.gpkg"));
        {
            auto cache = GeoPackageCache::open(file, true);
            QCOMPARE(cache->crs().epsg(), 4528);
            QCOMPARE(cache->parcelCount(), qint64(0));
            QCOMPARE(CacheDisplayName::read(*cache), QStringLiteral("西湖区 2026"));
        }
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (!ogrinfo.isEmpty()) {
            QString out;
            QCOMPARE(run(ogrinfo,
                         {QStringLiteral("-ro"), QStringLiteral("-so"), file, QStringLiteral("parcels")},
                         &out),
                     0);
            QVERIFY2(out.contains(QStringLiteral("Feature Count: 0")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("4528")), qPrintable(out));
        }
        // GDAL's GeoPackage validator, where it is installed: no complaints.
        QString out;
        if (run(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import osgeo_utils")}) == 0) {
            const int rc =
                run(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), file}, &out);
            QVERIFY2(rc == 0 && out.trimmed().isEmpty(), qPrintable(out));
        }
    }

    void unknownOrGeographicCrsIsRefused()
    {
        NewCacheDialog dialog;
        dialog.setPath(m_dir.filePath(QStringLiteral("bad-crs.gpkg")));
        dialog.setCrsText(QStringLiteral("EPSG:999999"));
        QCOMPARE(dialog.epsg(), 0);
        QVERIFY2(dialog.crsMessage().contains(QStringLiteral("999999")), qPrintable(dialog.crsMessage()));
        QVERIFY(!dialog.create());
        QVERIFY(dialog.lastError().contains(QStringLiteral("999999")));
        dialog.setCrsText(QStringLiteral("4490")); // CGCS2000 in degrees
        QCOMPARE(dialog.epsg(), 0);
        QVERIFY2(dialog.crsMessage().contains(QStringLiteral("geographic")), qPrintable(dialog.crsMessage()));
        QVERIFY(!dialog.create());
        QVERIFY(!QFileInfo::exists(dialog.path()));
    }

    // Item 1's rule for every path box: Enter checks what was typed and never runs the operation.
    void enterInTheBoxesDoesNotCreate()
    {
        NewCacheDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("newCachePath"));
        QVERIFY(path);
        const QString typed = m_dir.filePath(QStringLiteral("entered"));
        path->setFocus();
        QTest::keyClicks(path, typed);
        pressEnter(path);
        QCOMPARE(path->text(), QDir::toNativeSeparators(typed + QStringLiteral(".gpkg"))); // checked
        QCOMPARE(dialog.displayName(), QStringLiteral("entered"));
        pressEnter(dialog.findChild<QLineEdit *>(QStringLiteral("newCacheName")));
        pressEnter(dialog.findChild<QComboBox *>(QStringLiteral("newCacheCrs"))->lineEdit());
        QCoreApplication::processEvents();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!QFileInfo::exists(typed + QStringLiteral(".gpkg")));
    }

    void existingFileIsReplacedOnlyWhenConfirmed()
    {
        const QString file = m_dir.filePath(QStringLiteral("existing.gpkg"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        int asked = 0;
        NewCacheDialog keep;
        keep.setConfirmReplace([&asked](const QString &) { return ++asked, false; });
        keep.setPath(file);
        QVERIFY(!keep.create());
        QCOMPARE(asked, 1);
        QCOMPARE(readFile(file), QStringLiteral("precious"));

        NewCacheDialog open; // the cache open in the window is never replaced, not even when confirmed
        open.setConfirmReplace([](const QString &) { return true; });
        open.setOpenCachePath(file);
        open.setPath(file);
        QVERIFY(!open.create());
        QVERIFY(open.lastError().contains(QStringLiteral("existing.gpkg")));
        QCOMPARE(readFile(file), QStringLiteral("precious"));

        NewCacheDialog replace;
        replace.setConfirmReplace([](const QString &) { return true; });
        replace.setPath(file);
        QVERIFY2(replace.create(), qPrintable(replace.lastError()));
        QCOMPARE(GeoPackageCache::open(file, true)->crs().epsg(), 4549);
    }

    void districtImportAddsDistricts()
    {
        const QString file = m_dir.filePath(QStringLiteral("districts.gpkg"));
        GeoPackageCache::create(file);
        DistrictImportDialog dialog(file, QStringLiteral("tester"));
        QVERIFY2(dialog.setSource(kDistricts), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.nameField(), QStringLiteral("XZQMC")); // as import-districts would choose
        QSignalSpy ended(&dialog, &DistrictImportDialog::importEnded);
        QVERIFY(dialog.startImport());
        QVERIFY(ended.wait(60000));
        QVERIFY2(ended.first().first().toBool(), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        const QStringList names = GeoPackageCache::open(file, true)->districtNames();
        QVERIFY(names.size() >= 5);
        QVERIFY2(names.contains(QStringLiteral("西湖区")), qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(dialog.report()->inserted, qint64(names.size()));
        QDir().mkpath(QStringLiteral(ZHILI_BINARY_DIR "/screenshots")); // for review, as the other dialogs
        QVERIFY(dialog.grab().save(QStringLiteral(ZHILI_BINARY_DIR "/screenshots/g12-district-import.png")));
    }

    void badDistrictFileChangesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("keep.gpkg"));
        test::makeTestCache(file);
        const QByteArray before = test::tableHash(file, QStringLiteral("districts"));
        // One good district and one whose name is empty: the whole file is refused.
        const QString source = m_dir.filePath(QStringLiteral("broken-districts.geojson"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray json = test::featureCollection(
            {{QStringLiteral("\"XZQMC\":\"新区\""), test::squareGeoJson(515000, 3349000, 500)},
             {QStringLiteral("\"XZQMC\":\"\""), test::squareGeoJson(516000, 3349000, 500)}});
        // In the cache's CRS (GeoJSON without one would be read as longitude/latitude).
        json.replace("{\"type\":\"FeatureCollection\",",
                     "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                     "\"EPSG:4549\"}},");
        f.write(json);
        f.close();
        DistrictImportDialog dialog(file, QString());
        QVERIFY2(dialog.setSource(source), qPrintable(dialog.lastError()));
        QSignalSpy ended(&dialog, &DistrictImportDialog::importEnded);
        QVERIFY(dialog.startImport());
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().first().toBool(), false);
        const auto boxes = dialog.findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(dialog.lastError().contains(QStringLiteral("is empty")), qPrintable(dialog.lastError()));
        QVERIFY2(boxes.first()->text().contains(QStringLiteral("broken-districts.geojson")),
                 qPrintable(boxes.first()->text()));
        QCOMPARE(test::tableHash(file, QStringLiteral("districts")), before);
    }

    void closingShowsTheWelcomePanel()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        test::makeTestCache(demo);
        qputenv("ZHILI_DEMO_CACHE", demo.toUtf8());
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *centre = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(centre);
        WelcomePanel *welcome = window.welcomePanel();
        QCOMPARE(centre->currentWidget(), welcome); // no cache at start: next steps, not a blank map

        auto button = [welcome](QAction *action) -> QCommandLinkButton * {
            const QString text = action->text().remove(QLatin1Char('&'));
            for (QCommandLinkButton *b : welcome->buttons())
                if (b->text() == text)
                    return b;
            return nullptr;
        };
        QCommandLinkButton *openDemo = button(window.demoAction());
        QVERIFY(openDemo && openDemo->isEnabled());
        QVERIFY2(openDemo->description().isEmpty() || !openDemo->description().contains(QLatin1Char('&')),
                 qPrintable(openDemo->description()));
        QVERIFY(button(window.newCacheAction())
                    ->description()
                    .contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        QTest::mouseClick(openDemo, Qt::LeftButton);
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->path(), demo);
        QCOMPARE(centre->currentWidget(), static_cast<QWidget *>(window.canvas()));

        window.closeAction()->trigger();
        QVERIFY(!window.session()->isOpen());
        QCOMPARE(centre->currentWidget(), welcome);
        QCommandLinkButton *recent = nullptr; // the demo is now a recent cache
        for (QCommandLinkButton *b : welcome->buttons())
            if (b->text() == QStringLiteral("demo.gpkg"))
                recent = b;
        QVERIFY(recent);
        QTest::mouseClick(recent, Qt::LeftButton);
        QVERIFY(window.session()->isOpen());
        window.closeAction()->trigger();

        // New cache… from the panel: the dialog makes the file and the window opens it, named in the title.
        const QString made = m_dir.filePath(QStringLiteral("from-welcome.gpkg"));
        QTimer::singleShot(0, [made] {
            auto *dialog = qobject_cast<NewCacheDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setPath(made);
            dialog->setDisplayName(QStringLiteral("拱墅区"));
            dialog->create();
        });
        QTest::mouseClick(button(window.newCacheAction()), Qt::LeftButton);
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->path(), made);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("拱墅区")), qPrintable(window.windowTitle()));
        QCOMPARE(centre->currentWidget(), static_cast<QWidget *>(window.canvas()));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importDistrictsAction"))->isEnabled());
        qunsetenv("ZHILI_DEMO_CACHE");
    }

    void userGuideInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("notInIt");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("使用指南")
                            << QStringLiteral("User guide");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Zhili user guide")
                            << QStringLiteral("使用指南");
    }

    void userGuideInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, notInIt);
        UserGuideWindow guide(language);
        guide.resize(700, 500);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QTextBrowser *browser = guide.browser();
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(title), qPrintable(text.left(200)));
        QVERIFY(!text.contains(notInIt));
        for (const char *step : {"Ctrl+Z", "Ctrl+B", "Ctrl+E", "Ctrl+N", "EPSG:4549"})
            QVERIFY2(text.contains(QLatin1String(step)), step);

        // Every image of the page loads from the resources.
        const QString html = readFile(QStringLiteral(":/zhili/help/guide_%1.html").arg(language));
        QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
        int images = 0;
        for (auto it = img.globalMatch(html); it.hasNext(); ++images) {
            const QUrl url = browser->source().resolved(QUrl(it.next().captured(1)));
            const QVariant resource = browser->document()->resource(QTextDocument::ImageResource, url);
            QVERIFY2(resource.isValid() && !resource.isNull(), qPrintable(url.toString()));
            QImage image = qvariant_cast<QImage>(resource);
            if (image.isNull())
                image = QImage::fromData(resource.toByteArray());
            QVERIFY2(!image.isNull() && image.width() >= 400, qPrintable(url.toString()));
        }
        QVERIFY(images >= 3);

        // Every link to a section has its anchor, and following one scrolls there.
        QRegularExpression link(QStringLiteral("href=\"#([a-z]+)\""));
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QString anchor = it.next().captured(1);
            QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(anchor)), qPrintable(anchor));
        }
        QScrollBar *bar = browser->verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        browser->setSource(QUrl(QStringLiteral("#sync")));
        QTRY_VERIFY(bar->value() > 0);
        browser->backward();
        QTRY_COMPARE(bar->value(), 0);
    }

    void f1OpensTheGuide()
    {
        MainWindow window;
        QCOMPARE(window.userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
        window.userGuideAction()->trigger();
        QVERIFY(window.userGuide());
        QVERIFY(window.userGuide()->isVisible());
        // The tests run without a Chinese locale: the English guide.
        QVERIFY(window.userGuide()->browser()->toPlainText().contains(QStringLiteral("Zhili user guide")));
    }
};

QTEST_MAIN(TestNewCache)
#include "tst_newcache.moc"
