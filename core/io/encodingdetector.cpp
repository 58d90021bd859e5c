#include "io/encodingdetector.h"

#include "io/dbfheader.h"
#include "util/error.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <iconv.h>
#include <memory>
#include <utility>

namespace zhili {

namespace {

// Byte statistics over every text value, so a single bad value anywhere in the file is noticed.
struct TextStats {
    qint64 nonAsciiValues = 0;
    bool utf8Valid = true;
    bool gbWellFormed = true;
    qint64 gbMultibyte = 0;
    qint64 gbCommon = 0;
    QString firstNonUtf8Field;
    QByteArray firstNonUtf8;
    QString firstNonGbField;
    QByteArray firstNonGb;
    QString firstNonAsciiField;
    QByteArray firstNonAscii;
    QList<QByteArray> samples; // a few non-ASCII values, to quote decoded in the reason
    QList<QByteArray> nameSamples;
    QByteArray example() const { return samples.isEmpty() ? nameSamples.value(0) : samples.first(); }

    void add(const QString &field, const char *data, qsizetype size);
    bool gbPlausible() const { return gbWellFormed && gbMultibyte > 0 && gbCommon * 10 >= gbMultibyte * 9; }
};

// Walks GB18030 byte sequences; counts multibyte characters and those in GB2312 (the common Hanzi and
// full-width punctuation). Returns false on a byte sequence GB18030 does not allow.
bool scanGb(const unsigned char *s, qsizetype n, qint64 *multi, qint64 *common)
{
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF || i + 1 >= n)
            return false;
        const unsigned char t = s[i + 1];
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n || s[i + 2] < 0x81 || s[i + 2] > 0xFE || s[i + 3] < 0x30 || s[i + 3] > 0x39)
                return false;
            ++*multi;
            i += 4;
            continue;
        }
        if (t < 0x40 || t == 0x7F || t == 0xFF)
            return false;
        ++*multi;
        if (t >= 0xA1 && ((b >= 0xB0 && b <= 0xF7) || (b >= 0xA1 && b <= 0xA9)))
            ++*common;
        i += 2;
    }
    return true;
}

void TextStats::add(const QString &field, const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i)
        if (s[i] >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return;
    ++nonAsciiValues;
    if (firstNonAscii.isEmpty()) {
        firstNonAsciiField = field;
        firstNonAscii = QByteArray(data, size);
    }
    // Values make better examples than field names (which come first in the scan).
    if (field == QLatin1String("(field names)")) {
        if (nameSamples.size() < 5)
            nameSamples.append(QByteArray(data, size));
    } else if (samples.size() < 5) {
        samples.append(QByteArray(data, size));
    }
    // Qt's check rejects what UTF-8 does not allow: overlong forms, surrogates, code points past U+10FFFF.
    if (utf8Valid && !QByteArrayView(data, size).isValidUtf8()) {
        utf8Valid = false;
        firstNonUtf8Field = field;
        firstNonUtf8 = QByteArray(data, size);
    }
    if (!scanGb(s, size, &gbMultibyte, &gbCommon) && gbWellFormed) {
        gbWellFormed = false;
        firstNonGbField = field;
        firstNonGb = QByteArray(data, size);
    }
}

QString hexBytes(const QByteArray &b)
{
    return QString::fromLatin1(b.left(12).toHex(' ').toUpper()) +
           (b.size() > 12 ? QStringLiteral(" …") : QString());
}

QString ldidEncoding(int ldid)
{
    // The language driver ids (byte 29 of a DBF header) that name a code page.
    static const std::pair<int, const char *> kCodePages[] = {
        {0x01, "CP437"},  {0x02, "CP850"},  {0x03, "CP1252"}, {0x58, "CP1252"},
        {0x59, "CP1252"}, {0x13, "CP932"},  {0x7B, "CP932"},  {0x4D, "CP936"},
        {0x7A, "CP936"},  {0x4E, "CP949"},  {0x79, "CP949"},  {0x4F, "CP950"},
        {0x78, "CP950"},  {0xC8, "CP1250"}, {0xC9, "CP1251"}, {0x57, "ISO-8859-1"}};
    for (const auto &[id, codePage] : kCodePages)
        if (id == ldid)
            return QString::fromLatin1(codePage);
    return {};
}

bool isGbFamily(const QString &enc)
{
    return enc == QLatin1String("CP936") || enc == QLatin1String("GB18030") || enc == QLatin1String("GBK") ||
           enc == QLatin1String("GB2312");
}

bool isSingleByte(const QString &enc)
{
    return enc.startsWith(QLatin1String("ISO-8859")) || enc == QLatin1String("CP1252") ||
           enc == QLatin1String("CP1250") || enc == QLatin1String("CP1251") ||
           enc == QLatin1String("CP437") || enc == QLatin1String("CP850");
}

// Reads a whole (small) file through GDAL's VSI layer, so /vsizip/ paths work.
QByteArray readVsiFile(const QString &path, qint64 maxBytes)
{
    VSILFILE *f = VSIFOpenL(path.toUtf8().constData(), "rb");
    if (!f)
        return {};
    QByteArray data(maxBytes, Qt::Uninitialized);
    const size_t n = VSIFReadL(data.data(), 1, size_t(maxBytes), f);
    VSIFCloseL(f);
    data.truncate(qsizetype(n));
    return data;
}

QString sibling(const QString &path, const QString &ext)
{
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > path.lastIndexOf(QLatin1Char('/')) ? path.left(dot) : path;
    for (const QString &e : {ext.toLower(), ext.toUpper()}) {
        const QString p = base + QLatin1Char('.') + e;
        VSIStatBufL st;
        if (VSIStatL(p.toUtf8().constData(), &st) == 0)
            return p;
    }
    return {};
}

// Streams the character fields of a .dbf, calling fn(fieldLabel, data, size) for every non-blank value.
// Streams the character fields of a .dbf, calling fn(fieldLabel, data, size) for every non-blank value.
template <typename Fn> void scanDbf(const DbfHeader &h, qint64 maxValues, Fn fn)
{
    h.requireValid();
    VSILFILE *f = VSIFOpenL(h.path.toUtf8().constData(), "rb");
    if (!f)
        throw Error(QStringLiteral("cannot read %1").arg(h.path));
    std::unique_ptr<VSILFILE, int (*)(VSILFILE *)> closer(f, VSIFCloseL);
    QList<int> charFields;
    QStringList labels;
    for (int i = 0; i < h.fields.size(); ++i) {
        const DbfHeader::Field &field = h.fields[i];
        // Field names are encoded too (Chinese field names are common), and reported as such.
        fn(QStringLiteral("(field names)"), field.rawName.constData(), field.rawName.size());
        // Only for messages: UTF-8 when it is, else GB18030, so a Chinese field name reads right.
        labels << (EncodingDetector::isValidUtf8(field.rawName)
                       ? QString::fromUtf8(field.rawName)
                       : EncodingDetector::decode(field.rawName, QStringLiteral("GB18030")));
        if (field.type == 'C')
            charFields << i;
    }
    if (charFields.isEmpty())
        return;
    const qint64 recordSize = h.recordSize;
    VSIFSeekL(f, vsi_l_offset(h.headerSize), SEEK_SET);
    const qint64 perChunk = qMax<qint64>(1, (4 << 20) / recordSize);
    QByteArray buf(perChunk * recordSize, Qt::Uninitialized);
    qint64 done = 0, values = 0;
    while (done < h.records) {
        const qint64 want = qMin(perChunk, h.records - done);
        const size_t got = VSIFReadL(buf.data(), 1, size_t(want * recordSize), f);
        const qint64 recs = qint64(got) / recordSize;
        for (qint64 r = 0; r < recs; ++r) {
            const char *rec = buf.constData() + r * recordSize;
            if (rec[0] == '*')
                continue; // deleted record
            for (int fi : charFields) {
                const DbfHeader::Field &fd = h.fields[fi];
                if (fd.offset + fd.length > recordSize)
                    continue;
                const char *v = rec + fd.offset;
                int len = fd.length;
                while (len > 0 && (v[len - 1] == ' ' || v[len - 1] == '\0'))
                    --len;
                if (len == 0)
                    continue;
                fn(labels[fi], v, len);
                if (maxValues >= 0 && ++values >= maxValues)
                    return;
            }
        }
        if (recs < want)
            break; // a short .dbf: the importer checks record counts and says so
        done += recs;
    }
}

QString decodedOrHex(const QByteArray &b, const QString &enc)
{
    const QString s = EncodingDetector::decode(b, enc);
    return s.contains(QChar::ReplacementCharacter) || s.isEmpty() ? hexBytes(b) : s;
}

// " (e.g. "…")" quoting the first example decoded with `enc`, or "" when there is none.
QString exampleIn(const TextStats &st, const QString &enc)
{
    return st.example().isEmpty() ? QString()
                                  : QCoreApplication::translate("EncodingDetector", " (e.g. \"%1\")")
                                        .arg(decodedOrHex(st.example(), enc));
}

// --encoding wins; it only earns a warning when the bytes contradict it.
EncodingDecision decideFromOverride(const TextStats &st, const QString &userOverride, const QString &file)
{
    EncodingDecision d;
    d.encoding = EncodingDetector::normalizeName(userOverride);
    // GDAL recodes through iconv: ask iconv whether it knows the name.
    const iconv_t cd = iconv_open("UTF-8", d.encoding.toLatin1().constData());
    const bool bad = cd == iconv_t(-1);
    if (!bad)
        iconv_close(cd);
    if (bad)
        throw Error(QCoreApplication::translate(
                        "EncodingDetector", "unknown encoding \"%1\" (--encoding): use e.g. GBK, GB18030, "
                                            "UTF-8 or ISO-8859-1")
                        .arg(userOverride));
    d.reason =
        QCoreApplication::translate("EncodingDetector", "--encoding %1 given").arg(userOverride.trimmed());
    if (d.encoding == QLatin1String("UTF-8") && !st.utf8Valid)
        d.warning =
            QCoreApplication::translate(
                "EncodingDetector", "--encoding UTF-8 was given but field %1 of %2 is not valid UTF-8 (%3)")
                .arg(st.firstNonUtf8Field, file, hexBytes(st.firstNonUtf8));
    else if (isGbFamily(d.encoding) && !st.gbWellFormed)
        d.warning = QCoreApplication::translate(
                        "EncodingDetector",
                        "--encoding %1 was given but field %2 of %3 is not valid GBK/GB18030 (%4)")
                        .arg(userOverride.trimmed(), st.firstNonGbField, file, hexBytes(st.firstNonGb));
    else if (isGbFamily(d.encoding) && st.utf8Valid && st.nonAsciiValues > 0 && !st.gbPlausible())
        d.warning = QCoreApplication::translate(
                        "EncodingDetector", "--encoding %1 was given but the text of %2 looks like UTF-8%3")
                        .arg(userOverride.trimmed(), file, exampleIn(st, QStringLiteral("UTF-8")));
    if (!d.warning.isEmpty())
        d.reason += QCoreApplication::translate("EncodingDetector", "; WARNING: ") + d.warning;
    return d;
}

// A .cpg is a strong declaration: bytes that contradict it are an error, not a guess.
EncodingDecision decideFromStrongDeclaration(const EncodingDeclaration &decl, const TextStats &st,
                                             const QString &file)
{
    EncodingDecision d;
    const QString enc = decl.encoding;
    if (enc == QLatin1String("UTF-8")) {
        if (!st.utf8Valid)
            throw Error(
                QCoreApplication::translate("EncodingDetector",
                                            "%1: the .cpg declares UTF-8 but field \"%2\" holds bytes "
                                            "that are not UTF-8 (%3); %4")
                    .arg(file, st.firstNonUtf8Field, hexBytes(st.firstNonUtf8),
                         st.gbPlausible()
                             ? QStringLiteral("they read as Chinese in GBK: pass --encoding GBK")
                             : QStringLiteral("pass the right one with --encoding (e.g. --encoding GBK)")));
    } else if (isGbFamily(enc)) {
        if (!st.gbWellFormed)
            throw Error(
                QCoreApplication::translate("EncodingDetector",
                                            "%1: the .cpg declares %2 but field \"%3\" holds bytes that "
                                            "are not GBK/GB18030 (%4); pass the right one with --encoding%5")
                    .arg(file, enc, st.firstNonGbField, hexBytes(st.firstNonGb),
                         st.utf8Valid ? QStringLiteral(" (the text is valid UTF-8: --encoding UTF-8)")
                                      : QString()));
        if (st.utf8Valid && !st.gbPlausible())
            throw Error(QCoreApplication::translate("EncodingDetector",
                                                    "%1: the .cpg declares %2 but the text is UTF-8%3; pass "
                                                    "--encoding UTF-8")
                            .arg(file, enc, exampleIn(st, QStringLiteral("UTF-8"))));
    } else if (isSingleByte(enc) && st.utf8Valid) {
        throw Error(
            QCoreApplication::translate("EncodingDetector",
                                        "%1: the .cpg declares %2 but the text of field \"%3\" is UTF-8%4; "
                                        "pass --encoding UTF-8 (or --encoding %2 to insist)")
                .arg(file, enc, st.firstNonAsciiField, exampleIn(st, QStringLiteral("UTF-8"))));
    }
    d.encoding = enc;
    d.reason = QCoreApplication::translate("EncodingDetector", "%1 declares %2 and the text agrees%3")
                   .arg(decl.source, enc, exampleIn(st, enc));
    return d;
}

// No or a weak declaration (the LDID byte): the bytes decide.
EncodingDecision decideFromBytes(const EncodingDeclaration &decl, const TextStats &st, const QString &file)
{
    EncodingDecision d;
    const bool weak = decl.strength == EncodingDeclaration::Strength::Weak;
    if (weak && isGbFamily(decl.encoding) && st.gbPlausible()) {
        d.encoding = QStringLiteral("CP936");
        d.reason = QCoreApplication::translate("EncodingDetector",
                                               "%1 declares CP936 (GBK) and the text reads as Chinese%2")
                       .arg(decl.source, exampleIn(st, d.encoding));
        return d;
    }
    if (st.utf8Valid) {
        d.encoding = QStringLiteral("UTF-8");
        d.reason = weak && decl.encoding != QLatin1String("UTF-8")
                       ? QCoreApplication::translate("EncodingDetector",
                                                     "%1 says %2 but the text is valid UTF-8%3: using UTF-8")
                             .arg(decl.source, decl.encoding, exampleIn(st, d.encoding))
                       : QCoreApplication::translate("EncodingDetector",
                                                     "%1; the text is valid UTF-8%2: using UTF-8")
                             .arg(decl.source, exampleIn(st, d.encoding));
        return d;
    }
    if (st.gbPlausible()) {
        d.encoding = QStringLiteral("GB18030");
        d.reason = QCoreApplication::translate("EncodingDetector",
                                               "%1; the text is not UTF-8 but reads as common Chinese in "
                                               "GB18030/GBK%2: using GB18030 (override with --encoding)")
                       .arg(decl.source, exampleIn(st, d.encoding));
        return d;
    }
    if (weak && !decl.encoding.isEmpty() && !isGbFamily(decl.encoding)) {
        d.encoding = decl.encoding;
        d.reason =
            QCoreApplication::translate("EncodingDetector",
                                        "%1 declares %2; the text is neither UTF-8 nor Chinese%3: using %2 "
                                        "(override with --encoding)")
                .arg(decl.source, decl.encoding, exampleIn(st, decl.encoding));
        return d;
    }
    throw Error(QCoreApplication::translate(
                    "EncodingDetector",
                    "%1: field \"%2\" holds text that is neither UTF-8 nor GBK/GB18030 (%3) "
                    "and %4; pass the encoding with --encoding (e.g. --encoding ISO-8859-1 or --encoding "
                    "GBK)")
                    .arg(file, st.firstNonUtf8Field, hexBytes(st.firstNonUtf8), decl.source));
}

EncodingDecision decideFromStats(const EncodingDeclaration &decl, const TextStats &st,
                                 const QString &userOverride, const QString &file)
{
    if (!userOverride.trimmed().isEmpty())
        return decideFromOverride(st, userOverride, file);
    if (st.nonAsciiValues == 0) {
        EncodingDecision d;
        d.encoding = decl.encoding.isEmpty() || decl.encoding == QLatin1String("UTF-16")
                         ? QStringLiteral("UTF-8")
                         : decl.encoding;
        d.reason =
            QCoreApplication::translate("EncodingDetector",
                                        "all text is ASCII, so the encoding does not matter (%1; using %2)")
                .arg(decl.source, d.encoding);
        return d;
    }

    if (decl.strength == EncodingDeclaration::Strength::Strong)
        return decideFromStrongDeclaration(decl, st, file);
    return decideFromBytes(decl, st, file);
}

} // namespace

bool EncodingDetector::isValidUtf8(const QByteArray &bytes)
{
    return bytes.isValidUtf8();
}

bool EncodingDetector::isAscii(const QByteArray &bytes)
{
    for (char c : bytes)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

bool EncodingDetector::isPlausibleGb18030(const QByteArray &bytes)
{
    TextStats st;
    st.add(QString(), bytes.constData(), bytes.size());
    return st.nonAsciiValues == 0 || st.gbPlausible();
}

QString EncodingDetector::normalizeName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.remove(QLatin1Char('"'));
    if (n.startsWith(QLatin1String("ANSI ")))
        n = n.mid(5).trimmed();
    if (n == QLatin1String("UTF-8") || n == QLatin1String("UTF8") || n == QLatin1String("65001"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("GBK") || n == QLatin1String("936") || n == QLatin1String("CP936") ||
        n == QLatin1String("MS936") || n == QLatin1String("WINDOWS-936") || n == QLatin1String("GB2312") ||
        n == QLatin1String("EUC-CN") || n == QLatin1String("GB_2312-80"))
        return QStringLiteral("CP936");
    if (n == QLatin1String("GB18030") || n == QLatin1String("54936"))
        return QStringLiteral("GB18030");
    if (n == QLatin1String("88591") || n == QLatin1String("8859-1") || n == QLatin1String("ISO-8859-1") ||
        n == QLatin1String("ISO8859-1") || n == QLatin1String("ISO_8859-1") || n == QLatin1String("LATIN1") ||
        n == QLatin1String("LATIN-1"))
        return QStringLiteral("ISO-8859-1");
    if (n == QLatin1String("BIG5") || n == QLatin1String("950"))
        return QStringLiteral("CP950");
    bool isNumber = false;
    const int cp = n.toInt(&isNumber);
    if (isNumber)
        return cp >= 88590 && cp <= 88599 ? QStringLiteral("ISO-8859-%1").arg(cp - 88590)
                                          : QStringLiteral("CP%1").arg(cp);
    if (n.startsWith(QLatin1String("WINDOWS-")))
        return QStringLiteral("CP") + n.mid(8);
    return n;
}

QString EncodingDetector::decode(const QByteArray &bytes, const QString &encoding)
{
    if (encoding == QLatin1String("UTF-8"))
        return QString::fromUtf8(bytes);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    char *s = CPLRecode(bytes.constData(), encoding.toLatin1().constData(), CPL_ENC_UTF8);
    CPLPopErrorHandler();
    const QString r = QString::fromUtf8(s);
    CPLFree(s);
    return r;
}

EncodingDeclaration EncodingDetector::declaration(const QString &dbfPath)
{
    return declaration(DbfHeader::read(dbfPath));
}

EncodingDeclaration EncodingDetector::declaration(const DbfHeader &dbf)
{
    EncodingDeclaration d;
    const QString cpg = sibling(dbf.path, QStringLiteral("cpg"));
    if (!cpg.isEmpty()) {
        const QString text = QString::fromLatin1(readVsiFile(cpg, 256)).trimmed();
        // A .cpg of only quotes ("") names no encoding: it is no declaration (an empty name would reach GDAL
        // as "do not recode" and store the raw bytes).
        if (!normalizeName(text).isEmpty()) {
            d.strength = EncodingDeclaration::Strength::Strong;
            d.encoding = normalizeName(text);
            d.source = QStringLiteral(".cpg \"%1\"").arg(text);
            return d;
        }
    }
    const int ldid = dbf.ldid;
    d.encoding = ldidEncoding(ldid);
    if (ldid == 0) {
        d.source =
            QCoreApplication::translate("EncodingDetector", "no .cpg and no language driver byte (LDID 0)");
    } else {
        d.strength = EncodingDeclaration::Strength::Weak;
        d.source = d.encoding.isEmpty()
                       ? QCoreApplication::translate("EncodingDetector", "LDID 0x%1 (unknown code page)")
                             .arg(ldid, 2, 16, QLatin1Char('0'))
                             .toUpper()
                       : QStringLiteral("LDID 0x%1")
                             .arg(QStringLiteral("%1").arg(ldid, 2, 16, QLatin1Char('0')).toUpper());
    }
    return d;
}

QList<RawText> EncodingDetector::rawTexts(const QString &dbfPath, qint64 maxValues)
{
    QList<RawText> list;
    scanDbf(DbfHeader::read(dbfPath), maxValues, [&](const QString &field, const char *data, int size) {
        list.append({field, QByteArray(data, size)});
    });
    return list;
}

EncodingDecision EncodingDetector::decide(const EncodingDeclaration &declaration, const QList<RawText> &texts,
                                          const QString &userOverride, const QString &fileLabel)
{
    TextStats st;
    for (const RawText &t : texts)
        st.add(t.field, t.bytes.constData(), t.bytes.size());
    return decideFromStats(declaration, st, userOverride, fileLabel);
}

EncodingDecision EncodingDetector::detect(const QString &dbfPath, const QString &userOverride,
                                          const QString &fileLabel)
{
    return detect(DbfHeader::read(dbfPath), userOverride, fileLabel);
}

EncodingDecision EncodingDetector::detect(const DbfHeader &dbf, const QString &userOverride,
                                          const QString &fileLabel)
{
    const EncodingDeclaration decl = declaration(dbf);
    TextStats st;
    // The whole file is scanned (it is only bytes, fast): one bad value at the end must not turn into
    // mojibake.
    scanDbf(dbf, -1, [&](const QString &field, const char *data, int size) { st.add(field, data, size); });
    return decideFromStats(decl, st, userOverride, fileLabel);
}

} // namespace zhili
