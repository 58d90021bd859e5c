#pragma once

#include "io/importoptions.h"
#include "io/parcelfeaturereader.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace zhili {

class OgrSource;

/// Finds the codes that repeat within a district (a first pass over the codes only), then merges or numbers
/// their records as they stream by, so that the row writer sees each code once.
class DuplicateCodeResolver {
public:
    explicit DuplicateCodeResolver(DuplicateCodes mode) : m_mode(mode) {}

    /// Reads every feature's code and district (the same cleaning as the reader) and remembers the codes
    /// that occur more than once. Rewinds the source. Nothing to do for DuplicateCodes::Refuse.
    void scan(OgrSource &src, const ParcelFeatureReader::Fields &fields, const QString &fixedDistrict);

    /// The parcels to write for `f`: `f` itself (renumbered under Number), nothing while a merged code still
    /// waits for its other records, or the merged parcel once its last record arrived.
    void resolve(PreparedParcel &&f, std::vector<PreparedParcel> *ready);

    /// One line per affected code: "district code: 3 records merged" or "… numbered code-1 … code-3".
    const QStringList &report() const { return m_report; }

private:
    static QString key(const QString &district, const QString &code);
    static PreparedParcel merged(std::vector<PreparedParcel> &&parts);

    DuplicateCodes m_mode;
    QHash<QString, int> m_counts; ///< district + code → records in the file (only codes seen twice or more)
    QHash<QString, int> m_seen;
    QHash<QString, std::vector<PreparedParcel>> m_waiting;
    QStringList m_report;
};

} // namespace zhili
