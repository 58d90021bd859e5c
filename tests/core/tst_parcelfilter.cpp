// ParcelFilter must select exactly the parcels the criteria describe (counted by hand over the grid layout),
// bind every value (a quote or % typed by a user is data), treat "" as unassigned / not set, and describe
// itself in the current language only.
#include "cache/geopackagecache.h"
#include "cache/parcelfilter.h"
#include "i18n/language.h"
#include "syntheticcache.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <functional>

using namespace zhili;
using namespace zhili::test;

class TestParcelFilter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    GridSpec m_spec;
    std::unique_ptr<GeoPackageCache> m_cache;

    // Counts grid cells (c, r) for which pred holds: the expected result, from the layout alone.
    int handCount(const std::function<bool(int c, int r)> &pred) const
    {
        int n = 0;
        for (int c = 0; c < m_spec.columns; ++c)
            for (int r = 0; r < m_spec.rows; ++r)
                n += pred(c, r) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("grid.gpkg"));
        createGridCache(path, m_spec);
        m_cache = GeoPackageCache::open(path, true);
        QCOMPARE(m_cache->parcelCount(), qint64(m_spec.columns * m_spec.rows));
    }

    void emptyMatchesAll()
    {
        ParcelFilter f;
        QVERIFY(f.isEmpty());
        QCOMPARE(f.whereClause(), QStringLiteral("1"));
        QCOMPARE(f.count(*m_cache), qint64(m_spec.columns * m_spec.rows));
    }

    void byDistrictAndEcosystem()
    {
        ParcelFilter f;
        f.districts = {QStringLiteral("滨江区")};
        f.ecosystems = {QStringLiteral("bio"), QStringLiteral("mat")};
        const int expected =
            handCount([](int c, int r) { return c % 3 == 1 && ((c + r) % 6 == 1 || (c + r) % 6 == 3); });
        QVERIFY(expected > 0);
        QCOMPARE(f.count(*m_cache), qint64(expected));
        QCOMPARE(f.fids(*m_cache).size(), expected);
    }

    void unassigned()
    {
        ParcelFilter f;
        f.ecosystems = {QString()};
        const int expected = handCount([](int c, int r) { return (c + r) % 6 == 5; });
        QCOMPARE(f.count(*m_cache), qint64(expected));
        f.ecosystems = {QString(), QStringLiteral("iot")};
        const int both = handCount([](int c, int r) { return (c + r) % 6 == 5 || (c + r) % 6 == 0; });
        QCOMPARE(f.count(*m_cache), qint64(both));
    }

    void statusNotSetAndKeys()
    {
        ParcelFilter f;
        f.statuses = {QString(), QStringLiteral("idle")};
        QCOMPARE(f.count(*m_cache), qint64(handCount([](int, int r) { return r % 4 == 3 || r % 4 == 2; })));
    }

    void landUsePrefix()
    {
        ParcelFilter f;
        f.landUses = {QStringLiteral("1001")}; // matches 100101 only
        const int rows = m_spec.rows;
        QCOMPARE(f.count(*m_cache),
                 qint64(handCount([rows](int c, int r) { return (c * rows + r) % 3 == 2; })));
        f.landUses = {QStringLiteral("m1"), QStringLiteral("0601")};
        QCOMPARE(f.count(*m_cache),
                 qint64(handCount([rows](int c, int r) { return (c * rows + r) % 3 != 2; })));
    }

    void areaRange()
    {
        // Row r has side (200 - r) m; 1 亩 = 10000/15 m². Rows 1..3 lie within [58.5, 59.7] 亩:
        // r=0: 40000 m² = 60.0 亩; r=1: 39601 = 59.40; r=2: 39204 = 58.81; r=3: 38809 = 58.21; r=4: 57.62.
        ParcelFilter f;
        f.minAreaMu = 58.0;
        f.maxAreaMu = 59.7;
        QCOMPARE(f.count(*m_cache), qint64(3 * m_spec.columns));
        f.maxAreaMu.reset();
        QCOMPARE(f.count(*m_cache), qint64(4 * m_spec.columns));
    }

    void textIsBoundNotSpliced()
    {
        ParcelFilter f;
        f.text = QStringLiteral("P-2-");
        QCOMPARE(f.count(*m_cache), qint64(m_spec.rows));
        f.text = QStringLiteral("x' OR '1'='1");
        QCOMPARE(f.count(*m_cache), qint64(0));
        f.text = QStringLiteral("%"); // literal percent: no code contains it
        QCOMPARE(f.count(*m_cache), qint64(0));
        f.text = QStringLiteral("企业3"); // enterprise 企业3, 企业30..企业34 (where assigned)
        const int expected = handCount([](int c, int r) {
            const QString e = QStringLiteral("企业%1").arg(c * 10 + r);
            return (c + r) % 6 != 5 && e.contains(QStringLiteral("企业3"));
        });
        QCOMPARE(f.count(*m_cache), qint64(expected));
    }

    void aliasAndSqlCount()
    {
        ParcelFilter f;
        f.districts = {QStringLiteral("西湖区"), QStringLiteral("余杭区")};
        f.statuses = {QStringLiteral("production")};
        auto st = m_cache->db().prepare(QStringLiteral("SELECT count(*) FROM parcels p WHERE ") +
                                        f.whereClause(QStringLiteral("p")));
        QCOMPARE(f.bind(st), 4);
        QVERIFY(st.step());
        const qint64 direct = m_cache->db()
                                  .scalar(QStringLiteral("SELECT count(*) FROM parcels WHERE district IN "
                                                         "('西湖区','余杭区') AND status = 'production'"))
                                  .toLongLong();
        QCOMPARE(st.integer(0), direct);
        QCOMPARE(f.count(*m_cache), direct);
        QVERIFY(f.describe().contains(QStringLiteral("西湖区")));
    }

    // The description speaks one language: its words from the catalogue, the names of ecosystems and
    // statuses in the language of the default locale; an unknown key stays as typed in both.
    void describeSpeaksTheCurrentLanguage()
    {
        ParcelFilter f;
        f.ecosystems = {QStringLiteral("bio"), QString(), QStringLiteral("steel")};
        f.statuses = {QStringLiteral("idle"), QString()};
        f.minAreaMu = 5;
        const QLocale was;
        auto restore = qScopeGuard([&] {
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
                QCoreApplication::removeTranslator(t);
            QLocale::setDefault(was);
        });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(
            f.describe(),
            QStringLiteral("ecosystem: Biomedicine/unassigned/steel; status: Idle/not set; area: 5– mu"));
        QCOMPARE(ParcelFilter().describe(), QStringLiteral("all parcels"));

        QVERIFY(Language::installTranslator(QCoreApplication::instance(), QStringLiteral("zh")));
        QCOMPARE(f.describe(),
                 QStringLiteral("生态圈：生物医药/未分配/steel; 状态：闲置/未设置; 面积：5– 亩"));
        QCOMPARE(ParcelFilter().describe(), QStringLiteral("全部地块"));
    }
};

QTEST_GUILESS_MAIN(TestParcelFilter)
#include "tst_parcelfilter.moc"
