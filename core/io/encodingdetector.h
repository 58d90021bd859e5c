#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace zhili {

struct DbfHeader;

/// A raw (undecoded) text value from a DBF, and the field it came from (for error messages).
struct RawText {
    QString field;
    QByteArray bytes;
};

/// What a shapefile says about its own encoding.
struct EncodingDeclaration {
    enum class Strength { None, Weak, Strong };
    Strength strength = Strength::None;
    QString encoding; ///< normalised iconv/GDAL name: "UTF-8", "CP936", "ISO-8859-1" …
    QString source;   ///< human description: ".cpg \"GBK\"", "LDID 0x4D", "no .cpg, LDID 0"
};

/// The encoding to decode with, and why.
struct EncodingDecision {
    QString encoding; ///< iconv/GDAL name to pass as the ENCODING open option
    QString
        reason; ///< one sentence, e.g. "LDID 0x57 says ISO-8859-1 but the text is valid UTF-8: using UTF-8"
    QString warning; ///< non-empty when the user override contradicts the bytes
};

/// Decides how to decode shapefile text. Policy: --encoding wins; a .cpg is a strong declaration
/// (contradicting bytes are an error); the DBF language-driver byte is weak; otherwise strict UTF-8, else
/// GB18030 if the text is plausible Chinese, else an error asking for --encoding. Never silent mojibake.
class EncodingDetector {
public:
    /// Reads the .cpg beside the .dbf and the DBF's LDID byte (works on /vsizip/ paths).
    static EncodingDeclaration declaration(const QString &dbfPath);
    /// The same from a header already read (its LDID byte; the .cpg beside it).
    static EncodingDeclaration declaration(const DbfHeader &dbf);
    /// Reads the raw bytes of the field names and of up to maxValues non-empty character values.
    static QList<RawText> rawTexts(const QString &dbfPath, qint64 maxValues = -1);
    /// Applies the policy. fileLabel names the file in errors. Throws zhili::Error when the bytes contradict
    /// a strong declaration or fit no encoding.
    static EncodingDecision decide(const EncodingDeclaration &declaration, const QList<RawText> &texts,
                                   const QString &userOverride, const QString &fileLabel);
    /// Convenience: declaration + rawTexts + decide.
    static EncodingDecision detect(const QString &dbfPath, const QString &userOverride,
                                   const QString &fileLabel);
    /// The same with the header already read, so an import parses it once.
    static EncodingDecision detect(const DbfHeader &dbf, const QString &userOverride,
                                   const QString &fileLabel);

    static bool isValidUtf8(const QByteArray &bytes);
    static bool isAscii(const QByteArray &bytes);
    /// True when the bytes are well-formed GB18030 and mostly common Hanzi (GB2312), CJK punctuation or
    /// ASCII.
    static bool isPlausibleGb18030(const QByteArray &bytes);
    /// Normalises a user/.cpg name ("GBK", "936", "gb2312", "utf8", "ANSI 1252" …) to an iconv name.
    static QString normalizeName(const QString &name);
    /// Decodes bytes with an iconv encoding (through GDAL's CPLRecode; Qt 6.4 has no GBK).
    static QString decode(const QByteArray &bytes, const QString &encoding);
};

} // namespace zhili
