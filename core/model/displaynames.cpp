#include "model/displaynames.h"

#include "model/ecosystem.h"
#include "model/parcelstatus.h"

#include <QLocale>

namespace zhili {

bool DisplayNames::chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString DisplayNames::of(const Ecosystem &ecosystem)
{
    return chinese() ? ecosystem.nameZh : ecosystem.nameEn;
}

QString DisplayNames::of(const ParcelStatus &status)
{
    return chinese() ? status.nameZh : status.nameEn;
}

QString DisplayNames::ecosystem(const QString &key)
{
    if (key.isEmpty())
        return tr("Unassigned");
    const Ecosystem *e = findEcosystem(key);
    return e ? of(*e) : key;
}

QString DisplayNames::status(const QString &key)
{
    const ParcelStatus *s = key.isEmpty() ? nullptr : findParcelStatus(key);
    return s ? of(*s) : key;
}

} // namespace zhili
