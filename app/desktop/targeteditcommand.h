#pragma once

#include "desktop/indicatoreditcommand.h"
#include "indicators/indicatorstore.h"

#include <QCoreApplication>
#include <QList>

namespace zhili {

class GeoPackageCache;

/// One undo step for target edits that IndicatorStore::applyTargetEdits already committed (a new target, a
/// changed figure, a move to another district, a deletion). undo() applies the reversed edits; see
/// IndicatorEditCommand for the rest.
class TargetEditCommand : public IndicatorEditCommand {
    Q_DECLARE_TR_FUNCTIONS(TargetEditCommand)
public:
    TargetEditCommand(GeoPackageCache &cache, User user, QList<TargetEdit> edits,
                      QUndoCommand *parent = nullptr);

    const QList<TargetEdit> &edits() const { return m_edits; }
    /// "Edit target 2025 生物医药 西湖区" style text for the Edit menu.
    static QString describe(const QList<TargetEdit> &edits);

protected:
    void write(bool undo, const QString &action) override;

private:
    QList<TargetEdit> m_edits;
};

} // namespace zhili
