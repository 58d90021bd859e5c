#include "layout/snapshotframe.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

namespace zhili {

Envelope SnapshotFrame::parseExtent(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    double v[4];
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        v[i] = parts[i].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(v[i]);
    }
    if (!ok)
        throw Error(QCoreApplication::translate(
                        "SnapshotFrame", "bad extent \"%1\": write xmin,ymin,xmax,ymax in the cache CRS "
                                         "(e.g. 510000,3340000,530000,3355000)")
                        .arg(text));
    Envelope e;
    e.minX = v[0];
    e.minY = v[1];
    e.maxX = v[2];
    e.maxY = v[3];
    if (!(e.maxX > e.minX && e.maxY > e.minY))
        throw Error(QCoreApplication::translate(
                        "SnapshotFrame", "empty or inverted extent \"%1\": need xmin < xmax and ymin < ymax")
                        .arg(text));
    return e;
}

} // namespace zhili
