// Import dialog: encoding/CRS preview of the bundled GBK demo shapefile, import off the GUI thread checked
// against ogrinfo and SQL, cancel and failure leave the cache unchanged.
#include "cache/geopackagecache.h"
#include "desktop/importdialog.h"
#include "testcache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace zhili;

namespace {

const QString kDemo = QStringLiteral(ZHILI_SOURCE_DIR "/resources/demo/hangzhou_demo_parcels");

bool hasHanzi(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// Copies the demo shapefile's parts (all but `skipExt`) to dir; returns the .shp path.
QString copyDemo(const QString &dir, const QString &skipExt = QString())
{
    for (const char *ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
        if (skipExt == QLatin1String(ext))
            continue;
        QFile::copy(kDemo + QLatin1String(ext), dir + QStringLiteral("/demo") + QLatin1String(ext));
    }
    return dir + QStringLiteral("/demo.shp");
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(kDemo + QStringLiteral(".shp")))
            QSKIP("the bundled demo shapefile is missing");
        QVERIFY(m_dir.isValid());
    }

    void previewAndImport()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("new.gpkg"));
        ImportDialog dialog(cachePath, QStringLiteral("tester"));
        QVERIFY2(dialog.setSource(kDemo + QStringLiteral(".shp")), qPrintable(dialog.lastError()));
        // GBK declared by the .cpg: the dialog names the encoding and shows decoded Chinese samples.
        QVERIFY2(dialog.encodingText().contains(QStringLiteral("936")) ||
                     dialog.encodingText().contains(QStringLiteral("GB"), Qt::CaseInsensitive),
                 qPrintable(dialog.encodingText()));
        bool chinese = false;
        for (int r = 0; r < dialog.previewTable()->rowCount(); ++r)
            chinese = chinese || hasHanzi(dialog.previewTable()->item(r, 2)->text());
        QVERIFY(chinese);
        QVERIFY(!dialog.options().fieldMap.value(QStringLiteral("code")).isEmpty());
        // Parcels gone from the file are kept unless the user asks for their removal.
        auto *removeMissing = dialog.findChild<QCheckBox *>(QStringLiteral("removeMissing"));
        QVERIFY(removeMissing && !removeMissing->isChecked());
        QVERIFY(!dialog.options().removeMissing);
        removeMissing->setChecked(true);
        QVERIFY(dialog.options().removeMissing);
        removeMissing->setChecked(false);

        QSignalSpy ended(&dialog, &ImportDialog::importEnded);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QVERIFY(dialog.startImport());
        QVERIFY(dialog.isRunning());
        QVERIFY(ended.wait(180000));
        QCOMPARE(ended.first().first().toBool(), true);
        QCOMPARE(finished.count(), 1);
        QVERIFY(dialog.report().has_value());
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());

        auto cache = GeoPackageCache::open(cachePath, true);
        const qint64 inCache =
            cache->db().scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong();
        QCOMPARE(dialog.report()->inserted, inCache);
        // Compare with GDAL's own count of the source.
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (!ogrinfo.isEmpty()) {
            QProcess p;
            p.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-so"), QStringLiteral("-al"),
                              kDemo + QStringLiteral(".shp")});
            QVERIFY(p.waitForFinished(60000));
            const auto m = QRegularExpression(QStringLiteral("Feature Count: (\\d+)"))
                               .match(QString::fromUtf8(p.readAllStandardOutput()));
            QVERIFY(m.hasMatch());
            QCOMPARE(inCache + dialog.report()->skippedEmpty.size(), m.captured(1).toLongLong());
        }
    }

    void screenshot()
    {
        QDir().mkpath(QStringLiteral(ZHILI_BINARY_DIR "/screenshots"));
        ImportDialog dialog(m_dir.filePath(QStringLiteral("shot.gpkg")), QStringLiteral("tester"));
        QVERIFY(dialog.setSource(kDemo + QStringLiteral(".shp")));
        QVERIFY(dialog.grab().save(QStringLiteral(ZHILI_BINARY_DIR "/screenshots/g2-import.png")));
    }

    // Enter in the path box loads the preview (encoding, CRS, fields) and never imports (issue 14.1: Enter
    // used to import every feature before any of it could be checked). Tab out of the box loads it too.
    void enterInPathBoxOnlyPreviews()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("enter.gpkg"));
        ImportDialog dialog(cachePath, QStringLiteral("tester"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy started(&dialog, &ImportDialog::importFinished);
        auto *path = dialog.findChild<QLineEdit *>();
        QVERIFY(path);
        path->setFocus();
        QTest::keyClicks(path, kDemo + QStringLiteral(".shp"));
        QTest::keyClick(path, Qt::Key_Return);
        QVERIFY(dialog.previewTable()->rowCount() > 0);
        QTest::keyClick(path, Qt::Key_Enter);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.isVisible());
        QTest::qWait(200);
        QCOMPARE(started.count(), 0);
        QVERIFY(!QFile::exists(cachePath));

        ImportDialog tabbed(m_dir.filePath(QStringLiteral("tab.gpkg")), QStringLiteral("tester"));
        tabbed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabbed));
        auto *tabPath = tabbed.findChild<QLineEdit *>();
        tabPath->setFocus();
        QTest::keyClicks(tabPath, kDemo + QStringLiteral(".shp"));
        QTest::keyClick(tabPath, Qt::Key_Tab);
        QVERIFY(tabbed.previewTable()->rowCount() > 0);
        QVERIFY(!tabbed.isRunning());
    }

    void cancelLeavesCacheUnchanged()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("existing.gpkg"));
        {
            auto cache = test::makeTestCache(cachePath);
            m_before = test::tableHash(cache->db(), QStringLiteral("parcels"));
        }
        ImportDialog dialog(cachePath, QStringLiteral("tester"));
        QVERIFY(dialog.setSource(kDemo + QStringLiteral(".shp")));
        QSignalSpy ended(&dialog, &ImportDialog::importEnded);
        QVERIFY(dialog.startImport());
        dialog.cancelImport();
        QVERIFY(ended.wait(180000));
        QCOMPARE(ended.first().first().toBool(), false);
        QVERIFY(!dialog.report().has_value());
        QVERIFY(dialog.findChildren<QMessageBox *>().isEmpty()); // a cancel is not an error
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(test::tableHash(cache->db(), QStringLiteral("parcels")), m_before);
    }

    void missingCrsFailsClearlyAndChangesNothing()
    {
        QTemporaryDir src;
        const QString shp = copyDemo(src.path(), QStringLiteral(".prj"));
        const QString cachePath = m_dir.filePath(QStringLiteral("existing2.gpkg"));
        QByteArray before;
        {
            auto cache = test::makeTestCache(cachePath);
            before = test::tableHash(cache->db(), QStringLiteral("parcels"));
        }
        ImportDialog dialog(cachePath, QStringLiteral("tester"));
        QVERIFY(dialog.setSource(shp));
        QVERIFY(dialog.options().crs.isEmpty());
        QSignalSpy ended(&dialog, &ImportDialog::importEnded);
        QVERIFY(dialog.startImport());
        QVERIFY(ended.wait(180000));
        QCOMPARE(ended.first().first().toBool(), false);
        QVERIFY(!dialog.lastError().isEmpty());
        QCOMPARE(dialog.findChildren<QMessageBox *>().size(), 1); // the error dialog
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(test::tableHash(cache->db(), QStringLiteral("parcels")), before);
    }

    void notALayerIsRefused()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.shp"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a shapefile");
        f.close();
        ImportDialog dialog(m_dir.filePath(QStringLiteral("x.gpkg")), QStringLiteral("tester"));
        QVERIFY(!dialog.setSource(bogus));
        QVERIFY(dialog.lastError().contains(QStringLiteral("bogus.shp")));
        QVERIFY(!dialog.startImport());
    }

    // Repeated codes (a parcel split into several records): refused by default with the code named, merged
    // into one multipolygon when the user picks "merge" in the dialog.
    void repeatedCodesRefusedOrMerged()
    {
        auto feature = [](const QString &code, double x) {
            return QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"DKBH\":\"%1\",\"XZQ\":\"西湖区\"},"
                                  "\"geometry\":%2}")
                .arg(code, test::squareGeoJson(x, 3349000, 80));
        };
        const QString file = m_dir.filePath(QStringLiteral("split.geojson"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                               "{\"name\":\"EPSG:4549\"}},\"features\":[%1,%2,%3]}")
                    .arg(feature(QStringLiteral("FD-1"), 515000), feature(QStringLiteral("FD-1"), 515200),
                         feature(QStringLiteral("ONE-1"), 515400))
                    .toUtf8());
        f.close();

        const QString refusedPath = m_dir.filePath(QStringLiteral("dup-refused.gpkg"));
        {
            ImportDialog dialog(refusedPath, QStringLiteral("tester"));
            QVERIFY2(dialog.setSource(file), qPrintable(dialog.lastError()));
            QSignalSpy ended(&dialog, &ImportDialog::importEnded);
            QVERIFY(dialog.startImport());
            QVERIFY(ended.wait(60000));
            QCOMPARE(ended.first().first().toBool(), false);
            QVERIFY2(dialog.lastError().contains(QStringLiteral("FD-1")), qPrintable(dialog.lastError()));
            QVERIFY(!QFileInfo::exists(refusedPath)); // a failed first import leaves no cache
        }

        const QString mergedPath = m_dir.filePath(QStringLiteral("dup-merged.gpkg"));
        ImportDialog dialog(mergedPath, QStringLiteral("tester"));
        QVERIFY(dialog.setSource(file));
        QComboBox *choice = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->findData(int(DuplicateCodes::Merge)) >= 0 && box->count() == 3)
                choice = box;
        QVERIFY(choice);
        QCOMPARE(DuplicateCodes(choice->currentData().toInt()), DuplicateCodes::Refuse); // the default
        choice->setCurrentIndex(choice->findData(int(DuplicateCodes::Merge)));
        QCOMPARE(dialog.options().duplicates, DuplicateCodes::Merge);
        QSignalSpy ended(&dialog, &ImportDialog::importEnded);
        QVERIFY(dialog.startImport());
        QVERIFY(ended.wait(60000));
        QVERIFY2(ended.first().first().toBool(), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.report()->duplicateCodes.size(), 1); // the report names the merged code
        QVERIFY2(dialog.report()->duplicateCodes.first().contains(QStringLiteral("FD-1")),
                 qPrintable(dialog.report()->duplicateCodes.first()));
        auto cache = GeoPackageCache::open(mergedPath, true);
        QCOMPARE(cache->parcelCount(), 2);
        // The merged parcel covers both squares: 2 × 80 m × 80 m.
        QCOMPARE(qRound(cache->requireParcel(QStringLiteral("FD-1")).areaM2), 12800);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_before;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
