#include "edit/permissionpolicy.h"

#include "model/parcel.h"

#include <QCoreApplication>
#include <algorithm>
#include <initializer_list>

namespace zhili {

namespace {
PermissionDecision allow()
{
    return PermissionDecision{true, QString()};
}
PermissionDecision deny(const QString &reason)
{
    return PermissionDecision{false, reason};
}

// The rules that depend on the role alone. `refusal` (marked with QT_TRANSLATE_NOOP) says who may, with %1
// the user's name and %2 their role.
PermissionDecision allowRoles(const User &user, std::initializer_list<Role> allowed, const char *refusal)
{
    if (std::find(allowed.begin(), allowed.end(), user.role) != allowed.end())
        return allow();
    return deny(
        QCoreApplication::translate("PermissionPolicy", refusal).arg(user.name, roleDisplayName(user.role)));
}
} // namespace

PermissionDecision PermissionPolicy::canView(const User &, const QString &)
{
    return allow();
}

PermissionDecision PermissionPolicy::canEditParcel(const User &user, const Parcel &parcel)
{
    return canEditParcel(user, parcel.code, parcel.district);
}

PermissionDecision PermissionPolicy::canEditParcel(const User &user, const QString &code,
                                                   const QString &district)
{
    switch (user.role) {
    case Role::Admin:
        return allow();
    case Role::Planner:
        return deny(QCoreApplication::translate(
                        "PermissionPolicy", "city planners may not edit "
                                            "parcels, only targets and key districts (%1; parcel %2 in %3)")
                        .arg(user.name, code, district));
    case Role::Officer:
        if (!user.district.isEmpty() && user.district == district)
            return allow();
        return deny(QCoreApplication::translate("PermissionPolicy",
                                                "district officers may edit only parcels of their own "
                                                "district (%1: %2; parcel %3 is in %4)")
                        .arg(user.name, user.district.isEmpty() ? QStringLiteral("-") : user.district, code,
                             district));
    }
    return deny(QStringLiteral("unknown role"));
}

PermissionDecision PermissionPolicy::canEditTargets(const User &user)
{
    return allowRoles(user, {Role::Planner, Role::Admin},
                      QT_TRANSLATE_NOOP("PermissionPolicy", "only city planners and administrators may edit "
                                                            "targets (%1 is a %2)"));
}

PermissionDecision PermissionPolicy::canEditKeyDistricts(const User &user)
{
    return allowRoles(user, {Role::Planner, Role::Admin},
                      QT_TRANSLATE_NOOP("PermissionPolicy", "only city planners and administrators may "
                                                            "designate key districts (%1 is a %2)"));
}

PermissionDecision PermissionPolicy::canEditChains(const User &user)
{
    return allowRoles(user, {Role::Planner, Role::Admin},
                      QT_TRANSLATE_NOOP("PermissionPolicy",
                                        "only city planners and administrators may edit "
                                        "industrial chains, events and blockages (%1 is a "
                                        "%2)"));
}

PermissionDecision PermissionPolicy::canImportParcels(const User &user)
{
    return allowRoles(
        user, {Role::Officer, Role::Admin},
        QT_TRANSLATE_NOOP("PermissionPolicy",
                          "city planners may not import parcels (%1 is a %2): a "
                          "district officer imports their own district's file, an administrator any"));
}

PermissionDecision PermissionPolicy::canImportParcels(const User &user, const QString &district)
{
    if (const PermissionDecision any = canImportParcels(user); !any)
        return any;
    if (user.role == Role::Admin || (!user.district.isEmpty() && user.district == district))
        return allow();
    return deny(QCoreApplication::translate(
                    "PermissionPolicy", "district officers may import only parcels of their own "
                                        "district (%1: %2; the file has parcels in %3): nothing was imported")
                    .arg(user.name, user.district.isEmpty() ? QStringLiteral("-") : user.district, district));
}

PermissionDecision PermissionPolicy::canImportDistricts(const User &user)
{
    return allowRoles(user, {Role::Admin},
                      QT_TRANSLATE_NOOP("PermissionPolicy",
                                        "only administrators may import district boundaries "
                                        "(%1 is a %2): they replace the outlines of every district"));
}

PermissionDecision PermissionPolicy::canManageUsers(const User &user)
{
    return allowRoles(user, {Role::Admin},
                      QT_TRANSLATE_NOOP("PermissionPolicy",
                                        "only administrators may add users (%1 is a %2): pass "
                                        "--user with an administrator's name"));
}

} // namespace zhili
