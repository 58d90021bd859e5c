#pragma once

#include "interchange/gisstyle.h"

#include <QString>

class QXmlStreamWriter;

namespace zhili {

/// The OGC Styled Layer Descriptor (SLD 1.1 with Symbology Encoding, as QGIS exports it) of a GisStyle, for
/// GIS that do not read QML (ArcGIS Pro, GeoServer, uDig): one rule per class with an OGC filter, lengths
/// in SLD's standard 0.28 mm pixels.
class SldDocument {
public:
    static QString document(const GisStyle &style);

private:
    static void writeClassRule(QXmlStreamWriter &w, const GisStyle &style, int index);
    static void writeFilter(QXmlStreamWriter &w, const GisStyle &style, int index);
    static void writePolygonSymbolizer(QXmlStreamWriter &w, const GisStyle &style, const QColor *fill);
    static void writeLabelRule(QXmlStreamWriter &w, const GisStyle &style);
    static void writeScales(QXmlStreamWriter &w, const GisStyle &style);
};

} // namespace zhili
