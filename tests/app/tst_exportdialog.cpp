// Export dialog: Enter in the path box never exports; the Export button writes the selection, a district or
// everything off the GUI thread (the file read back), the CRS box reaches the file, a bad entry shows its
// error without a file; File ▸ Export parcels… and the attribute table's "Export selection…" open it.
#include "cache/sqlitedatabase.h"
#include "desktop/attributetabledock.h"
#include "desktop/cachesession.h"
#include "desktop/exportdialog.h"
#include "desktop/mainwindow.h"
#include "desktop/pathfield.h"
#include "syntheticcache.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace zhili;
using namespace zhili::test;

namespace {

qint64 gpkgRows(const QString &path)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    return db.scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong();
}

QSet<qint64> someFids(const QString &cachePath, int n)
{
    SqliteDatabase db(cachePath, SqliteDatabase::Mode::ReadOnly);
    auto st = db.prepare(QStringLiteral("SELECT fid FROM parcels ORDER BY fid LIMIT ?"));
    st.bind(1, n);
    QSet<qint64> fids;
    while (st.step())
        fids.insert(st.integer(0));
    return fids;
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
    test::SettingsDir m_dir; // the developer's own settings stay out of the test
    GridSpec m_spec;
    QString m_cache;
    QStringList m_districts{QStringLiteral("余杭区"), QStringLiteral("滨江区"), QStringLiteral("西湖区")};

    // Clicks Export and waits for the end; true when it succeeded.
    bool clickExport(ExportDialog &dialog)
    {
        QSignalSpy ended(&dialog, &ExportDialog::exportEnded);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        if (!ended.wait(30000))
            return false;
        return ended.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("grid.gpkg"));
        createGridCache(m_cache, m_spec);
    }

    void enterInPathBoxDoesNotExport()
    {
        ExportDialog dialog(m_cache, m_districts, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy ended(&dialog, &ExportDialog::exportEnded);
        const QString out = m_dir.filePath(QStringLiteral("enter.gpkg"));
        dialog.pathField()->setFocus();
        QTest::keyClicks(dialog.pathField(), out);
        QTest::keyClick(dialog.pathField(), Qt::Key_Return);
        QTest::keyClick(dialog.pathField(), Qt::Key_Enter);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.isVisible());
        dialog.crsEdit()->setFocus(); // nor in any other box: Export is no default button
        QTest::keyClick(dialog.crsEdit(), Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(ended.count(), 0);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!dialog.exportButton()->isDefault() && !dialog.exportButton()->autoDefault());
        // The deliberate click writes it.
        QVERIFY(clickExport(dialog));
        QCOMPARE(gpkgRows(out), qint64(m_spec.columns * m_spec.rows));
    }

    void exportsSelectionAndDistrict()
    {
        ExportDialog dialog(m_cache, m_districts, someFids(m_cache, 4));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString sel = m_dir.filePath(QStringLiteral("sel.gpkg"));
        dialog.setOutputPath(sel);
        QVERIFY(clickExport(dialog));
        QCOMPARE(dialog.report()->parcels, qint64(4));
        QCOMPARE(gpkgRows(sel), qint64(4));

        dialog.setScope(ExportDialog::Scope::District);
        dialog.setDistrict(QStringLiteral("西湖区")); // columns 0 and 3 of the grid
        const QString csv = m_dir.filePath(QStringLiteral("xh.csv"));
        dialog.setOutputPath(csv);
        QVERIFY(clickExport(dialog));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + 2 * m_spec.rows);
        QCOMPARE(bytes.count("西湖区"), 2 * m_spec.rows);
    }

    void crsAndEncodingReachTheFile()
    {
        ExportDialog dialog(m_cache, m_districts, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("wgs.geojson")));
        QVERIFY(!dialog.encodingBox()->isEnabled()); // GeoJSON is always UTF-8
        dialog.crsEdit()->setText(QStringLiteral("EPSG:4490"));
        QVERIFY(clickExport(dialog));
        QFile f(m_dir.filePath(QStringLiteral("wgs.geojson")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("features")).toArray().size(), m_spec.columns * m_spec.rows);
        QVERIFY(QJsonDocument(doc.value(QStringLiteral("crs")).toObject()).toJson().contains("4490"));

        dialog.setOutputPath(m_dir.filePath(QStringLiteral("gbk.shp")));
        QVERIFY(dialog.encodingBox()->isEnabled());
        dialog.encodingBox()->setCurrentIndex(1);
        dialog.crsEdit()->clear();
        QVERIFY(clickExport(dialog));
        QFile cpg(m_dir.filePath(QStringLiteral("gbk.cpg")));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QCOMPARE(cpg.readAll(), QByteArray("936"));
    }

    void badCrsShowsErrorAndWritesNothing()
    {
        ExportDialog dialog(m_cache, m_districts, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString out = m_dir.filePath(QStringLiteral("bad.gpkg"));
        dialog.setOutputPath(out);
        dialog.crsEdit()->setText(QStringLiteral("EPSG:0"));
        QVERIFY(!clickExport(dialog));
        QVERIFY2(dialog.lastError().contains(QStringLiteral("--crs")), qPrintable(dialog.lastError()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(dialog.isVisible());
    }

    void windowOpensItFromMenuAndTable()
    {
        MainWindow window;
        window.openCache(m_cache);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("exportParcelsAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->options().fids == std::nullopt); // nothing selected: all parcels
        dialog->close();
        QTRY_VERIFY(!window.findChild<ExportDialog *>(QStringLiteral("exportDialog")));

        AttributeTableDock *table = window.attributeTable();
        table->show();
        QTRY_VERIFY(table->view()->model()->rowCount() >= 3);
        QAbstractItemModel *model = table->view()->model();
        table->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 0)),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        QTRY_COMPARE(window.session()->selection().size(), 3);
        bool triggered = false;
        QTimer::singleShot(100, this, [&triggered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions())
                if (a->text().startsWith(QStringLiteral("Export selection")) && a->isEnabled()) {
                    triggered = true;
                    a->trigger();
                }
            menu->close();
        });
        emit table->view()->customContextMenuRequested(QPoint(5, 5));
        QVERIFY(triggered);
        dialog = window.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->options().fids->size(), 3);
        dialog->close();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
