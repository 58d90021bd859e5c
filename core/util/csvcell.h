#pragma once

#include <QString>

namespace zhili {

/// Cells of the CSV files Zhili writes (reports, parcel exports).
class CsvCell {
public:
    /// A text cell (a name, a code, a district: data from outside) as a spreadsheet must not run it: text
    /// starting with = + - @, a tab or a carriage return is a formula to Excel and LibreOffice
    /// (`=cmd|' /C calc'!A0`), so it gets a leading single quote, as OWASP recommends for CSV injection.
    /// Numbers we format ourselves are not passed through here (a negative balance stays a number).
    static QString text(const QString &s);
    /// Quotes a cell holding a comma, a quote or a line break (RFC 4180), doubling its quotes.
    static QString quoted(const QString &s);
};

} // namespace zhili
