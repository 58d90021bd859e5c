#pragma once

#include "edit/user.h"
#include "indicators/indicatortypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// One undo step for a change of an ecosystem's key districts that IndicatorStore::replaceKeyDistricts
/// already committed. Works like TargetEditCommand: first redo() does nothing, undo()/redo() write the
/// old/new list (compare-and-set, audited as "undo"/"redo") as the user acting at that moment.
class KeyDistrictsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(KeyDistrictsCommand)
public:
    using UserProvider = std::function<std::optional<User>()>;

    KeyDistrictsCommand(GeoPackageCache &cache, UserProvider user, QString ecosystem,
                        QList<KeyDistrict> before, QList<KeyDistrict> after, QUndoCommand *parent = nullptr);

    void setChangedHandler(std::function<void()> handler) { m_onChanged = std::move(handler); }
    void setErrorHandler(std::function<void(const QString &)> handler) { m_onError = std::move(handler); }

    void undo() override;
    void redo() override;

private:
    void apply(const QList<KeyDistrict> &from, const QList<KeyDistrict> &to, const QString &action);

    GeoPackageCache &m_cache;
    UserProvider m_user;
    QString m_ecosystem;
    QList<KeyDistrict> m_before;
    QList<KeyDistrict> m_after;
    bool m_firstRedo = true;
    std::function<void()> m_onChanged;
    std::function<void(const QString &)> m_onError;
};

} // namespace zhili
