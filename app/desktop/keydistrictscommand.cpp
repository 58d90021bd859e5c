#include "desktop/keydistrictscommand.h"

#include "indicators/indicatorstore.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

KeyDistrictsCommand::KeyDistrictsCommand(GeoPackageCache &cache, User user, QString ecosystem,
                                         QList<KeyDistrict> before, QList<KeyDistrict> after,
                                         QUndoCommand *parent)
    : IndicatorEditCommand(cache, std::move(user), parent), m_ecosystem(std::move(ecosystem)),
      m_before(std::move(before)), m_after(std::move(after))
{
    const Ecosystem *e = findEcosystem(m_ecosystem);
    setText(tr("Edit key districts of %1").arg(e ? DisplayNames::of(*e) : m_ecosystem));
}

void KeyDistrictsCommand::write(bool undo, const QString &action)
{
    IndicatorStore(cache()).replaceKeyDistricts(user(), m_ecosystem, undo ? m_after : m_before,
                                                undo ? m_before : m_after, action);
}

} // namespace zhili
