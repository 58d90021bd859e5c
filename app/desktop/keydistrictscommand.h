#pragma once

#include "desktop/indicatoreditcommand.h"
#include "indicators/indicatortypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// One undo step for a change of an ecosystem's key districts that IndicatorStore::replaceKeyDistricts
/// already committed: undo()/redo() write the old/new list (compare-and-set); see IndicatorEditCommand.
class KeyDistrictsCommand : public IndicatorEditCommand {
    Q_DECLARE_TR_FUNCTIONS(KeyDistrictsCommand)
public:
    KeyDistrictsCommand(GeoPackageCache &cache, User user, QString ecosystem, QList<KeyDistrict> before,
                        QList<KeyDistrict> after, QUndoCommand *parent = nullptr);

protected:
    void write(bool undo, const QString &action) override;

private:
    QString m_ecosystem;
    QList<KeyDistrict> m_before;
    QList<KeyDistrict> m_after;
};

} // namespace zhili
