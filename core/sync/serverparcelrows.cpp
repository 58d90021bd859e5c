#include "sync/serverparcelrows.h"

#include "geometry/wkbenvelope.h"
#include "sync/pgresult.h"

namespace zhili::ServerParcelRows {

namespace {

const char *const kIsoUtc = "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

// COPY text format: backslash escapes for the four characters that would break a line, \N for NULL.
void appendText(QByteArray &out, const QString &value, bool nullWhenEmpty = true)
{
    if (value.isEmpty() && (nullWhenEmpty || value.isNull())) {
        out.append("\\N");
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

void appendNumber(QByteArray &out, double v)
{
    out.append(QByteArray::number(v, 'g', 17));
}

} // namespace

QString selectColumns(bool withGeometry)
{
    QString s =
        QStringLiteral("uuid, code, name, district, land_use, area_m2, area_mu, area_ha, ecosystem, chain, "
                       "land_mu, energy_tce, finance_wan, status, enterprise, notes, source_attrs, "
                       "geom_note, revision, import_gen, change_seq, updated_by, ") +
        QLatin1String(kIsoUtc);
    if (withGeometry)
        s += QStringLiteral(", ST_AsBinary(geom)");
    return s;
}

SyncParcelRow read(const PgResult &r, int i, bool withGeometry)
{
    SyncParcelRow p;
    p.uuid = r.text(i, 0);
    p.code = r.text(i, 1);
    p.name = r.text(i, 2);
    p.district = r.text(i, 3);
    p.landUse = r.text(i, 4);
    p.areaM2 = r.number(i, 5);
    p.areaMu = r.number(i, 6);
    p.areaHa = r.number(i, 7);
    p.assignment = ParcelAssignment{r.text(i, 8),    r.text(i, 9),  r.number(i, 10), r.number(i, 11),
                                    r.number(i, 12), r.text(i, 13), r.text(i, 14),   r.text(i, 15)};
    p.sourceAttrs = r.text(i, 16);
    p.geomNote = r.text(i, 17);
    p.revision = r.integer(i, 18);
    p.importGen = int(r.integer(i, 19));
    p.changeSeq = r.integer(i, 20);
    p.updatedBy = r.text(i, 21);
    p.updatedAt = r.text(i, 22);
    if (withGeometry)
        p.wkb = r.bytea(i, 23);
    return p;
}

QString copyColumns()
{
    return QStringLiteral(
        "uuid, code, name, district, land_use, area_m2, area_mu, area_ha, ecosystem, chain, "
        "land_mu, energy_tce, finance_wan, status, enterprise, notes, source_attrs, geom_note, "
        "revision, geom");
}

void appendCopyLine(QByteArray &out, const SyncParcelRow &p, int srid)
{
    const ParcelAssignment &a = p.assignment;
    appendText(out, p.uuid);
    out.append('\t');
    appendText(out, p.code, false);
    out.append('\t');
    appendText(out, p.name);
    out.append('\t');
    appendText(out, p.district, false);
    out.append('\t');
    appendText(out, p.landUse);
    out.append('\t');
    appendNumber(out, p.areaM2);
    out.append('\t');
    appendNumber(out, p.areaMu);
    out.append('\t');
    appendNumber(out, p.areaHa);
    out.append('\t');
    appendText(out, a.ecosystem);
    out.append('\t');
    appendText(out, a.chain);
    out.append('\t');
    appendNumber(out, a.landMu);
    out.append('\t');
    appendNumber(out, a.energyTce);
    out.append('\t');
    appendNumber(out, a.financeWan);
    out.append('\t');
    appendText(out, a.status);
    out.append('\t');
    appendText(out, a.enterprise);
    out.append('\t');
    appendText(out, a.notes);
    out.append('\t');
    appendText(out, p.sourceAttrs);
    out.append('\t');
    appendText(out, p.geomNote);
    out.append('\t');
    out.append(QByteArray::number(p.revision));
    out.append('\t');
    if (p.wkb.isEmpty())
        out.append("\\N");
    else
        out.append(
            ewkbHex(reinterpret_cast<const unsigned char *>(p.wkb.constData()), int(p.wkb.size()), srid));
    out.append('\n');
}

QString selectDistrictColumns(bool withGeometry)
{
    QString s = QStringLiteral("uuid, name, adcode, boundary_source, revision, ") + QLatin1String(kIsoUtc);
    if (withGeometry)
        s += QStringLiteral(", ST_AsBinary(geom)");
    return s;
}

SyncDistrictRow readDistrict(const PgResult &r, int i, bool withGeometry)
{
    SyncDistrictRow d{
        r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.integer(i, 4), r.text(i, 5), {}};
    if (withGeometry)
        d.wkb = r.bytea(i, 6);
    return d;
}

} // namespace zhili::ServerParcelRows
