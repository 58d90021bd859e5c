// Encoding policy: .cpg strong, LDID weak, strict UTF-8 then plausible GB18030, errors instead of mojibake.
// Byte strings are written out by hand (GBK of 浙江省 = D5E3 BDAD CAA1), never produced by the code under
// test.
#include "io/encodingdetector.h"
#include "shareddata.h"
#include "testrows.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {
const QByteArray kGbkZhejiang = QByteArray::fromHex("D5E3BDADCAA1");    // 浙江省 in GBK
const QByteArray kUtf8Xihu = QByteArray::fromHex("E8A5BFE6B996E58CBA"); // 西湖区 in UTF-8
const QByteArray kLatin1Nandu = QByteArray::fromHex("D1616E64FA");      // Ñandú in ISO-8859-1

EncodingDeclaration decl(EncodingDeclaration::Strength s, const QString &enc, const QString &source)
{
    EncodingDeclaration d;
    d.strength = s;
    d.encoding = enc;
    d.source = source;
    return d;
}

QString realData()
{
    return QStringLiteral(ZHILI_SHARED_DATA);
}
} // namespace

class TestEncodingDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byteChecks()
    {
        QVERIFY(EncodingDetector::isValidUtf8(kUtf8Xihu));
        QVERIFY(!EncodingDetector::isValidUtf8(kGbkZhejiang));
        QVERIFY(!EncodingDetector::isValidUtf8(QByteArray::fromHex("C0AF")));     // overlong '/'
        QVERIFY(!EncodingDetector::isValidUtf8(QByteArray::fromHex("EDA080")));   // surrogate
        QVERIFY(!EncodingDetector::isValidUtf8(QByteArray::fromHex("E080AF")));   // overlong, 3 bytes
        QVERIFY(!EncodingDetector::isValidUtf8(QByteArray::fromHex("F4908080"))); // past U+10FFFF
        QVERIFY(!EncodingDetector::isValidUtf8(QByteArray::fromHex("E8A5")));     // cut short
        QVERIFY(!EncodingDetector::isValidUtf8(QByteArray::fromHex("A5BF")));     // no lead byte
        QVERIFY(EncodingDetector::isValidUtf8(QByteArray::fromHex("F09F9880")));  // U+1F600, 4 bytes
        QVERIFY(EncodingDetector::isPlausibleGb18030(kGbkZhejiang));
        QVERIFY(!EncodingDetector::isPlausibleGb18030(kLatin1Nandu));
        QCOMPARE(EncodingDetector::decode(kGbkZhejiang, QStringLiteral("GB18030")), QStringLiteral("浙江省"));
        QCOMPARE(EncodingDetector::decode(kLatin1Nandu, QStringLiteral("ISO-8859-1")),
                 QStringLiteral("Ñandú"));
    }

    void normalizeName_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        addRow("gbk", "GBK", "CP936");
        addRow("936", "936", "CP936");
        addRow("gb2312", "gb2312", "CP936");
        addRow("gb18030", "GB18030", "GB18030");
        addRow("utf8", "utf8", "UTF-8");
        addRow("ansi1252", "ANSI 1252", "CP1252");
        addRow("88591", "88591", "ISO-8859-1");
    }
    void normalizeName()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(EncodingDetector::normalizeName(in), out);
    }

    void decide_data()
    {
        using S = EncodingDeclaration::Strength;
        QTest::addColumn<int>("strength");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected"); // encoding, or "error:<keyword>"
        QTest::newRow("none utf8") << int(S::None) << "" << kUtf8Xihu << ""
                                   << "UTF-8";
        QTest::newRow("none gbk") << int(S::None) << "" << kGbkZhejiang << ""
                                  << "GB18030";
        QTest::newRow("none latin1") << int(S::None) << "" << kLatin1Nandu << ""
                                     << "error:--encoding";
        QTest::newRow("ldid57 utf8") << int(S::Weak) << "ISO-8859-1" << kUtf8Xihu << ""
                                     << "UTF-8";
        QTest::newRow("ldid57 latin1") << int(S::Weak) << "ISO-8859-1" << kLatin1Nandu << ""
                                       << "ISO-8859-1";
        QTest::newRow("ldid4d gbk") << int(S::Weak) << "CP936" << kGbkZhejiang << ""
                                    << "CP936";
        QTest::newRow("cpg gbk") << int(S::Strong) << "CP936" << kGbkZhejiang << ""
                                 << "CP936";
        QTest::newRow("cpg utf8 on gbk") << int(S::Strong) << "UTF-8" << kGbkZhejiang << ""
                                         << "error:--encoding GBK";
        QTest::newRow("cpg gbk on utf8") << int(S::Strong) << "CP936" << kUtf8Xihu << ""
                                         << "error:--encoding UTF-8";
        QTest::newRow("cpg latin1 on utf8") << int(S::Strong) << "ISO-8859-1" << kUtf8Xihu << ""
                                            << "error:UTF-8";
        QTest::newRow("override") << int(S::Strong) << "UTF-8" << kGbkZhejiang << "GBK"
                                  << "CP936";
        QTest::newRow("override latin1") << int(S::None) << "" << kLatin1Nandu << "latin1"
                                         << "ISO-8859-1";
        QTest::newRow("ascii") << int(S::None) << "" << QByteArray("plain") << ""
                               << "UTF-8";
        QTest::newRow("unknown override") << int(S::None) << "" << kUtf8Xihu << "NO-SUCH-ENC"
                                          << "error:unknown encoding";
    }
    void decide()
    {
        QFETCH(int, strength);
        QFETCH(QString, declared);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, override);
        QFETCH(QString, expected);
        const auto d =
            decl(EncodingDeclaration::Strength(strength), declared, QStringLiteral("test declaration"));
        const QList<RawText> texts = {{QStringLiteral("NAME"), bytes},
                                      {QStringLiteral("NAME"), QByteArray("ABC")}};
        if (expected.startsWith(QLatin1String("error:"))) {
            try {
                EncodingDetector::decide(d, texts, override, QStringLiteral("f.dbf"));
                QFAIL("expected an error");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(expected.mid(6)), qPrintable(e.message()));
                if (!override.isEmpty())
                    return;
                QVERIFY2(e.message().contains(QLatin1String("f.dbf")), qPrintable(e.message()));
                QVERIFY2(e.message().contains(QLatin1String("NAME")), qPrintable(e.message()));
            }
            return;
        }
        const EncodingDecision r = EncodingDetector::decide(d, texts, override, QStringLiteral("f.dbf"));
        QCOMPARE(r.encoding, expected);
        QVERIFY(!r.reason.isEmpty());
    }

    void reasonSaysWhy()
    {
        const auto d = decl(EncodingDeclaration::Strength::Weak, QStringLiteral("ISO-8859-1"),
                            QStringLiteral("LDID 0x57"));
        const auto r =
            EncodingDetector::decide(d, {{QStringLiteral("name"), kUtf8Xihu}}, {}, QStringLiteral("f"));
        QVERIFY2(r.reason.contains(QLatin1String("LDID 0x57 says ISO-8859-1 but the text is valid UTF-8")),
                 qPrintable(r.reason));
        QVERIFY2(r.reason.contains(QStringLiteral("西湖区")), qPrintable(r.reason));
    }

    // Real files: declaration read from .cpg / LDID byte, and the whole-file verdict.
    void realFiles_data()
    {
        QTest::addColumn<QString>("dbf");
        QTest::addColumn<QString>("cpg"); // written next to a copy when non-empty; "-" = copy without .cpg
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("reasonHas");
        // The reason's sample may be any province.
        addRow("bou2_4p no cpg", "china-4m-provinces-gbk-noprj/bou2_4p.dbf", "-", "GB18030", "浙江");
        addRow("bou2_4p cpg GBK", "china-4m-provinces-gbk-noprj/bou2_4p.dbf", "GBK", "CP936", ".cpg");
        addRow("bou2_4p cpg UTF-8", "china-4m-provinces-gbk-noprj/bou2_4p.dbf", "UTF-8", "error",
               "--encoding GBK");
        addRow("landusages LDID 0x57", "hangzhou-osm-landuse-2016/hangzhou_china.osm-landusages.dbf", "",
               "UTF-8", "LDID 0x57");
        addRow("landuse cpg", "hangzhou-osm-landuse-2016/landuse.dbf", "", "UTF-8", ".cpg");
        addRow("hangzhou LDID 0", "hangzhou-districts-amap-2020/杭州市.dbf", "", "UTF-8", "LDID 0");
        addRow("cities", "china-cities-cgcs2000-2025/市.dbf", "", "UTF-8", ".cpg");
    }
    void realFiles()
    {
        ZHILI_REQUIRE_SHARED_DATA();
        QFETCH(QString, dbf);
        QFETCH(QString, cpg);
        QFETCH(QString, expected);
        QFETCH(QString, reasonHas);
        QString path = realData() + QLatin1Char('/') + dbf;
        QTemporaryDir dir;
        if (!cpg.isEmpty()) {
            const QString copy = dir.filePath(QStringLiteral("copy.dbf"));
            QVERIFY(QFile::copy(path, copy));
            if (cpg != QLatin1String("-")) {
                QFile f(dir.filePath(QStringLiteral("copy.cpg")));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(cpg.toLatin1());
            }
            path = copy;
        }
        if (expected == QLatin1String("error")) {
            try {
                EncodingDetector::detect(path, {}, path);
                QFAIL("expected an error");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(reasonHas), qPrintable(e.message()));
                QVERIFY2(e.message().contains(QLatin1String("NAME")), qPrintable(e.message()));
            }
            return;
        }
        const EncodingDecision r = EncodingDetector::detect(path, {}, path);
        QCOMPARE(r.encoding, expected);
        if (reasonHas == QStringLiteral("浙江")) {
            // The detected encoding really decodes the Zhejiang record (浙江省 = D5E3 BDAD CAA1 in the file).
            bool found = false;
            for (const RawText &t : EncodingDetector::rawTexts(path))
                found = found || EncodingDetector::decode(t.bytes, r.encoding) == QStringLiteral("浙江省");
            QVERIFY(found);
            return;
        }
        QVERIFY2(r.reason.contains(reasonHas), qPrintable(r.reason));
    }
};

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
