#include "io/csvtable.h"

#include "model/namerules.h"
#include "util/inputfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>
#include <cmath>

namespace zhili {

QString CsvProblem::toText() const
{
    QString where = QCoreApplication::translate("CsvTable", "line %1").arg(line);
    if (!column.isEmpty())
        where += QStringLiteral(", %1 = \"%2\"")
                     .arg(NameRules::displayValue(column), NameRules::displayValue(value));
    return where + QStringLiteral(": ") + reason;
}

namespace {
QString refusalMessage(const QString &file, const QList<CsvProblem> &problems)
{
    QString m =
        QCoreApplication::translate(
            "CsvTable", "%1: %2 bad row(s), nothing was imported; fix them and import the file again:")
            .arg(NameRules::displayValue(file, 200))
            .arg(problems.size());
    for (const CsvProblem &p : problems)
        m += QStringLiteral("\n  ") + p.toText();
    return m;
}
} // namespace

CsvImportRefused::CsvImportRefused(const QString &file, QList<CsvProblem> problems)
    : ErrorWithItems(refusalMessage(file, problems), problems) // a copy: the message reads the list first
{
}

namespace {

bool isKana(char16_t u)
{
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0xFF66 && u <= 0xFF9F);
}

// Text decoded as GB18030 that is really Japanese (Shift-JIS) or traditional Chinese (Big5) decodes without
// error, but into rare characters: outside GB2312 (the 6,763 common simplified characters), private-use
// code points, or kana (GB2312 has kana, Chinese files do not use them). Real GBK files from district
// offices are nearly all GB2312 with a few rare characters in names. Returns an explanation when more than
// a fifth of the non-ASCII characters (at least 2) are rare; checks the first 200,000 of them.
QString implausibleGbText(const QString &text, const QByteArray &bytes)
{
    QStringEncoder gb2312("GB2312", QStringEncoder::Flag::Stateless);
    if (!gb2312.isValid())
        return QString();
    QHash<char16_t, bool> rare;
    qsizetype nonAscii = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < text.size() && nonAscii < 200000; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80)
            continue;
        ++nonAscii;
        auto it = rare.constFind(u);
        if (it == rare.cend()) {
            bool r = isKana(u) || (u >= 0xE000 && u <= 0xF8FF) || text.at(i).isSurrogate();
            if (!r) {
                const QChar c(u);
                const QByteArray encoded = gb2312(QStringView(&c, 1)); // converts on assignment
                r = gb2312.hasError() || encoded.isEmpty();
                gb2312.resetState();
            }
            it = rare.insert(u, r);
        }
        if (*it)
            ++odd;
    }
    if (odd < 2 || odd * 5 <= nonAscii)
        return QString();
    QString guess;
    QStringDecoder sjis("Shift_JIS", QStringDecoder::Flag::Stateless);
    if (sjis.isValid()) {
        const QString t = sjis(bytes);
        if (!sjis.hasError() &&
            // Full-width kana only: Big5 read as Shift-JIS gives half-width katakana; Japanese has hiragana.
            std::any_of(t.cbegin(), t.cend(),
                        [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() <= 0x30FF; }))
            guess = QCoreApplication::translate("CsvTable", "Japanese Shift-JIS");
    }
    QStringDecoder big5("Big5", QStringDecoder::Flag::Stateless);
    if (guess.isEmpty() && big5.isValid()) {
        const QString t = big5(bytes);
        if (!big5.hasError() && !t.isEmpty())
            guess = QCoreApplication::translate("CsvTable", "traditional Chinese Big5");
    }
    if (guess.isEmpty())
        guess = QCoreApplication::translate("CsvTable", "another code page");
    return QStringLiteral("%1 of %2").arg(odd).arg(nonAscii) + QLatin1Char('|') + guess;
}

} // namespace

CsvTable CsvTable::read(const QString &path)
{
    QByteArray bytes = readInputFile(path, kMaxCsvBytes);
    QString encoding = QStringLiteral("UTF-8");
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        encoding = QStringLiteral("UTF-8 (BOM)");
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        // Excel on Chinese Windows saves "CSV" in the ANSI code page, i.e. GBK; GB18030 is its superset.
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        if (!gb.isValid())
            throw Error(
                QStringLiteral("%1 is not UTF-8 and this build cannot decode GB18030: save it as UTF-8")
                    .arg(NameRules::displayValue(path, 200)));
        text = gb(bytes);
        if (gb.hasError())
            throw Error(QCoreApplication::translate(
                            "CsvTable", "%1 is neither UTF-8 nor GBK text: save it as \"CSV UTF-8\"")
                            .arg(NameRules::displayValue(path, 200)));
        const QString odd = implausibleGbText(text, bytes);
        if (!odd.isEmpty()) {
            const QStringList parts = odd.split(QLatin1Char('|'));
            throw Error(QCoreApplication::translate(
                            "CsvTable", "%1 is not UTF-8 and does not read as Chinese in GBK (%2 non-ASCII "
                                        "characters are rare, kana or private-use; it may be %3); nothing "
                                        "was imported: save it as \"CSV UTF-8\" and try again")
                            .arg(NameRules::displayValue(path, 200), parts.value(0), parts.value(1)));
        }
        encoding = QStringLiteral("GB18030");
    }
    CsvTable t = parse(text, path);
    t.m_encoding = encoding;
    return t;
}

CsvTable CsvTable::parse(const QString &text, const QString &label)
{
    CsvTable t;
    t.m_path = label;
    t.m_encoding = QStringLiteral("UTF-8");
    QList<Record> records;
    Record cur;
    QString cellText;
    bool inQuotes = false;
    bool rowHasContent = false;
    int line = 1;
    cur.line = 1;
    int quoteStartLine = 0;
    auto endCell = [&] {
        cur.cells.append(cellText);
        cellText.clear();
    };
    auto endRow = [&] {
        endCell();
        if (rowHasContent || cur.cells.size() > 1)
            records.append(cur);
        cur = Record();
        rowHasContent = false;
    };
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cellText += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                cellText += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            inQuotes = true;
            rowHasContent = true;
            quoteStartLine = line;
        } else if (ch == QLatin1Char(',')) {
            endCell();
        } else if (ch == QLatin1Char('\r')) {
            // \r\n and lone \r both end the row
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            cur.line = ++line;
        } else if (ch == QLatin1Char('\n')) {
            endRow();
            cur.line = ++line;
        } else {
            if (!ch.isSpace())
                rowHasContent = true;
            cellText += ch;
        }
    }
    if (inQuotes)
        throw Error(
            QCoreApplication::translate("CsvTable", "%1: the quoted cell starting on line %2 is never closed")
                .arg(label)
                .arg(quoteStartLine));
    endRow();
    if (records.isEmpty())
        throw Error(
            QCoreApplication::translate("CsvTable", "%1 is empty: expected a header line").arg(label));
    for (const QString &h : records.first().cells)
        t.m_header.append(h.trimmed().toLower());
    records.removeFirst();
    t.m_records = records;
    return t;
}

std::optional<double> CsvTable::number(const QString &cell, QString *reason, double maxAbs)
{
    if (cell.size() > 1000) {
        *reason = QCoreApplication::translate("CsvTable", "not a number (%1 characters)").arg(cell.size());
        return std::nullopt;
    }
    // NFKC: full-width digits, point, comma and signs (１２３．５, －１) become ASCII.
    QString t = cell.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.contains(QLatin1Char(','))) {
        // Excel writes "1,234.5" (quoted) when the cell is formatted with thousands separators. "12,5"
        // could be a decimal comma (12.5) or a mistyped 125: refuse rather than guess.
        static const QRegularExpression grouping(QStringLiteral("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$"));
        if (!grouping.match(t).hasMatch()) {
            *reason = QCoreApplication::translate(
                "CsvTable", "ambiguous comma: a comma is allowed only as a thousands "
                            "separator in groups of three (\"1,234.5\"); write 12.5 or 125 "
                            "without a comma");
            return std::nullopt;
        }
        t.remove(QLatin1Char(','));
    }
    static const QRegularExpression decimal(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?$"));
    static const QRegularExpression nonFinite(QStringLiteral("^[+-]?(nan|inf|infinity)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (nonFinite.match(t).hasMatch()) {
        *reason = QCoreApplication::translate("CsvTable", "not a finite number");
        return std::nullopt;
    }
    if (!decimal.match(t).hasMatch()) {
        *reason = QCoreApplication::translate("CsvTable",
                                              "not a number (write digits with an optional decimal point, "
                                              "e.g. 1234.5)");
        return std::nullopt;
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v)) {
        // overflow (1e309) or underflow (1e-400)
        *reason = QCoreApplication::translate("CsvTable", "out of range: figures are 0 or between %1 and %2")
                      .arg(kMinNonZeroNumber)
                      .arg(maxAbs);
        return std::nullopt;
    }
    if (v == 0)
        return 0.0; // no "-0" in the cache
    if (std::abs(v) > maxAbs) {
        *reason =
            QCoreApplication::translate("CsvTable", "too large: at most %1; check the unit").arg(maxAbs);
        return std::nullopt;
    }
    if (std::abs(v) < kMinNonZeroNumber) {
        *reason = QCoreApplication::translate("CsvTable",
                                              "too small: a non-zero figure must be at least %1; write 0 for "
                                              "nothing")
                      .arg(kMinNonZeroNumber);
        return std::nullopt;
    }
    return v;
}

std::optional<double> CsvTable::nonNegativeNumber(const QString &cell, QString *reason, double maxAbs)
{
    const std::optional<double> v = number(cell, reason, maxAbs);
    if (v && *v < 0) {
        *reason = QCoreApplication::translate("CsvTable", "must not be negative");
        return std::nullopt;
    }
    return v;
}

QList<CsvProblem> CsvTable::headerProblems() const
{
    QList<CsvProblem> problems;
    QHash<QString, int> first;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString &h = m_header.at(i);
        if (first.contains(h)) {
            problems.append(
                {1, h, h,
                 QCoreApplication::translate("CsvTable", "column named twice (columns %1 and %2): keep one, "
                                                         "nothing may be dropped silently")
                     .arg(first.value(h) + 1)
                     .arg(i + 1)});
            continue;
        }
        first.insert(h, i);
    }
    return problems;
}

std::optional<CsvProblem> CsvTable::tooManyCells(const Record &r) const
{
    if (r.cells.size() <= m_header.size())
        return std::nullopt;
    return CsvProblem{r.line, QString(), QString(),
                      QCoreApplication::translate("CsvTable",
                                                  "%1 cells but the header has %2 columns "
                                                  "(quote cells that contain commas, e.g. \"1,234.5\")")
                          .arg(r.cells.size())
                          .arg(m_header.size())};
}

std::optional<int> CsvTable::year(const QString &cell, QString *reason)
{
    bool ok = false;
    const int y = cell.trimmed().toInt(&ok);
    if (!ok || y < 1949 || y > 2200) {
        *reason = QCoreApplication::translate("CsvTable", "the year must be a whole number 1949–2200");
        return std::nullopt;
    }
    return y;
}

QString CsvTable::cell(const Record &r, int column)
{
    if (column < 0 || column >= r.cells.size())
        return QString();
    return r.cells.at(column).trimmed();
}

void CsvTable::refuseUnlessClean(const QString &path, const QList<CsvProblem> &problems, qsizetype rows)
{
    if (!problems.isEmpty())
        throw CsvImportRefused(path, problems);
    if (rows == 0)
        throw Error(
            QCoreApplication::translate("CsvTable", "%1 has no data rows below the header").arg(path));
}

} // namespace zhili
