// `zhili-cli snapshot`: exact PNG pixel sizes (read from the PNG header), PDF pages and page sizes (pdfinfo),
// the Chinese title in the PDF text (pdftotext), batch per district, and clear errors with no file written.
#include "syntheticcache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace zhili;

namespace {

struct Result {
    int code;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ZHILI_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString tool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(name, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Width and height from the PNG IHDR chunk (bytes 16..23, big-endian).
QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QSize();
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG"))
        return QSize();
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    return QSize(int(qFromBigEndian<quint32>(p + 16)), int(qFromBigEndian<quint32>(p + 20)));
}

} // namespace

class TestSnapshotCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("grid.gpkg"));
        test::createGridCache(m_cache);
    }

    void pngSizes_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("dpi");
        QTest::addColumn<QSize>("size");
        QTest::newRow("A4 landscape 300") << "A4-landscape"
                                          << "300" << QSize(3508, 2480);
        QTest::newRow("A4 portrait 72") << "A4-portrait"
                                        << "72" << QSize(595, 842);
        QTest::newRow("slide default") << "slide-16x9"
                                       << "" << QSize(1920, 1080);
    }
    void pngSizes()
    {
        QFETCH(QString, page);
        QFETCH(QString, dpi);
        QFETCH(QSize, size);
        const QString out = m_dir.filePath(page + QStringLiteral(".png"));
        QStringList args{QStringLiteral("snapshot"),
                         QStringLiteral("--cache"),
                         m_cache,
                         QStringLiteral("--page"),
                         page,
                         QStringLiteral("--title"),
                         QStringLiteral("测试标题"),
                         QStringLiteral("--out"),
                         out};
        if (!dpi.isEmpty())
            args << QStringLiteral("--dpi") << dpi;
        const Result r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pngSize(out), size);
    }

    void pdfDistrict()
    {
        const QString out = m_dir.filePath(QStringLiteral("d.pdf"));
        const Result r =
            cli({QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache, QStringLiteral("--district"),
                 QStringLiteral("余杭区"), QStringLiteral("--page"), QStringLiteral("A3-landscape"),
                 QStringLiteral("--title"), QStringLiteral("{district}工业用地"), QStringLiteral("--date"),
                 QStringLiteral("2026-02-28"), QStringLiteral("--summary"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(tool(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("1191 x 842 pts")));
        const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("余杭区工业用地")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("数据截至 2026年2月28日")), qPrintable(text));
    }

    void eachDistrict()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
        Result r = cli({QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache,
                        QStringLiteral("--each-district"), QStringLiteral("--title"),
                        QStringLiteral("产业用地布局图"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\b"))), qPrintable(info));
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const char *d : test::kDistricts)
            QVERIFY2(text.contains(QString::fromUtf8(d) + QStringLiteral("产业用地布局图")), d);

        const QString dir = m_dir.filePath(QStringLiteral("sheets")) + QLatin1Char('/');
        r = cli({QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--each-district"), QStringLiteral("--title"), QStringLiteral("产业用地"),
                 QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--dpi"),
                 QStringLiteral("72"), QStringLiteral("--out"), dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *d : test::kDistricts)
            QCOMPARE(pngSize(dir + QString::fromUtf8(d) + QStringLiteral(".png")), QSize(842, 595));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown district")
            << QStringList{QStringLiteral("--district"), QStringLiteral("火星区")} << "x1.png"
            << "火星区";
        QTest::newRow("inverted extent")
            << QStringList{QStringLiteral("--extent"), QStringLiteral("520000,3351000,515000,3350000")}
            << "x2.png"
            << "inverted";
        QTest::newRow("empty extent")
            << QStringList{QStringLiteral("--extent"), QStringLiteral("515000,3350000,515000,3351000")}
            << "x3.pdf"
            << "empty";
        QTest::newRow("dpi too high")
            << QStringList{QStringLiteral("--dpi"), QStringLiteral("700")} << "x4.png"
            << "700";
        QTest::newRow("dpi too low") << QStringList{QStringLiteral("--dpi"), QStringLiteral("50")} << "x5.png"
                                     << "50";
        QTest::newRow("unknown page")
            << QStringList{QStringLiteral("--page"), QStringLiteral("A5")} << "x6.png"
            << "A5";
        QTest::newRow("unknown format") << QStringList{} << "x7.jpg"
                                        << ".png";
        QTest::newRow("unwritable") << QStringList{} << "/nonexistent-zhili/x.png"
                                    << "nonexistent-zhili";
    }
    void badInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, out);
        QFETCH(QString, message);
        const QString path = out.startsWith(QLatin1Char('/')) ? out : m_dir.filePath(out);
        const Result r =
            cli(QStringList{QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache,
                            QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--out"), path} +
                extra);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
        // No temporary leftovers beside the target either.
        const QStringList left = QDir(m_dir.path()).entryList({out + QStringLiteral("*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshotcli.moc"
