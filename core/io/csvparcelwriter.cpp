#include "io/csvparcelwriter.h"

#include "geometry/polygongeometry.h"
#include "util/csvcell.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace zhili {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString cellOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Double:
        return number(v.toDouble());
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(v.toLongLong());
    default:
        return CsvCell::text(v.toString());
    }
}

QString cellOf(const QJsonValue &v)
{
    if (v.isDouble())
        return number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return CsvCell::text(v.toString());
}

} // namespace

CsvParcelWriter::CsvParcelWriter(const QString &path, const ExportColumns &columns)
    : m_file(path), m_columns(columns)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QCoreApplication::translate("ParcelExporter", "%1: cannot write (%2)")
                        .arg(path, m_file.errorString()));
    m_file.write("\xEF\xBB\xBF");
    writeLine(columnNames());
}

QStringList CsvParcelWriter::columnNames() const
{
    QStringList names;
    for (const ExportField &f : m_columns.fields)
        names << f.key;
    names << m_columns.sourceNames;
    if (m_columns.wkt)
        names << QStringLiteral("wkt");
    return names;
}

void CsvParcelWriter::write(const Parcel &parcel, const QByteArray &wkb)
{
    QStringList cells;
    for (const ExportField &f : m_columns.fields)
        cells << cellOf(f.value(parcel));
    for (const QString &key : m_columns.sourceKeys)
        cells << cellOf(parcel.sourceAttributes.value(key));
    if (m_columns.wkt)
        cells << wktFromWkb(wkb);
    writeLine(cells);
}

void CsvParcelWriter::writeLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted << CsvCell::quoted(c);
    // CRLF: the line end of RFC 4180, and what Excel writes itself.
    if (m_file.write((quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()) < 0)
        throw Error(QCoreApplication::translate("ParcelExporter", "%1: cannot write (%2)")
                        .arg(m_file.fileName(), m_file.errorString()));
}

void CsvParcelWriter::close()
{
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        throw Error(QCoreApplication::translate("ParcelExporter", "%1: cannot write (%2)")
                        .arg(m_file.fileName(), m_file.errorString()));
    m_file.close();
}

QString CsvParcelWriter::wktFromWkb(const QByteArray &wkb)
{
    if (wkb.isEmpty())
        return {};
    const PolygonGeometry g =
        PolygonGeometry::fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), int(wkb.size()));
    QStringList polygons;
    for (int p = 0; p < g.polygonCount(); ++p) {
        QStringList rings;
        for (quint32 r = g.polygonOffsets[p]; r < g.polygonOffsets[p + 1]; ++r) {
            QStringList points;
            for (quint32 i = g.ringOffsets[r]; i < g.ringOffsets[r + 1]; ++i)
                points << number(g.coords[2 * i]) + QLatin1Char(' ') + number(g.coords[2 * i + 1]);
            rings << QLatin1Char('(') + points.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        polygons << QLatin1Char('(') + rings.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QStringLiteral("MULTIPOLYGON (") + polygons.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace zhili
