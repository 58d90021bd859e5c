#include "cache/districtboundaryquery.h"

#include "cache/sqlitedatabase.h"

namespace zhili {

QList<DistrictBoundaryQuery::Boundary> DistrictBoundaryQuery::all(SqliteDatabase &db)
{
    QList<Boundary> out;
    if (!db.tableExists(QStringLiteral("districts")))
        return out;
    auto st = db.prepare(QStringLiteral("SELECT name, geom FROM districts ORDER BY name"));
    while (st.step()) {
        int size = 0;
        const unsigned char *blob = st.blobData(1, &size);
        if (!blob || size == 0)
            continue;
        out.append({st.text(0), QByteArray(reinterpret_cast<const char *>(blob), size)});
    }
    return out;
}

Envelope DistrictBoundaryQuery::boundaryBox(SqliteDatabase &db, const QString &name)
{
    Envelope e;
    if (!db.tableExists(QStringLiteral("districts")))
        return e;
    auto st = db.prepare(QStringLiteral("SELECT r.minx, r.miny, r.maxx, r.maxy FROM districts d JOIN "
                                        "rtree_districts_geom r ON r.id = d.fid WHERE d.name = ?"));
    st.bind(1, name);
    while (st.step()) {
        e.include(st.real(0), st.real(1));
        e.include(st.real(2), st.real(3));
    }
    return e;
}

} // namespace zhili
