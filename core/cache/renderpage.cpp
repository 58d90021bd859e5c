#include "cache/renderpage.h"

#include <algorithm>

namespace zhili {

void RenderPage::append(const RenderPage &o, int i)
{
    const size_t k = size_t(i);
    fid.push_back(o.fid[k]);
    boxes.insert(boxes.end(), o.boxes.begin() + 4 * k, o.boxes.begin() + 4 * k + 4);
    const quint32 p0 = o.ringPoints[o.parcelRings[k]];
    for (quint32 r = o.parcelRings[k]; r < o.parcelRings[k + 1]; ++r)
        ringPoints.push_back(ringPoints.back() + (o.ringPoints[r + 1] - o.ringPoints[r]));
    parcelRings.push_back(quint32(ringPoints.size() - 1));
    const quint32 p1 = o.ringPoints[o.parcelRings[k + 1]];
    coords.insert(coords.end(), o.coords.begin() + 2 * p0, o.coords.begin() + 2 * p1);
    eco.push_back(o.eco[k]);
    district.push_back(o.district[k]);
    land.push_back(o.land[k]);
    energy.push_back(o.energy[k]);
    finance.push_back(o.finance[k]);
    area.push_back(o.area[k]);
    codes.append(o.codes.constData() + o.codeOffsets[k], o.codeOffsets[k + 1] - o.codeOffsets[k]);
    codeOffsets.push_back(quint32(codes.size()));
    enterprises.append(o.enterprises.constData() + o.enterpriseOffsets[k],
                       o.enterpriseOffsets[k + 1] - o.enterpriseOffsets[k]);
    enterpriseOffsets.push_back(quint32(enterprises.size()));
}

void RenderPage::clear()
{
    fid.clear();
    boxes.clear();
    parcelRings.assign(1, 0);
    ringPoints.assign(1, 0);
    coords.clear();
    eco.clear();
    district.clear();
    for (std::vector<float> *v : {&land, &energy, &finance, &area})
        v->clear();
    codeOffsets.assign(1, 0);
    enterpriseOffsets.assign(1, 0);
    codes.resize(0); // unlike clear(), keeps the capacity
    enterprises.resize(0);
}

void RenderPage::appendBoxOfPointsFrom(size_t firstPoint)
{
    float box[4] = {1e30f, 1e30f, -1e30f, -1e30f};
    for (size_t p = 2 * firstPoint; p < coords.size(); p += 2) {
        box[0] = std::min(box[0], coords[p]);
        box[1] = std::min(box[1], coords[p + 1]);
        box[2] = std::max(box[2], coords[p]);
        box[3] = std::max(box[3], coords[p + 1]);
    }
    boxes.insert(boxes.end(), box, box + 4);
}

void RenderPage::reserveScaled(double scale, size_t maxParcels, size_t maxBytes)
{
    const auto scaled = [scale](size_t n, size_t most) {
        return size_t(std::min(double(most), double(n) * scale + 1));
    };
    const size_t parcels = scaled(fid.size(), maxParcels);
    for (std::vector<float> *v : {&land, &energy, &finance, &area})
        v->reserve(parcels);
    fid.reserve(parcels);
    boxes.reserve(4 * parcels);
    parcelRings.reserve(parcels + 1);
    eco.reserve(parcels);
    district.reserve(parcels);
    codeOffsets.reserve(parcels + 1);
    enterpriseOffsets.reserve(parcels + 1);
    ringPoints.reserve(scaled(ringPoints.size(), maxBytes));
    coords.reserve(scaled(coords.size(), maxBytes));
    codes.reserve(qsizetype(scaled(size_t(codes.size()), maxBytes)));
    enterprises.reserve(qsizetype(scaled(size_t(enterprises.size()), maxBytes)));
}

} // namespace zhili
