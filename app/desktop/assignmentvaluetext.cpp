#include "desktop/assignmentvaluetext.h"

#include "cache/geopackagecache.h"
#include "desktop/translations.h"
#include "edit/assignmentpatch.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "sync/syncpayload.h"

namespace zhili {

AssignmentValueText::AssignmentValueText(GeoPackageCache &cache)
{
    const bool zh = Translations::isChinese();
    for (const Ecosystem &e : cache.ecosystems())
        m_ecosystemNames.insert(e.key, zh ? e.nameZh : e.nameEn);
}

QString AssignmentValueText::text(const QString &fieldKey, const QJsonValue &value) const
{
    const QString raw = SyncPayload::displayText(value);
    const std::optional<AssignmentField> field = assignmentFieldFromKey(fieldKey);
    if (field == AssignmentField::Ecosystem)
        return raw.isEmpty() ? tr("Unassigned") : m_ecosystemNames.value(raw, raw);
    if (raw.isEmpty())
        return QStringLiteral("—");
    if (field == AssignmentField::Status) {
        const ParcelStatus *s = findParcelStatus(raw);
        return s ? (Translations::isChinese() ? s->nameZh : s->nameEn) : raw;
    }
    return raw;
}

} // namespace zhili
