#include "desktop/targeteditcommand.h"

#include "cache/geopackagecache.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

TargetEditCommand::TargetEditCommand(GeoPackageCache &cache, User user, QList<TargetEdit> edits,
                                     QUndoCommand *parent)
    : IndicatorEditCommand(cache, std::move(user), parent), m_edits(std::move(edits))
{
    setText(describe(m_edits));
}

QString TargetEditCommand::describe(const QList<TargetEdit> &edits)
{
    if (edits.isEmpty())
        return tr("Edit targets");
    const TargetEdit &e = edits.first();
    const Target &t = e.after ? *e.after : *e.before;
    const Ecosystem *eco = findEcosystem(t.ecosystem);
    const QString ecoName = eco ? DisplayNames::of(*eco) : t.ecosystem;
    const QString district = t.district.isEmpty() ? tr("city-wide") : t.district;
    const QString what = QStringLiteral("%1 %2 %3").arg(t.year).arg(ecoName, district);
    if (!e.before)
        return tr("Add target %1").arg(what);
    if (!e.after)
        return tr("Delete target %1").arg(what);
    return tr("Edit target %1").arg(what);
}

void TargetEditCommand::write(bool undo, const QString &action)
{
    QList<TargetEdit> edits = m_edits;
    if (undo) {
        edits.clear();
        for (auto it = m_edits.crbegin(); it != m_edits.crend(); ++it)
            edits.append(it->reversed());
    }
    IndicatorStore(cache()).applyTargetEdits(user(), edits, action);
}

} // namespace zhili
