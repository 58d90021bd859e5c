// The export dialog previews the sheet as options change and exports through the same layout as the CLI.
#include "desktop/snapshotdialog.h"
#include "syntheticcache.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

class TestSnapshotDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void previewAndExport()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("g.gpkg"));
        test::createGridCache(cache);
        Envelope view;
        view.minX = 515000;
        view.minY = 3350000;
        view.maxX = 515700;
        view.maxY = 3350500;
        SnapshotDialog dialog(cache, view);
        const QImage first = dialog.previewImage();
        QVERIFY(!first.isNull());
        QCOMPARE(dialog.frame().kind, SnapshotFrame::Kind::Extent);
        // Switching to A4 portrait changes the preview's shape.
        auto *page = dialog.findChild<QComboBox *>();
        QVERIFY(page);
        page->setCurrentIndex(page->findData(QStringLiteral("A4-portrait")));
        dialog.updatePreview();
        QVERIFY(dialog.previewImage().height() > dialog.previewImage().width());
        const QString pdf = dir.filePath(QStringLiteral("view.pdf"));
        QVERIFY2(dialog.exportTo(pdf), qPrintable(dialog.errorMessage()));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished(30000);
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("595 x 842 pts")));
        QVERIFY(!dialog.exportTo(dir.filePath(QStringLiteral("nope/x.png"))));
        QVERIFY(dialog.errorMessage().contains(QStringLiteral("nope")));
    }
};

QTEST_MAIN(TestSnapshotDialog)
#include "tst_snapshotdialog.moc"
