#pragma once

#include "cache/parcelfilter.h"

#include <QString>

namespace zhili {

/// The text form of a ParcelFilter, for `zhili-cli export --where`: clauses joined by ";", each
/// `district=A,B`, `ecosystem=bio,生物医药,none`, `land_use=M1,0601`, `status=production,none`,
/// `area_mu>=N`, `area_mu<=N` or `text=WORD`. Ecosystems and statuses take keys or names ("none" = not
/// set). The result binds every value (ParcelFilter), so no user text reaches SQL.
class ParcelFilterText {
public:
    /// Throws zhili::Error naming the clause, the key or the value that is not understood.
    static ParcelFilter parse(const QString &text);
};

} // namespace zhili
