#include "cache/parceltotalsaccumulator.h"

namespace zhili {

void ParcelTotalsAccumulator::add(const Row &row)
{
    Sums &s = m_groups[Key(row.district, row.ecosystem)];
    ++s.parcels;
    s.areaMu += row.areaMu;
    s.landMu += row.landMu;
    s.energyTce += row.energyTce;
    s.financeWan += row.financeWan;
}

} // namespace zhili
