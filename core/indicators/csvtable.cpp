#include "indicators/csvtable.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <cmath>

namespace zhili {

QString CsvProblem::toText() const
{
    QString where = QStringLiteral("第 %1 行 line %1").arg(line);
    if (!column.isEmpty())
        where += QStringLiteral(", %1 = \"%2\"").arg(column, value);
    return where + QStringLiteral(": ") + reason;
}

namespace {
QString refusalMessage(const QString &file, const QList<CsvProblem> &problems)
{
    QString m =
        QStringLiteral("%1: %2 处错误，未导入任何数据 / %2 bad row(s), nothing was imported; fix them and "
                       "import the file again:")
            .arg(file)
            .arg(problems.size());
    for (const CsvProblem &p : problems)
        m += QStringLiteral("\n  ") + p.toText();
    return m;
}
} // namespace

CsvImportRefused::CsvImportRefused(const QString &file, QList<CsvProblem> problems)
    : Error(refusalMessage(file, problems)), m_problems(std::move(problems))
{
}

CsvTable CsvTable::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("无法读取 cannot read %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.readAll();
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
                    .arg(path));
        text = gb(bytes);
        if (gb.hasError())
            throw Error(
                QStringLiteral("%1 既不是 UTF-8 也不是 GBK 编码 / is neither UTF-8 nor GBK text: save it as "
                               "\"CSV UTF-8\"")
                    .arg(path));
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
            QStringLiteral("%1: 第 %2 行的引号没有闭合 / the quoted cell starting on line %2 is never closed")
                .arg(label)
                .arg(quoteStartLine));
    endRow();
    if (records.isEmpty())
        throw Error(QStringLiteral("%1 是空文件 / is empty: expected a header line").arg(label));
    for (const QString &h : records.first().cells)
        t.m_header.append(h.trimmed().toLower());
    records.removeFirst();
    t.m_records = records;
    return t;
}

std::optional<double> CsvTable::nonNegativeNumber(const QString &cell, QString *reason)
{
    QString t = cell.trimmed();
    // Excel writes "1,200" (quoted) when the cell is formatted with thousands separators.
    static const QRegularExpression thousands(QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    if (thousands.match(t).hasMatch())
        t.remove(QLatin1Char(','));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok) {
        *reason = QStringLiteral("不是数字 / not a number");
        return std::nullopt;
    }
    if (!std::isfinite(v)) {
        *reason = QStringLiteral("不是有限数 / not a finite number");
        return std::nullopt;
    }
    if (v < 0) {
        *reason = QStringLiteral("不能为负数 / must not be negative");
        return std::nullopt;
    }
    return v == 0 ? 0.0 : v; // no "-0" in the cache
}

std::optional<int> CsvTable::year(const QString &cell, QString *reason)
{
    bool ok = false;
    const int y = cell.trimmed().toInt(&ok);
    if (!ok || y < 1949 || y > 2200) {
        *reason = QStringLiteral("年份应为 1949–2200 的整数 / the year must be a whole number 1949–2200");
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
        throw Error(QStringLiteral("%1 没有数据行 / has no data rows below the header").arg(path));
}

} // namespace zhili
