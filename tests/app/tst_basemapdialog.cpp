// Add basemap…: Enter in the source box checks the source and never adds it (nor closes the dialog); Add is
// enabled only for the source that was checked; a known GCJ-02 host ticks the GCJ-02 box; the window puts the
// basemap under the map, saves it with the styles and warns about GCJ-02 in a dialog.
#include "cache/geopackagecache.h"
#include "desktop/basemapactions.h"
#include "desktop/basemapdialog.h"
#include "desktop/cachesession.h"
#include "desktop/mainwindow.h"
#include "render/mapscene.h"
#include "testcache.h"
#include "testsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

class TestBasemapDialog : public QObject {
    Q_OBJECT

private:
    test::SettingsDir m_dir; // the developer's own settings stay out of the test
    QString m_tiles;         ///< file:// template of a one-tile folder
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ZHILI_TILE_CACHE", m_dir.filePath(QStringLiteral("tilecache")).toUtf8());
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(QColor(20, 140, 60));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("xyz/0/0"))));
        QVERIFY(tile.save(m_dir.filePath(QStringLiteral("xyz/0/0/0.png"))));
        m_tiles = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("xyz"))).toString() +
                  QStringLiteral("/{z}/{x}/{y}.png");
        m_cache = m_dir.filePath(QStringLiteral("cache.gpkg"));
        makeTestCache(m_cache);
    }

    void enterChecksAndNeverAdds()
    {
        BasemapDialog dialog{BasemapSource()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *source = dialog.findChild<QLineEdit *>(QStringLiteral("basemapSource"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("basemapAdd"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("basemapStatus"));
        QVERIFY(source && add && status);
        QVERIFY(!add->isEnabled());

        // A path that does not exist: Enter reports it, the dialog stays open and Add stays off.
        source->setFocus();
        QTest::keyClicks(source, m_dir.filePath(QStringLiteral("missing.mbtiles")));
        QTest::keyClick(source, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!add->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("missing.mbtiles")), qPrintable(status->text()));

        // The tile folder: Enter checks it and enables Add, but still does not add it.
        source->clear();
        QTest::keyClicks(source, m_tiles);
        QTest::keyClick(source, Qt::Key_Enter);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isChecked());
        QVERIFY(add->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("3857")), qPrintable(status->text()));
        dialog.grab().save(QStringLiteral(ZHILI_BINARY_DIR "/tests/basemapdialog.png")); // to look at
        // Editing the source after the check turns Add off until the box holds a checked source again.
        QTest::keyClicks(source, QStringLiteral("x"));
        QVERIFY(!add->isEnabled());
        QTest::keyClick(source, Qt::Key_Backspace);
        QVERIFY(add->isEnabled());
        QTest::keyClick(source, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        // Only a deliberate click adds it.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.source().location, m_tiles);
    }

    void knownGcj02HostTicksTheBox()
    {
        BasemapDialog dialog{BasemapSource()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *gcj = dialog.findChild<QCheckBox *>(QStringLiteral("basemapGcj02"));
        auto *attribution = dialog.findChild<QLineEdit *>(QStringLiteral("basemapAttribution"));
        QVERIFY(gcj && attribution);
        dialog.checkSource(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        QVERIFY(!gcj->isChecked());
        QCOMPARE(attribution->placeholderText(), QStringLiteral("© OpenStreetMap contributors"));
        dialog.checkSource(
            QStringLiteral("https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8"));
        QVERIFY(gcj->isChecked());
    }

    void windowAddsSavesAndWarns()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.gpkg"));
        QVERIFY(QFile::copy(m_cache, path));
        {
            MainWindow window;
            window.openCache(path);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *actions = window.findChild<BasemapActions *>();
            QVERIFY(actions && actions->addAction()->isEnabled());
            QVERIFY(!actions->removeAction()->isEnabled());
            // Not GCJ-02: no warning.
            QVERIFY(actions->apply(BasemapSource{m_tiles, QStringLiteral("© Test"), false}));
            QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("gcj02Warning")));
            QCOMPARE(window.session()->scene()->layer(LayerKind::Basemap).attribution(),
                     QStringLiteral("© Test"));
            QVERIFY(actions->removeAction()->isEnabled());
            // GCJ-02 tiles under CGCS2000 parcels: a warning that says what to do.
            QVERIFY(actions->apply(BasemapSource{m_tiles, QStringLiteral("© Test"), true}));
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("gcj02Warning"));
            QVERIFY(box && box->isVisible());
            QVERIFY(box->text().contains(QStringLiteral("several hundred metres")));
            QVERIFY(box->text().contains(QStringLiteral("EPSG:4549")));
            box->close();
            // A source that cannot be opened changes nothing.
            QTimer::singleShot(0, [] {
                if (auto *m = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    m->accept();
            });
            QVERIFY(
                !actions->apply(BasemapSource{m_dir.filePath(QStringLiteral("none.tif")), QString(), false}));
            QCOMPARE(window.session()->scene()->layer(LayerKind::Basemap).style.rasterPath, m_tiles);
        }
        // Saved with the cache's styles: the next open has it, and warns again.
        MainWindow window;
        window.openCache(path);
        QCOMPARE(window.session()->scene()->layer(LayerKind::Basemap).style.rasterPath, m_tiles);
        QVERIFY(window.session()->scene()->layer(LayerKind::Basemap).style.gcj02);
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("gcj02Warning")));
    }
};

QTEST_MAIN(TestBasemapDialog)
#include "tst_basemapdialog.moc"
