// TextDecoder: DBF text to UTF-8 with one iconv handle, plain ASCII values passed through without iconv.
// Byte strings are written out by hand (GBK of 浙江省 = D5E3 BDAD CAA1), never produced by the code under
// test.
#include "io/textdecoder.h"

#include <QtTest>

#include <cerrno>
#include <iconv.h>

using namespace zhili;

namespace {
// The oracle: the whole value through iconv, undecodable bytes skipped as GDAL's CPLRecodeIconv does.
QByteArray iconvWhole(const char *encoding, const QByteArray &raw)
{
    iconv_t cd = iconv_open("UTF-8", encoding);
    QByteArray out(raw.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(raw.constData());
    size_t inLeft = size_t(raw.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &dst, &dstLeft) != size_t(-1) || errno != EILSEQ)
            break;
        ++in;
        --inLeft;
    }
    iconv_close(cd);
    out.truncate(dst - out.data());
    return out;
}

QString decoded(TextDecoder &d, const QByteArray &raw)
{
    std::string out = "left over from an earlier value";
    d.toUtf8(raw.constData(), size_t(raw.size()), &out);
    return QString::fromStdString(out);
}
} // namespace

class TestTextDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("text");
        const QByteArray ascii = "ZJ-0001 M1 3.75 (a+b)/c @x #1 [ok] {y} |z| \"q\" 'r' `s` \\t";
        for (const char *enc : {"GBK", "GB18030", "CP936", "BIG5", "ISO-8859-1", "CP1252", "UTF-8"})
            QTest::newRow(qPrintable(QStringLiteral("ascii %1").arg(QLatin1String(enc))))
                << QString::fromLatin1(enc) << ascii << QString::fromLatin1(ascii);
        QTest::newRow("gbk mixed") << "GBK" << QByteArray("A-") + QByteArray::fromHex("D5E3BDADCAA1") + "-7"
                                   << QStringLiteral("A-浙江省-7");
        QTest::newRow("empty") << "GBK" << QByteArray() << QString();
        // A tilde and control bytes stay with iconv: 7-bit encodings switch character sets with them.
        QTest::newRow("iso-2022-cn") << "ISO-2022-CN"
                                     << QByteArray("\x1b$)A\x0eUc=-J!\x0f"
                                                   "ab")
                                     << QStringLiteral("浙江省ab");
        QTest::newRow("tilde") << "GBK" << QByteArray("a~b") << QStringLiteral("a~b");
        QTest::newRow("tab") << "GBK" << QByteArray("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("latin1 high") << "ISO-8859-1" << QByteArray::fromHex("D1616E64FA")
                                     << QStringLiteral("Ñandú");
    }

    void decodes()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, raw);
        QFETCH(QString, text);
        TextDecoder d(encoding);
        QVERIFY(d.isValid());
        QCOMPARE(decoded(d, raw), text);
        // The handle is reused: a value after a multi-byte one decodes as well (shift state reset).
        QCOMPARE(decoded(d, QByteArrayLiteral("P-2")), QStringLiteral("P-2"));
        QCOMPARE(decoded(d, raw), text);
    }

    // Pair-table decoding must give exactly what iconv gives for the whole value, for any bytes: valid and
    // invalid pairs, GB18030 four-byte sequences, lone lead bytes, controls, the tilde.
    void sameAsIconvOnAnyBytes_data()
    {
        QTest::addColumn<QString>("encoding");
        for (const char *enc : {"GBK", "CP936", "GB18030", "BIG5", "CP950", "EUC-KR", "CP949", "GB2312"})
            QTest::newRow(enc) << QString::fromLatin1(enc);
    }

    void sameAsIconvOnAnyBytes()
    {
        QFETCH(QString, encoding);
        const QByteArray enc = encoding.toLatin1();
        TextDecoder d(encoding);
        QVERIFY(d.isValid());
        quint32 seed = 2024;
        auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) >> 24; };
        int nonAscii = 0;
        for (int n = 0; n < 20000; ++n) {
            QByteArray raw;
            const int len = int(next() % 12);
            for (int k = 0; k < len; ++k) {
                const quint32 kind = next() % 8;
                if (kind < 3) { // a likely two-byte character
                    raw.append(char(0xB0 + next() % 0x40));
                    raw.append(char(0xA1 + next() % 0x5E));
                } else if (kind < 5) {
                    raw.append(char(0x20 + next() % 0x5F)); // printable ASCII
                } else if (kind == 5) {
                    raw.append(char(0x81 + next() % 0x7E)); // a lead byte with whatever follows
                    raw.append(char(next()));
                } else if (kind == 6) {
                    raw.append(char(0x81 + next() % 0x7E)); // GB18030's four-byte form
                    raw.append(char(0x30 + next() % 10));
                    raw.append(char(0x81 + next() % 0x7E));
                    raw.append(char(0x30 + next() % 10));
                } else {
                    raw.append(char(next())); // any byte: controls, '~', 0x80, 0xFF
                }
            }
            std::string out;
            d.toUtf8(raw.constData(), size_t(raw.size()), &out);
            const QByteArray expected = iconvWhole(enc.constData(), raw);
            if (QByteArray::fromStdString(out) != expected)
                QFAIL(qPrintable(QStringLiteral("%1: bytes %2 decode to %3, iconv gives %4")
                                     .arg(encoding, QString::fromLatin1(raw.toHex(' ')),
                                          QString::fromLatin1(QByteArray::fromStdString(out).toHex(' ')),
                                          QString::fromLatin1(expected.toHex(' ')))));
            nonAscii += expected.size() > raw.count(' ') ? 1 : 0;
        }
        QVERIFY(nonAscii > 1000);
    }

    void unknownEncodingIsInvalid()
    {
        QVERIFY(!TextDecoder(QStringLiteral("NO-SUCH-CODEPAGE-42")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
