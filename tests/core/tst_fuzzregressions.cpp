// Inputs that crashed a fuzz target (tests/fuzz) before the fix: each case here failed (under ASan/UBSan,
// and most also gave wrong results in the normal build) and now passes. The crashing files themselves are
// kept as seeds in tests/fuzz/corpus/<target>/crash-*.
// WKB is written byte by byte here, never with the code under test.
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/encodingdetector.h"
#include "util/error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cstring>

using namespace zhili;

namespace {
// Little-endian WKB writer for the test inputs.
struct Wkb {
    QByteArray bytes;
    Wkb &u8(quint8 v)
    {
        bytes.append(char(v));
        return *this;
    }
    Wkb &u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        bytes.append(b, 4);
        return *this;
    }
    Wkb &f64(double d)
    {
        quint64 v;
        std::memcpy(&v, &d, 8);
        char b[8];
        qToLittleEndian(v, b);
        bytes.append(b, 8);
        return *this;
    }
    Wkb &polygonHeader(quint32 rings) { return u8(1).u32(3).u32(rings); }
    // A closed square ring (5 points) with its lower-left corner at (x, y).
    Wkb &square(double x, double y, double side)
    {
        u32(5);
        const double pts[5][2] = {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}};
        for (const auto &p : pts)
            f64(p[0]).f64(p[1]);
        return *this;
    }
};

// A one-field dBASE III file: field XZQMC (C, 12), one record, language driver byte `ldid`.
QByteArray dbfWithOneValue(const QByteArray &value, quint8 ldid)
{
    QByteArray h(32, '\0');
    h[0] = 0x03;
    h[4] = 1;                 // 1 record
    h[8] = char(32 + 32 + 1); // header size
    h[10] = char(1 + 12);     // record size: deletion flag + field
    h[29] = char(ldid);
    QByteArray field(32, '\0');
    field.replace(0, 5, "XZQMC");
    field[11] = 'C';
    field[16] = 12;
    QByteArray rec = " " + value.leftJustified(12, ' ');
    return h + field + "\x0d" + rec + "\x1a";
}

PolygonGeometry parse(const QByteArray &wkb)
{
    return PolygonGeometry::fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()),
                                    int(wkb.size()));
}
} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // fuzz_wkb: a polygon with no rings (POLYGON EMPTY as WKB, which GeoPackages may hold) made
    // interiorPoint() read past the ring offsets (heap overflow) and bind a reference through an empty
    // coordinate vector.
    void emptyPolygonAfterASquare()
    {
        Wkb w;
        w.u8(1).u32(6).u32(2);               // MultiPolygon of 2
        w.polygonHeader(1).square(0, 0, 10); // 10 × 10 m square
        w.polygonHeader(0);                  // then an empty polygon
        const PolygonGeometry g = parse(w.bytes);
        QCOMPARE(g.polygonCount(), 2);
        QCOMPARE(g.ringCount(), 1);
        QCOMPARE(g.area(), 100.0);
        double x = -1, y = -1;
        g.interiorPoint(&x, &y);
        QVERIFY2(x > 0 && x < 10 && y > 0 && y < 10, qPrintable(QStringLiteral("%1 %2").arg(x).arg(y)));
        QVERIFY(g.contains(x, y));
    }
    void emptyPolygonFirst()
    {
        Wkb w;
        w.u8(1).u32(6).u32(2);
        w.polygonHeader(0);
        w.polygonHeader(1).square(100, 200, 4);
        const PolygonGeometry g = parse(w.bytes);
        QCOMPARE(g.area(), 16.0);
        double x = -1, y = -1;
        g.interiorPoint(&x, &y);
        QVERIFY(x > 100 && x < 104 && y > 200 && y < 204);
    }
    void onlyEmptyPolygons()
    {
        Wkb w;
        w.polygonHeader(0);
        const PolygonGeometry g = parse(w.bytes);
        QCOMPARE(g.polygonCount(), 1);
        QVERIFY(g.isEmpty());
        QCOMPARE(g.area(), 0.0);
        QVERIFY(!g.contains(0, 0));
        double x = -1, y = -1;
        g.interiorPoint(&x, &y); // no exterior ring at all: the documented fallback (0, 0)
        QCOMPARE(x, 0.0);
        QCOMPARE(y, 0.0);
    }
    void emptyRing()
    {
        Wkb w;
        w.polygonHeader(2).u32(0).square(0, 0, 2); // an empty exterior ring, then a square "hole"
        const PolygonGeometry g = parse(w.bytes);
        QCOMPARE(g.ringCount(), 2);
        QCOMPARE(g.pointCount(), 5);
        QCOMPARE(g.area(), -4.0); // exterior 0 minus the 4 m² ring
        QVERIFY(g.contains(1, 1));
        double x = -1, y = -1;
        g.interiorPoint(&x, &y); // must not read through the empty ring; any point is acceptable
    }
    // The file fuzz_wkb found, as the cache would read it: a big-endian GeoPackage blob (flags 0x02, XY
    // envelope) whose WKB at byte 40 is a big-endian Polygon with 0 rings, followed by junk.
    void fuzzWkbCrashFile()
    {
        QFile f(QStringLiteral(ZHILI_SOURCE_DIR
                               "/tests/fuzz/corpus/wkb/crash-d60e3066cf45331cd446dfe4ed81b690ffe866ca"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        const GpkgBlob b = GpkgBlob::parse(data, int(bytes.size()));
        QCOMPARE(b.wkb - data, 40);
        const PolygonGeometry g = PolygonGeometry::fromWkb(b.wkb, b.wkbSize);
        QCOMPARE(g.polygonCount(), 1);
        QCOMPARE(g.ringCount(), 0);
        QCOMPARE(g.area(), 0.0);
        double x = -1, y = -1;
        g.interiorPoint(&x, &y);
        QCOMPARE(x, 0.0);
        QCOMPARE(y, 0.0);
    }
    // fuzz_dbf: a .cpg holding only quotes ("") was taken as a strong declaration of the encoding "", which
    // reached GDAL as "do not recode": GBK bytes would have been stored as they are (mojibake). Now such a
    // .cpg declares nothing and the LDID byte and the bytes decide.
    void cpgOfOnlyQuotesIsNoDeclaration()
    {
        QTemporaryDir dir;
        const QString dbf = dir.filePath(QStringLiteral("p.dbf"));
        const QByteArray gbkXihu = QByteArray::fromHex("CEF7BAFEC7F8"); // 西湖区 in GBK
        QFile f(dbf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(dbfWithOneValue(gbkXihu, 0x4D)); // LDID 0x4D = CP936
        f.close();
        QFile cpg(dir.filePath(QStringLiteral("p.cpg")));
        QVERIFY(cpg.open(QIODevice::WriteOnly));
        cpg.write("\"\"\n");
        cpg.close();

        const EncodingDeclaration d = EncodingDetector::declaration(dbf);
        QCOMPARE(d.strength, EncodingDeclaration::Strength::Weak);
        QCOMPARE(d.encoding, QStringLiteral("CP936"));
        const EncodingDecision r = EncodingDetector::detect(dbf, QString(), QStringLiteral("p.shp"));
        QVERIFY2(!r.encoding.isEmpty(), qPrintable(r.reason));
        const QList<RawText> texts = EncodingDetector::rawTexts(dbf);
        bool decoded = false;
        for (const RawText &t : texts)
            decoded = decoded || EncodingDetector::decode(t.bytes, r.encoding) == QStringLiteral("西湖区");
        QVERIFY2(decoded, qPrintable(r.reason));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
