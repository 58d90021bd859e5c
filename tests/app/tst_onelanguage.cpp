// One language at a time (issue 14.10): in Chinese the parcel editor's choosers, the history, the refusal
// reasons, the import's encoding line and the snapshot dialog carry no English words, and in English no
// Chinese — field names and values as people say them, never stored keys ("land_mu", "equip"). Data
// (district, enterprise and user names), codes and units (EPSG, CP936, DPI, A4) are the same in both.
// The layers' names (layer panel, legends, exported GIS files) and the per-mu class legend follow too.
// ZHILI_LANG_SHOTS=DIR keeps pictures of the surfaces in both languages.
#include "cache/geopackagecache.h"
#include "cache/qgisstylestore.h"
#include "desktop/importdialog.h"
#include "desktop/parceleditordock.h"
#include "desktop/parcelhistorywidget.h"
#include "desktop/snapshotdialog.h"
#include "edit/assignmentdisplay.h"
#include "edit/assignmentvalidator.h"
#include "edit/parceleditor.h"
#include "geometry/envelope.h"
#include "indicators/permuevaluator.h"
#include "interchange/qgisproject.h"
#include "interchange/qgisstyleexport.h"
#include "interchange/slddocument.h"
#include "layers/maplayer.h"
#include "layers/permuclasslayer.h"
#include "layout/snapshotframe.h"
#include "layout/snapshotlayout.h"
#include "render/mapscene.h"
#include "testdir.h"
#include "testusers.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <memory>

using namespace zhili;

namespace {

const QRegularExpression kHan(QStringLiteral("\\p{Han}"));

// English words left once codes and units are taken out: what a Chinese screen must not show.
QStringList englishWords(QString text)
{
    static const QRegularExpression codes(
        QStringLiteral("\\b(EPSG|PNG|DPI|PDF|SVG|UTF-8|CP\\d+|GBK|GB18030|A3|A4|ASCII|cpg|tce)\\b|\\.cpg|\\d+"
                       ":\\d+|\\d+×\\d+"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    text.remove(codes);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words << it.next().captured();
    return words;
}

// The message catalogue and the default locale of one language, as Translations::install sets them.
class LanguageScope {
public:
    explicit LanguageScope(bool chinese) : m_chinese(chinese)
    {
        if (chinese) {
            QVERIFY(m_translator.load(QStringLiteral("zhili_zh_CN"), QStringLiteral(":/zhili/i18n")));
            QCoreApplication::installTranslator(&m_translator);
            // Qt's own buttons ("Close"), as the window loads them when they are installed.
            if (m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qt);
        }
        QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                    : QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_was);
    }
    // Fails the test when `text` is not in this scope's language alone.
    bool oneLanguage(const QString &text, const char *where) const
    {
        const QStringList words = englishWords(text);
        if (m_chinese && !words.isEmpty()) {
            qWarning("%s: English words %s in \"%s\"", where, qPrintable(words.join(QLatin1Char(','))),
                     qPrintable(text));
            return false;
        }
        if (!m_chinese && text.contains(kHan)) {
            qWarning("%s: Chinese in \"%s\"", where, qPrintable(text));
            return false;
        }
        return true;
    }
    void shot(QWidget *w, const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ZHILI_LANG_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2_%3.png").arg(dir, name, m_chinese ? "zh" : "en"));
    }

private:
    bool m_chinese;
    QLocale m_was;
    QTranslator m_translator;
    QTranslator m_qt;
};

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

class TestOneLanguage : public QObject {
    Q_OBJECT
    test::TestDir m_dir;

private slots:
    void editorChoosers_data() { languages(); }
    void editorChoosers()
    {
        QFETCH(bool, chinese);
        const LanguageScope scope(chinese);
        auto cache = m_dir.freshCache();
        ParcelEditor editor(*cache);
        QUndoStack undo;
        ParcelEditorDock dock;
        dock.setContext(cache.get(), &editor, &undo);
        dock.setCurrentParcel(test::testParcelFid(*cache, QStringLiteral("XH-001")));
        for (AssignmentField f : {AssignmentField::Ecosystem, AssignmentField::Status}) {
            const auto *combo = qobject_cast<QComboBox *>(dock.fieldWidget(f));
            QVERIFY(combo && combo->count() > 5);
            for (const QString &item : comboTexts(combo))
                QVERIFY(scope.oneLanguage(item, "parcel editor"));
        }
        const auto *eco = qobject_cast<QComboBox *>(dock.fieldWidget(AssignmentField::Ecosystem));
        QCOMPARE(eco->currentText(), chinese ? QStringLiteral("生物医药") : QStringLiteral("Biomedicine"));
        dock.resize(360, 560);
        scope.shot(&dock, QStringLiteral("parceleditor"));
    }

    // History: "Land (mu): 40 → 20", never "land_mu: 40 → 20"; the ecosystem by name, never "bio".
    void historyNamesFieldsAndValues_data() { languages(); }
    void historyNamesFieldsAndValues()
    {
        QFETCH(bool, chinese);
        const LanguageScope scope(chinese);
        auto cache = m_dir.freshCache();
        const User admin = test::addFirstAdmin(*cache);
        const qint64 fid = test::testParcelFid(*cache, QStringLiteral("XH-001"));
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("equip");
        p.landMu = 20;
        ParcelEditor(*cache).apply(admin, {fid}, p);

        QCOMPARE(
            AssignmentDisplay::change(QStringLiteral("land_mu"), QStringLiteral("40"), QStringLiteral("20")),
            chinese ? QStringLiteral("用地（亩）：40 → 20") : QStringLiteral("Land (mu): 40 → 20"));
        QCOMPARE(AssignmentDisplay::change(QStringLiteral("ecosystem"), QStringLiteral("bio"),
                                           QStringLiteral("equip")),
                 chinese ? QStringLiteral("生态圈：生物医药 → 高端装备")
                         : QStringLiteral("Ecosystem: Biomedicine → High-end equipment"));

        ParcelHistoryWidget widget;
        widget.setCache(cache.get());
        widget.setParcel(fid);
        QCOMPARE(widget.table()->rowCount(), 2);
        QStringList cells;
        for (int r = 0; r < widget.table()->rowCount(); ++r)
            for (int c :
                 {ParcelHistoryWidget::Action, ParcelHistoryWidget::Field, ParcelHistoryWidget::OldValue,
                  ParcelHistoryWidget::NewValue, ParcelHistoryWidget::Result})
                cells << widget.table()->item(r, c)->text();
        for (const QString &cell : cells)
            QVERIFY(scope.oneLanguage(cell, "history"));
        QVERIFY2(cells.contains(chinese ? QStringLiteral("高端装备") : QStringLiteral("High-end equipment")),
                 qPrintable(cells.join(QLatin1Char('|'))));
        widget.resize(760, 200);
        scope.shot(&widget, QStringLiteral("history"));
    }

    // A refusal lists what may be typed with the names of the UI language (the keys work in both).
    void refusalReasons_data() { languages(); }
    void refusalReasons()
    {
        QFETCH(bool, chinese);
        const LanguageScope scope(chinese);
        auto cache = m_dir.freshCache();
        AssignmentPatch p;
        p.ecosystem = QStringLiteral("x");
        p.status = QStringLiteral("y");
        const QList<FieldError> errors = AssignmentValidator(*cache).checkValues(p);
        QCOMPARE(errors.size(), 2);
        QString text;
        for (const FieldError &e : errors)
            text += e.message + QLatin1Char('\n');
        QVERIFY2(text.contains(chinese ? QStringLiteral("bio/生物医药") : QStringLiteral("bio/Biomedicine")),
                 qPrintable(text));
        QVERIFY2(text.contains(chinese ? QStringLiteral("idle/闲置") : QStringLiteral("idle/Idle")),
                 qPrintable(text));
        if (!chinese)
            QVERIFY(scope.oneLanguage(text, "refusal"));
        else
            QVERIFY2(!text.contains(QLatin1String("Biomedicine")) && !text.contains(QLatin1String("Idle")),
                     qPrintable(text));
    }

    // The encoding line explains the choice in the UI language, not in English only.
    void importEncodingLine_data() { languages(); }
    void importEncodingLine()
    {
        QFETCH(bool, chinese);
        const LanguageScope scope(chinese);
        const QString demo = QStringLiteral(ZHILI_SOURCE_DIR "/resources/demo/hangzhou_demo_parcels.shp");
        if (!QFile::exists(demo))
            QSKIP("the bundled demo shapefile is missing");
        ImportDialog dialog(m_dir.freshPath(QStringLiteral("import%1.gpkg")), QStringLiteral("tester"));
        QVERIFY2(dialog.setSource(demo), qPrintable(dialog.lastError()));
        // The example quoted from the file is data: Chinese in both languages.
        QString line = dialog.encodingText();
        line.remove(QRegularExpression(QStringLiteral("[“\"][^”\"]*[”\"]")));
        QVERIFY(scope.oneLanguage(line, "encoding line"));
        QVERIFY2(line.contains(chinese ? QStringLiteral("声明") : QStringLiteral("declares")),
                 qPrintable(line));
        scope.shot(&dialog, QStringLiteral("import"));
    }

    // The snapshot dialog: every label, box and choice in one language; the default title too.
    void snapshotDialog_data() { languages(); }
    void snapshotDialog()
    {
        QFETCH(bool, chinese);
        const LanguageScope scope(chinese);
        const QString path = m_dir.freshPath(QStringLiteral("snap%1.gpkg"));
        const auto dialog = snapshotDialogOn(path);
        QStringList texts{dialog->windowTitle()};
        for (const QLabel *l : dialog->findChildren<QLabel *>())
            if (l->objectName() != QLatin1String("sheetStatus")) // quotes the sheet's own date line
                texts << l->text();
        for (const QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
            texts << b->text();
        for (const QComboBox *c : dialog->findChildren<QComboBox *>())
            for (int i = 0; i < c->count(); ++i)
                if (c->itemText(i) != c->itemData(i).toString()) // a district name is data
                    texts << c->itemText(i);
        for (const QLineEdit *e : dialog->findChildren<QLineEdit *>())
            texts << e->text();
        for (const QString &t : texts)
            QVERIFY(scope.oneLanguage(t, "snapshot dialog"));
        QVERIFY(texts.contains(chinese ? QStringLiteral("产业用地布局图")
                                       : QStringLiteral("Industrial land layout")));
        QVERIFY(texts.contains(chinese ? QStringLiteral("页面") : QStringLiteral("Page")));
        scope.shot(dialog.get(), QStringLiteral("snapshot"));
    }

    // The sheet the dialog exports speaks the dialog's language: legend, its heading, the summary table.
    void sheetWords_data() { languages(); }
    void sheetWords()
    {
        QFETCH(bool, chinese);
        const LanguageScope scope(chinese);
        const QString path = m_dir.freshPath(QStringLiteral("sheet%1.gpkg"));
        const auto dialog = snapshotDialogOn(path);
        LayoutTemplate t = dialog->layoutTemplate();
        t.summary = true;
        auto cache = GeoPackageCache::open(path, true);
        MapScene scene;
        scene.load(*cache);
        const SnapshotLayout sheet(scene, *cache, t, SnapshotFrame::city());
        QStringList words{sheet.legendHeading(), sheet.dateLine()};
        for (const LegendEntry &e : sheet.legendEntries())
            words << e.label;
        for (const SummaryRow &r : sheet.summaryRows())
            words << r.name;
        for (const QString &w : words)
            QVERIFY(scope.oneLanguage(w, "sheet"));
        QVERIFY2(words.contains(chinese ? QStringLiteral("未分配") : QStringLiteral("Unassigned")),
                 qPrintable(words.join(QLatin1Char('|'))));
        QVERIFY2(words.contains(chinese ? QStringLiteral("生物医药") : QStringLiteral("Biomedicine")),
                 qPrintable(words.join(QLatin1Char('|'))));
    }

    // zhili-cli makes Chinese sheets unless --lang en, whatever its message language: no "unassigned" on
    // them.
    void chineseSheetInEnglish()
    {
        const LanguageScope scope(false);
        const QString path = m_dir.freshPath(QStringLiteral("zhsheet%1.gpkg"));
        auto cache = test::makeTestCache(path);
        MapScene scene;
        scene.load(*cache);
        LayoutTemplate t;
        t.summary = true;
        for (const QString &theme : {QStringLiteral("ecosystem"), QStringLiteral("land")}) {
            t.theme = theme;
            const SnapshotLayout sheet(scene, *cache, t, SnapshotFrame::city());
            for (const LegendEntry &e : sheet.legendEntries())
                QVERIFY2(englishWords(e.label).isEmpty(), qPrintable(e.label));
        }
    }

    // The layer panel's and the legend's names, the per-mu classes beside the map, and the names exported
    // GIS files give the layers (in the export's language, here the window's): one language each.
    void layerNames_data() { languages(); }
    void layerNames()
    {
        QFETCH(bool, chinese);
        const LanguageScope scope(chinese);
        const QString language = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        auto cache = m_dir.freshCache();
        MapScene scene;
        scene.load(*cache);
        QStringList names;
        for (const MapLayer &l : scene.layers()) {
            QVERIFY(scope.oneLanguage(l.displayName(), "layer panel"));
            QVERIFY(scope.oneLanguage(l.title(language), "exported layer name"));
            names << l.displayName() << l.title(language);
        }
        QVERIFY2(names.contains(chinese ? QStringLiteral("用地分配（亩）")
                                        : QStringLiteral("Land allocation (mu)")),
                 qPrintable(names.join(QLatin1Char('|'))));
        const PerMuClassLayer classes(*cache, PerMuEvaluator::evaluate(*cache, 2025));
        const QList<LegendEntry> legend = classes.legend();
        QCOMPARE(legend.size(), 4);
        for (const LegendEntry &e : legend)
            QVERIFY(scope.oneLanguage(e.label, "per-mu classes"));
        QCOMPARE(legend[0].label,
                 chinese ? QStringLiteral("A 类：优先发展") : QStringLiteral("A: priority development"));

        // QGIS projects, layer_styles and SLD name each layer in the export's language alone.
        QgisProject::Options o;
        o.cachePath = QStringLiteral("./c.gpkg");
        o.crs = &cache->crs();
        o.extent = scene.fullExtent();
        o.title = QStringLiteral("t");
        o.language = language;
        const QString project = QgisProject::document(scene, o);
        QStringList layerNames;
        static const QRegularExpression layername(QStringLiteral("<layername>([^<]*)</layername>"));
        for (auto it = layername.globalMatch(project); it.hasNext();)
            layerNames << it.next().captured(1);
        QVERIFY(layerNames.size() >= 3);
        QVERIFY(layerNames.contains(layerTitle(LayerKind::Districts, language)));
        for (const QString &name : layerNames)
            QVERIFY(scope.oneLanguage(name, "QGIS project"));
        for (const QgisStyleStore::Style &s : QgisStyleExport::styles(scene, language))
            QVERIFY(scope.oneLanguage(s.name, "layer_styles"));
        const QString sld = SldDocument::document(*scene.gisStyle(LayerKind::Districts, language));
        QVERIFY2(sld.contains(
                     QStringLiteral("<se:Title>%1</se:Title>")
                         .arg(chinese ? QStringLiteral("区县边界") : QStringLiteral("District boundaries"))),
                 qPrintable(sld));
    }

    // A cache whose layer_styles still carry the bilingual names of earlier versions opens with its saved
    // styles (matched by layer key), and writing the styles replaces Zhili's rows, a QGIS user's row kept.
    void oldBilingualStyleNames()
    {
        const LanguageScope scope(false);
        const QString path = m_dir.freshPath(QStringLiteral("old%1.gpkg"));
        {
            auto cache = test::makeTestCache(path);
            MapScene scene;
            scene.load(*cache);
            LayerStyle s = scene.layer(LayerKind::Parcels).style;
            s.opacity = 0.4;
            scene.setLayerStyle(LayerKind::Parcels, s);
            scene.saveStyles();
            QgisStyleStore::Style old;
            old.table = QStringLiteral("parcels");
            old.name = QStringLiteral("地块·生态圈 Parcels by ecosystem");
            old.qml = QStringLiteral("<qgis/>");
            old.isDefault = true;
            QgisStyleStore(cache->db()).replaceZhiliStyles({old}, QStringLiteral("2026-01-01T00:00:00.000Z"));
            cache->db().exec(QStringLiteral(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                "styleName, styleQML, useAsDefault, owner) VALUES ('', '', 'parcels', 'geom', "
                "'用地 mine', '<qgis/>', 0, '')"));
        }
        auto cache = GeoPackageCache::open(path, false);
        MapScene scene;
        scene.load(*cache);
        QCOMPARE(scene.layer(LayerKind::Parcels).style.opacity, 0.4);
        QgisStyleExport::write(*cache, scene, QStringLiteral("en"));
        QStringList names;
        for (const QgisStyleStore::Style &s : QgisStyleStore(cache->db()).styles(QStringLiteral("parcels")))
            names << s.name;
        QCOMPARE(names.size(), 5); // Zhili's four, the user's kept as it was
        QCOMPARE(names.first(), QStringLiteral("Parcels by ecosystem"));
        QVERIFY(names.contains(QStringLiteral("用地 mine")));
        QVERIFY(!names.contains(QStringLiteral("地块·生态圈 Parcels by ecosystem")));
    }

private:
    static void languages()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("en") << false;
        QTest::newRow("zh") << true;
    }
    /// A snapshot dialog on a new test cache at `path`, viewing the unit square.
    static std::unique_ptr<SnapshotDialog> snapshotDialogOn(const QString &path)
    {
        test::makeTestCache(path);
        Envelope view;
        view.include(0, 0);
        view.include(1, 1);
        return std::make_unique<SnapshotDialog>(path, view);
    }
};

QTEST_MAIN(TestOneLanguage)
#include "tst_onelanguage.moc"
