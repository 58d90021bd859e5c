#include "util/csvcell.h"

namespace zhili {

QString CsvCell::text(const QString &s)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!s.isEmpty() && formulaStarts.contains(s.front()))
        return QLatin1Char('\'') + s;
    return s;
}

QString CsvCell::quoted(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return s;
}

} // namespace zhili
