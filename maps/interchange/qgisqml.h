#pragma once

#include "interchange/gisstyle.h"

#include <QString>

class QXmlStreamWriter;

namespace zhili {

/// QGIS's own style format (QML, as QGIS 3.22 writes it, reduced to what Zhili's styles use): renderer,
/// symbols, labels, opacity and scale range. The same elements make a layer of a QGIS project (QgisProject).
class QgisQml {
public:
    /// A complete .qml document.
    static QString document(const GisStyle &style);
    /// The attributes QGIS keeps on the <qgis> element of a QML and on a project's <maplayer>.
    static void writeLayerAttributes(QXmlStreamWriter &w, const GisStyle &style);
    /// <renderer-v2>, <labeling> and <layerOpacity>, the children both share.
    static void writeLayerElements(QXmlStreamWriter &w, const GisStyle &style);
    /// Opens a QGIS XML document (a QML or a .qgs): the doctype and the <qgis> element with its version.
    static void startDocument(QXmlStreamWriter &w);
    /// QGIS's "r,g,b,a".
    static QString color(const QColor &c);

private:
    static void writeRenderer(QXmlStreamWriter &w, const GisStyle &style);
    static void writeFillSymbol(QXmlStreamWriter &w, const QString &name, const QColor &fill,
                                const GisStyle &style);
    static void writeLabeling(QXmlStreamWriter &w, const GisStyle &style);
};

} // namespace zhili
