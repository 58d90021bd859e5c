// The main window on a synthetic grid cache whose parcels are known by construction: identify shows the
// clicked parcel's code and area (亩 computed by hand), selection by click / shift-click / rectangle / filter
// matches SQL counts, zoom and pan move the extent as expected, the status bar read-outs agree with PROJ's
// cs2cs, and `zhili --screenshot` writes the window in Chinese and English (screenshots/ in the build dir,
// for review).
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "crs/crs.h"
#include "desktop/attributetabledock.h"
#include "desktop/cachesession.h"
#include "desktop/districtchooser.h"
#include "desktop/identifypanel.h"
#include "desktop/identifytool.h"
#include "desktop/layerpanel.h"
#include "desktop/legenddelegate.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "desktop/mapstatuswidget.h"
#include "desktop/parceleditordock.h"
#include "desktop/parceltablemodel.h"
#include "desktop/selectbyfilterdialog.h"
#include "layers/legendmodel.h"
#include "render/mapscene.h"
#include "render/parcelstore.h"
#include "render/renderjob.h"
#include "syntheticcache.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

QString sqlText(const QString &path, const QString &sql)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    return db.scalar(sql).toString();
}

void sendMouse(QWidget *w, QEvent::Type type, const QPointF &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}

void drag(QWidget *w, QPointF from, QPointF to, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, mods);
    for (int i = 1; i <= 5; ++i)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * (i / 5.0), Qt::NoButton, Qt::LeftButton, mods);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, mods);
}

void click(QWidget *w, QPointF at, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    sendMouse(w, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, mods);
    sendMouse(w, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, mods);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    test::SettingsDir m_dir; // the developer's own settings stay out of the test
    GridSpec m_spec;
    QString m_cachePath;
    std::unique_ptr<MainWindow> m_window;

    MapCanvas *canvas() const { return m_window->canvas(); }
    QPointF parcelPixel(int c, int r) const
    {
        double x = 0, y = 0;
        gridParcelCenter(m_spec, c, r, &x, &y);
        return canvas()->toPixel(QPointF(x, y));
    }
    void waitForMap() { QTRY_VERIFY_WITH_TIMEOUT(canvas()->isRenderComplete(), 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cachePath = m_dir.filePath(QStringLiteral("grid.gpkg"));
        createGridCache(m_cachePath, m_spec);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->openCache(m_cachePath);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        canvas()->zoomToFull();
        waitForMap();
    }

    void opensAtFullExtent()
    {
        const Envelope e = canvas()->extent();
        const double right = m_spec.originX + m_spec.columns * (m_spec.size + m_spec.gap) - m_spec.gap;
        const double top = m_spec.originY + m_spec.rows * (m_spec.size + m_spec.gap) - m_spec.gap;
        QVERIFY(e.contains(m_spec.originX, m_spec.originY));
        QVERIFY(e.contains(right, top));
        QCOMPARE(m_window->session()->scene()->parcelCount(), qint64(m_spec.columns * m_spec.rows));
        QVERIFY(!canvas()->renderedImage().isNull());
    }

    void firstOpenFillsTheCanvas()
    {
        // Opened before the window is shown and laid out (as at start-up with fresh settings): once it has
        // its size the city fills the canvas, not a corner of it.
        MainWindow window;
        window.openCache(m_cachePath);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MapCanvas *c = window.canvas();
        const Envelope full = window.session()->scene()->fullExtent();
        auto filled = [&] {
            const Envelope shown = c->extent();
            return std::max(full.width() / shown.width(), full.height() / shown.height());
        };
        QTRY_VERIFY2(filled() > 0.9 && filled() <= 1.0, qPrintable(QString::number(filled())));
        QVERIFY(c->extent().contains(full.minX, full.minY) && c->extent().contains(full.maxX, full.maxY));
        window.resize(1000, 700);
        QTRY_VERIFY2(filled() > 0.9 && filled() <= 1.0, qPrintable(QString::number(filled())));
        // Once the user has zoomed, a resize keeps the scale (as QGIS does).
        c->zoomIn();
        const double upp = c->mapUnitsPerPixel();
        const int width = c->width();
        window.resize(1300, 800);
        QTRY_VERIFY(c->width() > width);
        QCOMPARE(c->mapUnitsPerPixel(), upp);
    }

    void tableColumnsShowHeadersAndValues()
    {
        // Headers such as "用能（吨标准煤/年）" and codes were cut at Qt's default 100 px.
        QTableView *view = m_window->attributeTable()->view();
        ParcelTableModel *model = m_window->attributeTable()->model();
        const QFontMetrics fm = view->fontMetrics();
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(view->columnWidth(c) >= fm.horizontalAdvance(header), qPrintable(header));
            const QString first = model->index(0, c).data().toString();
            QVERIFY2(view->columnWidth(c) >= fm.horizontalAdvance(first), qPrintable(first));
        }
    }

    void tableRowIdentifiesBesideTheEditor()
    {
        AttributeTableDock *table = m_window->attributeTable();
        ParcelTableModel *model = table->model();
        auto *identify = m_window->findChild<IdentifyPanel *>();
        auto *editor = m_window->findChild<ParcelEditorDock *>();
        QVERIFY(identify && editor);
        // Both docks are seen at once, not two tabs of one.
        QVERIFY(m_window->tabifiedDockWidgets(identify).isEmpty());
        QVERIFY(identify->isVisible() && editor->isVisible());
        QVERIFY(!identify->visibleRegion().isEmpty() && !editor->visibleRegion().isEmpty());

        const qint64 fid = model->fidAt(2);
        table->view()->setCurrentIndex(model->index(2, ParcelTableModel::Code));
        QCOMPARE(identify->currentFid(), fid);
        QCOMPARE(
            identify->valueOf(model->headerData(ParcelTableModel::Code, Qt::Horizontal).toString()).isEmpty(),
            false);
        MapScene *scene = m_window->session()->scene();
        QCOMPARE(scene->identified(), fid);

        // Identified and selected parcels are outlined; their fill keeps the ecosystem colour.
        m_window->session()->setSelection({fid});
        const auto store = scene->parcelStore();
        const int i = store->indexOf(fid);
        // A quarter in from the corner: clear of the outline and of the label at the centre.
        const Envelope box = store->envelope(i);
        const QPointF inside(box.minX + box.width() / 4, box.minY + box.height() / 4);
        const QString ecosystem =
            model->index(2, ParcelTableModel::Ecosystem).data(ParcelTableModel::RawValueRole).toString();
        const MapSettings settings = canvas()->mapSettings();
        const QImage img = RenderJob::renderImage(*scene, settings);
        QCOMPARE(img.pixelColor(settings.toPixel(inside).toPoint()), scene->ecosystemColor(ecosystem));

        // Copy: a header line and one tab-separated line per selected row.
        table->view()->selectRow(2);
        table->copySelection();
        const QStringList lines =
            QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].split(QLatin1Char('\t')).value(ParcelTableModel::Code),
                 model->index(2, ParcelTableModel::Code).data().toString());
        m_window->session()->clearSelection();
    }

    void identifyShowsCodeAndArea()
    {
        m_window->identifyAction()->trigger();
        const QPointF p = parcelPixel(2, 3);
        click(canvas(), p);
        IdentifyPanel *panel = m_window->identifyPanel();
        QCOMPARE(panel->valueOf(QStringLiteral("Code")), QStringLiteral("P-2-3"));
        // Row 3 is (200 - 3) m square: 38809 m² = 38809 / (10000/15) 亩 = 58.21 亩 = 3.8809 公顷.
        QCOMPARE(panel->valueOf(QStringLiteral("Area")), QStringLiteral("58.21 mu / 3.8809 ha"));
        QCOMPARE(panel->valueOf(QStringLiteral("District")), QStringLiteral("余杭区"));      // column 2 % 3
        QCOMPARE(panel->valueOf(QStringLiteral("Ecosystem")), QStringLiteral("Unassigned")); // (2+3) % 6 == 5
        QCOMPARE(panel->valueOf(QStringLiteral("DKBH")), QStringLiteral("P-2-3")); // source attribute
        // The gap between parcels is empty.
        double x = 0, y = 0;
        gridParcelCenter(m_spec, 0, 0, &x, &y);
        click(canvas(), canvas()->toPixel(QPointF(m_spec.originX + m_spec.size + m_spec.gap / 2, y)));
        QCOMPARE(panel->currentFid(), qint64(-1));
    }

    void clickShiftClickAndRectangleSelect()
    {
        CacheSession *s = m_window->session();
        m_window->selectAction()->trigger();
        click(canvas(), parcelPixel(0, 0));
        QCOMPARE(s->selection().size(), 1);
        const QString fid00 =
            sqlText(m_cachePath, QStringLiteral("SELECT fid FROM parcels WHERE code='P-0-0'"));
        QVERIFY(s->selection().contains(fid00.toLongLong()));
        click(canvas(), parcelPixel(1, 0), Qt::ShiftModifier);
        QCOMPARE(s->selection().size(), 2);
        click(canvas(), parcelPixel(0, 0), Qt::ShiftModifier); // toggles off
        QCOMPARE(s->selection().size(), 1);
        QVERIFY(!s->selection().contains(fid00.toLongLong()));

        // A rectangle from the centre of (1,1) to the centre of (3,2) meets columns 1..3 × rows 1..2.
        drag(canvas(), parcelPixel(1, 1), parcelPixel(3, 2));
        QCOMPARE(s->selection().size(), 3 * 2);
        const qint64 expected =
            sqlText(m_cachePath, QStringLiteral("SELECT count(*) FROM parcels WHERE code IN "
                                                "('P-1-1','P-2-1','P-3-1','P-1-2','P-2-2','P-3-2')"))
                .toLongLong();
        QCOMPARE(qint64(s->selection().size()), expected);
        QVERIFY(m_window->session()->scene()->selection() == s->selection()); // highlighted on the map

        click(canvas(), canvas()->toPixel(QPointF(m_spec.originX - 500, m_spec.originY - 500)));
        QVERIFY(s->selection().isEmpty());
    }

    void selectByFilterMatchesSql()
    {
        // Drive the real dialog: tick 滨江区 and "Unassigned" + 生物医药, then accept.
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SelectByFilterDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            auto tick = [&](const char *listName, const QString &value) {
                auto *list = dialog->findChild<QListWidget *>(QLatin1String(listName));
                QVERIFY(list);
                for (int i = 0; i < list->count(); ++i)
                    if (list->item(i)->data(Qt::UserRole + 1).toString() == value)
                        list->item(i)->setCheckState(Qt::Checked);
            };
            tick("districtList", QStringLiteral("滨江区"));
            tick("ecosystemList", QString());
            tick("ecosystemList", QStringLiteral("bio"));
            dialog->accept();
        });
        m_window->selectByFilter();
        QVERIFY(seen);
        const qint64 sql =
            sqlText(m_cachePath, QStringLiteral("SELECT count(*) FROM parcels WHERE district = '滨江区' AND "
                                                "(ecosystem IS NULL OR ecosystem = '' OR ecosystem = 'bio')"))
                .toLongLong();
        QVERIFY(sql > 0);
        QCOMPARE(qint64(m_window->session()->selection().size()), sql);

        // Selected: (1,0) and (1,4) [(c+r)%6 = 1 bio, 5 unassigned], (4,1) and (4,3). Their bounding box, by
        // hand: x from column 1's left edge to column 4's right edge (row 1: side 199), y from row 0's bottom
        // to row 4's top (side 196).
        const Envelope sel = m_window->session()->selectionExtent();
        QCOMPARE(sel.minX, m_spec.originX + 220);
        QCOMPARE(sel.maxX, m_spec.originX + 4 * 220 + 199);
        QCOMPARE(sel.minY, m_spec.originY);
        QCOMPARE(sel.maxY, m_spec.originY + 4 * 220 + 196);
        m_window->zoomToSelection();
        const Envelope e = canvas()->extent();
        QVERIFY(e.contains(sel.minX, sel.minY) && e.contains(sel.maxX, sel.maxY));
        // Fitted, with MapCanvas::kFeatureMargin on each side.
        QVERIFY(e.width() < (1 + 2 * MapCanvas::kFeatureMargin) * 1.01 *
                                std::max(sel.width(), sel.height() * canvas()->width() / canvas()->height()));
        m_window->session()->clearSelection();
        canvas()->zoomToFull();
        waitForMap();
    }

    void zoomAndPanMoveTheExtent()
    {
        waitForMap();
        const Envelope before = canvas()->extent();
        canvas()->zoomIn();
        const Envelope in = canvas()->extent();
        QVERIFY(qAbs(in.width() - before.width() / 2) < 1e-6 * before.width());
        QVERIFY(qAbs(in.centerX() - before.centerX()) < 1e-6);
        QVERIFY(qAbs(in.centerY() - before.centerY()) < 1e-6);

        // Wheel zoom keeps the map point under the cursor in place.
        const QPointF anchor(canvas()->width() * 0.3, canvas()->height() * 0.7);
        const QPointF mapBefore = canvas()->toMap(anchor);
        QWheelEvent wheel(anchor, canvas()->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas(), &wheel);
        const QPointF mapAfter = canvas()->toMap(anchor);
        QVERIFY(qAbs(mapAfter.x() - mapBefore.x()) < 1e-6 && qAbs(mapAfter.y() - mapBefore.y()) < 1e-6);
        QVERIFY(canvas()->extent().width() < in.width());

        // Dragging the map 100 px right and 40 px down moves the view 100 px west and 40 px north.
        waitForMap();
        m_window->panAction()->trigger();
        const Envelope beforePan = canvas()->extent();
        const double upp = canvas()->mapUnitsPerPixel();
        const QPointF start(canvas()->width() / 2.0, canvas()->height() / 2.0);
        drag(canvas(), start, start + QPointF(100, 40));
        const Envelope panned = canvas()->extent();
        QVERIFY(qAbs(panned.minX - (beforePan.minX - 100 * upp)) < 1e-6);
        QVERIFY(qAbs(panned.minY - (beforePan.minY + 40 * upp)) < 1e-6);
        waitForMap();

        // Previous / next extent walk the history.
        canvas()->previousExtent();
        QVERIFY(qAbs(canvas()->extent().minX - beforePan.minX) < 1e-6);
        canvas()->nextExtent();
        QVERIFY(qAbs(canvas()->extent().minX - panned.minX) < 1e-6);
        canvas()->zoomToFull();
        waitForMap();
    }

    void statusBarReadoutsAgreeWithCs2cs()
    {
        const QString cs2cs = QStandardPaths::findExecutable(QStringLiteral("cs2cs"));
        if (cs2cs.isEmpty())
            QSKIP("cs2cs (proj-bin) not installed");
        double x = 0, y = 0;
        gridParcelCenter(m_spec, 2, 2, &x, &y);
        const QPointF px = parcelPixel(2, 2);
        sendMouse(canvas(), QEvent::MouseMove, px, Qt::NoButton, Qt::NoButton);
        const QPointF map = canvas()->toMap(px);
        QVERIFY(qAbs(map.x() - x) < canvas()->mapUnitsPerPixel());
        // EPSG:4549 is northing-first and EPSG:4490 latitude-first in cs2cs.
        QProcess p;
        p.start(cs2cs, {QStringLiteral("-f"), QStringLiteral("%.6f"), QStringLiteral("EPSG:4549"),
                        QStringLiteral("EPSG:4490")});
        p.write(QStringLiteral("%1 %2\n").arg(map.y(), 0, 'f', 4).arg(map.x(), 0, 'f', 4).toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QStringList parts = QString::fromUtf8(p.readAllStandardOutput())
                                      .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QVERIFY(parts.size() >= 2);
        const QString expected = QStringLiteral("%1°E %2°N").arg(parts[1], parts[0]);
        QCOMPARE(m_window->statusWidget()->lonLatText(), expected);
        QVERIFY(m_window->statusWidget()->projectedText().contains(QLocale().toString(map.x(), 'f', 1)));
        QVERIFY(m_window->statusWidget()->scaleText().startsWith(QStringLiteral("Scale 1:")));
    }

    void lonLatReadOutFollowsTheCrs()
    {
        // The lon/lat transform is made at the first read-out, not when the cache opens: it must still be
        // the one of the CRS set last. EPSG:4549 and 4548 are the 3° zones on 120°E and 117°E.
        MapStatusWidget status;
        const QPointF onMeridian(500000, 3300000);
        status.setCrs(Crs::fromEpsg(4549));
        QVERIFY(status.lonLatText().isEmpty());
        status.showCursor(onMeridian);
        QVERIFY2(status.lonLatText().startsWith(QStringLiteral("120.000000°E ")),
                 qPrintable(status.lonLatText()));
        status.setCrs(Crs::fromEpsg(4548));
        status.showCursor(onMeridian);
        QVERIFY2(status.lonLatText().startsWith(QStringLiteral("117.000000°E ")),
                 qPrintable(status.lonLatText()));
        status.setCrs(Crs());
        status.showCursor(onMeridian);
        QVERIFY(status.lonLatText().isEmpty());
        QVERIFY(!status.projectedText().isEmpty());
    }

    void zoomToSelectionKeepsMarginAndMinimumScale()
    {
        // Issue 14.13: the selection filled the canvas edge to edge, and one small parcel was shown at 1:950.
        CacheSession *s = m_window->session();
        const auto store = s->scene()->parcelStore();
        QSet<qint64> six;
        for (const char *code : {"P-1-1", "P-2-1", "P-3-1", "P-1-2", "P-2-2", "P-3-2"})
            six.insert(
                sqlText(m_cachePath,
                        QStringLiteral("SELECT fid FROM parcels WHERE code='%1'").arg(QLatin1String(code)))
                    .toLongLong());
        s->setSelection(six);
        m_window->zoomToSelection();
        const Envelope sel = s->selectionExtent();
        const Envelope view = canvas()->extent();
        const double mx = sel.width() * MapCanvas::kFeatureMargin,
                     my = sel.height() * MapCanvas::kFeatureMargin;
        const double eps = 1e-6 * view.width();
        QVERIFY(view.minX <= sel.minX - mx + eps && view.maxX >= sel.maxX + mx - eps);
        QVERIFY(view.minY <= sel.minY - my + eps && view.maxY >= sel.maxY + my - eps);
        // ... and fitted: the selection and its margins fill the view in one direction.
        const double fill =
            std::max((sel.width() + 2 * mx) / view.width(), (sel.height() + 2 * my) / view.height());
        QVERIFY2(fill > 0.99, qPrintable(QString::number(fill)));

        // One 200 m parcel: no closer than 1:2,000, centred.
        const qint64 one = *six.constBegin();
        s->setSelection({one});
        m_window->zoomToSelection();
        QVERIFY2(canvas()->scaleDenominator() >= MapCanvas::kMinFeatureScale - 1e-6,
                 qPrintable(QString::number(canvas()->scaleDenominator())));
        const Envelope parcel = store->envelope(store->indexOf(one));
        QVERIFY(qAbs(canvas()->extent().centerX() - parcel.centerX()) < 1e-6);
        QVERIFY(canvas()->extent().contains(parcel.minX - parcel.width() * MapCanvas::kFeatureMargin,
                                            parcel.minY - parcel.height() * MapCanvas::kFeatureMargin));
        s->clearSelection();
        canvas()->zoomToFull();
        waitForMap();
    }

    void districtChooserShowsTheDistrictChosen()
    {
        // Issue 14.13: the tool bar's chooser went back to "District…" right after zooming.
        DistrictChooser *chooser = m_window->districtChooser();
        QComboBox *combo = m_window->findChild<QComboBox *>(QStringLiteral("districtChooser"));
        QVERIFY(combo && combo == chooser->comboBox());
        const QString binjiang = QStringLiteral("滨江区");
        const int i = combo->findData(binjiang);
        QVERIFY(i > 0);
        combo->setCurrentIndex(i); // what the popup does before it emits activated()
        emit combo->activated(i);
        QCOMPARE(combo->currentText(), binjiang);
        const Envelope d = m_window->session()->scene()->districtExtent(binjiang);
        QVERIFY(canvas()->extent().contains(d.minX, d.minY) && canvas()->extent().contains(d.maxX, d.maxY));
        // The window is resized: still that district.
        const int width = canvas()->width();
        m_window->resize(1100, 760);
        QTRY_VERIFY(canvas()->width() < width);
        QCOMPARE(combo->currentText(), binjiang);

        // From View ▸ Zoom to district.
        QMenu *menu = nullptr;
        for (QMenu *m : m_window->findChildren<QMenu *>())
            if (m->menuAction()->text() == QStringLiteral("Zoom to &district"))
                menu = m;
        QVERIFY(menu);
        emit menu->aboutToShow();
        QAction *yuhang = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QStringLiteral("余杭区"))
                yuhang = a;
        QVERIFY(yuhang);
        yuhang->trigger();
        QCOMPARE(combo->currentText(), QStringLiteral("余杭区"));
        QCOMPARE(chooser->current(), QStringLiteral("余杭区"));

        // Moving the map elsewhere brings the prompt back.
        canvas()->zoomIn();
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(chooser->current().isEmpty());
        m_window->resize(1200, 800);
        canvas()->zoomToFull();
        waitForMap();
    }

    void identifyInADistrictSetsTheChooser()
    {
        // Issue 14: clicking a district on the map left the chooser on "District…". An Identify click names
        // the district of the place clicked, on a parcel or not, and the map stays where it is.
        QComboBox *combo = m_window->districtChooser()->comboBox();
        QCOMPARE(combo->currentIndex(), 0);
        m_window->identifyAction()->trigger();
        const Envelope before = canvas()->extent();
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, parcelPixel(2, 1).toPoint());
        QCOMPARE(m_window->identifyPanel()->valueOf(QStringLiteral("District")), QStringLiteral("余杭区"));
        QCOMPARE(combo->currentText(), QStringLiteral("余杭区"));
        QCOMPARE(m_window->districtChooser()->current(), QStringLiteral("余杭区"));
        QCOMPARE(canvas()->extent().minX, before.minX);

        // The gap right of column 0 is in no parcel, but inside 西湖区 (columns 0 and 3) only.
        double x = 0, y = 0;
        gridParcelCenter(m_spec, 0, 2, &x, &y);
        const QPointF gap(m_spec.originX + m_spec.size + m_spec.gap / 2, y);
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, canvas()->toPixel(gap).toPoint());
        QCOMPARE(m_window->identifyPanel()->currentFid(), qint64(-1));
        QCOMPARE(combo->currentText(), QStringLiteral("西湖区"));

        // A zoom that keeps the place in view keeps the district; moving it out of view brings the prompt.
        canvas()->setExtent(Envelope{gap.x() - 300, gap.y() - 300, gap.x() + 300, gap.y() + 300}, false);
        QCOMPARE(combo->currentText(), QStringLiteral("西湖区"));
        gridParcelCenter(m_spec, 5, 4, &x, &y);
        canvas()->setExtent(Envelope{x - 100, y - 100, x + 100, y + 100}, false);
        QCOMPARE(combo->currentIndex(), 0);
        // Outside every district nothing changes.
        canvas()->zoomToFull();
        waitForMap();
        const QPointF outside = canvas()->toPixel(QPointF(m_spec.originX - 500, m_spec.originY - 500));
        if (canvas()->rect().contains(outside.toPoint())) {
            QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, outside.toPoint());
            QCOMPARE(combo->currentIndex(), 0);
        }
        m_window->panAction()->trigger();
    }

    void tableSelectionHasTheMapSelectionColour()
    {
        // Issue 14.13: the table showed the map selection in yellow and its own in the style's blue, the map
        // in cyan: one colour, the selection layer's, everywhere.
        CacheSession *s = m_window->session();
        MapScene *scene = s->scene();
        QTableView *view = m_window->attributeTable()->view();
        ParcelTableModel *model = m_window->attributeTable()->model();
        const QColor mapColor = scene->layer(LayerKind::Selection).style.selectionColor;
        QCOMPARE(view->palette().color(QPalette::Active, QPalette::Highlight), mapColor);
        QCOMPARE(view->palette().color(QPalette::Inactive, QPalette::Highlight), mapColor);
        const qint64 fid = model->fidAt(0);
        s->setSelection({fid});
        QCOMPARE(model->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(), mapColor);

        // A cache style with another selection colour: the table follows.
        LayerStyle style = scene->layer(LayerKind::Selection).style;
        style.selectionColor = QColor(255, 64, 129);
        scene->setLayerStyle(LayerKind::Selection, style);
        QCOMPARE(view->palette().color(QPalette::Active, QPalette::Highlight), style.selectionColor);
        QCOMPARE(model->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(), style.selectionColor);
        style.selectionColor = mapColor;
        scene->setLayerStyle(LayerKind::Selection, style);
        s->clearSelection();
    }

    void legendRangesAreNotCut()
    {
        // Issue 14.13: in the docked layer panel a theme's ranges were elided beside their figures.
        LayerPanel *panel = m_window->layerPanel();
        auto *view = panel->findChild<QListView *>(QStringLiteral("legendView"));
        QVERIFY(view);
        auto *delegate = qobject_cast<LegendDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        LegendEntry range;
        range.label = QStringLiteral("12,345.6 – 67,890.1 10k CNY");
        range.color = QColor(43, 140, 190);
        range.count = 12345;
        range.areaMu = 123456.7;
        range.key = QStringLiteral("3");
        LegendEntry none = range;
        none.label = QStringLiteral("No allocation");
        none.key.clear();
        panel->legendModel()->setEntries({none, range});
        view->doItemsLayout();
        const QFontMetrics fm = view->fontMetrics();
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = panel->legendModel()->index(row);
            QStyleOptionViewItem option;
            option.font = view->font();
            option.widget = view;
            option.rect = view->visualRect(index);
            const LegendDelegate::RowLayout layout = delegate->rowLayout(option, index);
            const QString label = index.data().toString();
            QCOMPARE(layout.label, label);
            QVERIFY2(layout.labelRect.width() >= fm.horizontalAdvance(label), qPrintable(label));
            QVERIFY(layout.labelRect.height() >= fm.height() && layout.numbersRect.height() >= fm.height());
            QVERIFY(layout.numbersRect.width() >= fm.horizontalAdvance(layout.numbers));
            QVERIFY(option.rect.contains(layout.labelRect) && option.rect.contains(layout.numbersRect));
            QVERIFY(!layout.labelRect.intersects(layout.numbersRect));
            QVERIFY(option.rect.right() <= view->viewport()->width());
            if (row == 1) // the docked panel is narrower than this range beside its figures
                QVERIFY(layout.twoLines);
        }
        panel->refreshLegend();
    }

    void layerPanelAndLegend()
    {
        LayerPanel *panel = m_window->layerPanel();
        auto *list = panel->findChild<QListWidget *>(QStringLiteral("layerList"));
        QVERIFY(list && list->count() >= 5);
        QCOMPARE(panel->legendLayer(), LayerKind::Parcels);
        // Legend counts per ecosystem = SQL counts; unassigned included.
        qint64 total = 0;
        for (const LegendEntry &e : panel->legendModel()->entries()) {
            const qint64 sql =
                sqlText(
                    m_cachePath,
                    e.key.isEmpty()
                        ? QStringLiteral("SELECT count(*) FROM parcels WHERE ecosystem IS NULL")
                        : QStringLiteral("SELECT count(*) FROM parcels WHERE ecosystem = '%1'").arg(e.key))
                    .toLongLong();
            QCOMPARE(e.count, sql);
            total += e.count;
        }
        QCOMPARE(total, qint64(m_spec.columns * m_spec.rows));
        // Checking the land theme shows it instead of the ecosystem fill; the legend follows.
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() ==
                LayerPanel::titleFor(m_window->session()->scene()->layer(LayerKind::LandTheme)))
                list->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(panel->legendLayer(), LayerKind::LandTheme);
        QVERIFY(!m_window->session()->scene()->layer(LayerKind::Parcels).style.visible);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() ==
                LayerPanel::titleFor(m_window->session()->scene()->layer(LayerKind::Parcels)))
                list->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(panel->legendLayer(), LayerKind::Parcels);
        waitForMap();
    }

    // Dragging a layer row reorders the scene (the list is top-first, the scene bottom-first).
    void layerDragReorders()
    {
        LayerPanel *panel = m_window->layerPanel();
        auto *list = panel->findChild<QListWidget *>(QStringLiteral("layerList"));
        QVERIFY(list);
        QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);
        MapScene *scene = m_window->session()->scene();
        auto rowOf = [&](LayerKind k) {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->text() == LayerPanel::titleFor(scene->layer(k)))
                    return i;
            return -1;
        };
        const int districtsRow = rowOf(LayerKind::Districts);
        const int parcelsRow = rowOf(LayerKind::Parcels);
        QVERIFY(districtsRow >= 0 && parcelsRow > districtsRow); // districts drawn above the parcels
        QVERIFY(scene->layerPosition(LayerKind::Districts) > scene->layerPosition(LayerKind::Parcels));
        // Drop the parcels row on top of the districts row, as a drag would.
        QVERIFY(list->model()->moveRow(QModelIndex(), parcelsRow, QModelIndex(), districtsRow));
        QTRY_VERIFY(scene->layerPosition(LayerKind::Parcels) > scene->layerPosition(LayerKind::Districts));
        QTRY_VERIFY(rowOf(LayerKind::Parcels) < rowOf(LayerKind::Districts));
        // And back, so later tests see the usual order.
        QVERIFY(list->model()->moveRow(QModelIndex(), rowOf(LayerKind::Districts), QModelIndex(),
                                       rowOf(LayerKind::Parcels)));
        QTRY_VERIFY(scene->layerPosition(LayerKind::Districts) > scene->layerPosition(LayerKind::Parcels));
        waitForMap();
    }

    void screenshotsInChineseAndEnglish_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshotsInChineseAndEnglish()
    {
        QFETCH(QString, lang);
        const QString exe = QStringLiteral(ZHILI_BINARY_DIR "/app/zhili");
        if (!QFileInfo::exists(exe))
            QSKIP("the zhili executable is not built");
        // The demo cache when the build made it; else our grid.
        const QString demo = QStringLiteral(ZHILI_DEMO_CACHE);
        const QString cache = QFileInfo::exists(demo) ? demo : m_cachePath;
        const QString out = QStringLiteral(ZHILI_BINARY_DIR "/screenshots/main_%1.png").arg(lang);
        QFile::remove(out);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(exe, {QStringLiteral("--cache"), cache, QStringLiteral("--lang"), lang,
                      QStringLiteral("--screenshot"), out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QImage img(out);
        QVERIFY2(!img.isNull(), qPrintable(out));
        QVERIFY(img.width() >= 1000 && img.height() >= 600);
        qInfo("screenshot: %s", qPrintable(out));
    }

    // Issue 14.3: after Apply the focus sat in the table's search box, which claimed Ctrl+Z for its own
    // (empty) text undo, so the edit could not be undone from the keyboard. The window's Undo must work from
    // any text box that has nothing of its own to undo; a box with typing to undo keeps Ctrl+Z.
    void undoShortcutWorksFromTextBoxes()
    {
        struct Counter : QUndoCommand {
            int *value;
            explicit Counter(int *v) : value(v) {}
            void redo() override { ++*value; }
            void undo() override { --*value; }
        };
        int value = 0;
        QUndoStack *stack = m_window->session()->undoStack();
        stack->push(new Counter(&value));
        QCOMPARE(value, 1);
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("AttributeTableDock"));
        QVERIFY(dock);
        dock->show();
        auto *search = dock->findChild<QLineEdit *>();
        QVERIFY(search);
        m_window->activateWindow();
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(value, 0);
        QTest::keyClick(search, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(value, 1);
        // Typing in the box: its own undo first, the window's stack untouched.
        QTest::keyClicks(search, QStringLiteral("xh"));
        QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(search->text(), QString());
        QCOMPARE(value, 1);
        search->clear();
        // The toolbar has the undo and redo buttons.
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && !undo->icon().isNull());
        bool onToolBar = false;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            onToolBar = onToolBar || bar->actions().contains(undo);
        QVERIFY(onToolBar);
        stack->undo();
        stack->clear();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
