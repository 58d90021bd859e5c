#pragma once

#include "edit/assignmentvalidator.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace zhili {

class GeoPackageCache;

/// The assignment a parcel file brings for a new parcel (ecosystem and status already turned into keys).
struct ImportedTags {
    QVariant ecosystem; ///< key, or null
    QVariant status;    ///< key, or null
    QString chain, enterprise, notes;
    double land = 0, energy = 0, finance = 0;

    bool isEmpty() const;
};

/// Puts the tags of imported parcels through the same AssignmentValidator as edits, so that a file cannot
/// bring what an edit would be refused (land 999,999 亩 on a 15 亩 parcel, 1e300 tce, a 5,000-character
/// chain). The geometry is imported either way; each rejected tag is left empty and reported.
class ImportedTagFilter {
public:
    explicit ImportedTagFilter(GeoPackageCache &cache);

    /// Clears the tags that fail validation for a parcel `code` of `areaM2` in `district`; returns one line
    /// per rejected tag naming the parcel, the field, the value and the reason.
    QStringList filter(const QString &code, const QString &district, double areaM2, ImportedTags &tags) const;

private:
    AssignmentValidator m_validator;
};

} // namespace zhili
