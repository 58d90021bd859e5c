#include "edit/permissionpolicy.h"

#include "model/parcel.h"

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
        return deny(
            QStringLiteral("市级规划人员不能编辑地块，只能编辑目标与重点区县 / city planners may not edit "
                           "parcels, only targets and key districts (%1; parcel %2 in %3)")
                .arg(user.name, code, district));
    case Role::Officer:
        if (!user.district.isEmpty() && user.district == district)
            return allow();
        return deny(
            QStringLiteral("区县干部只能编辑本区地块 / district officers may edit only parcels of their own "
                           "district (%1: %2; parcel %3 is in %4)")
                .arg(user.name, user.district.isEmpty() ? QStringLiteral("-") : user.district, code,
                     district));
    }
    return deny(QStringLiteral("unknown role"));
}

PermissionDecision PermissionPolicy::canEditTargets(const User &user)
{
    if (user.role == Role::Planner || user.role == Role::Admin)
        return allow();
    return deny(QStringLiteral(
                    "只有市级规划人员和管理员可以编辑目标 / only city planners and administrators may edit "
                    "targets (%1 is a %2)")
                    .arg(user.name, roleDisplayName(user.role)));
}

PermissionDecision PermissionPolicy::canEditKeyDistricts(const User &user)
{
    if (user.role == Role::Planner || user.role == Role::Admin)
        return allow();
    return deny(
        QStringLiteral("只有市级规划人员和管理员可以指定重点区县 / only city planners and administrators may "
                       "designate key districts (%1 is a %2)")
            .arg(user.name, roleDisplayName(user.role)));
}

PermissionDecision PermissionPolicy::canImportParcels(const User &user)
{
    if (user.role != Role::Planner)
        return allow();
    return deny(
        QStringLiteral("市级规划人员不能导入地块 / city planners may not import parcels (%1 is a %2): a "
                       "district officer imports their own district's file, an administrator any")
            .arg(user.name, roleDisplayName(user.role)));
}

PermissionDecision PermissionPolicy::canImportParcels(const User &user, const QString &district)
{
    if (const PermissionDecision any = canImportParcels(user); !any)
        return any;
    if (user.role == Role::Admin || (!user.district.isEmpty() && user.district == district))
        return allow();
    return deny(
        QStringLiteral("区县干部只能导入本区地块 / district officers may import only parcels of their own "
                       "district (%1: %2; the file has parcels in %3): nothing was imported")
            .arg(user.name, user.district.isEmpty() ? QStringLiteral("-") : user.district, district));
}

PermissionDecision PermissionPolicy::canImportDistricts(const User &user)
{
    if (user.role == Role::Admin)
        return allow();
    return deny(
        QStringLiteral("只有管理员可以导入区县边界 / only administrators may import district boundaries "
                       "(%1 is a %2): they replace the outlines of every district")
            .arg(user.name, roleDisplayName(user.role)));
}

PermissionDecision PermissionPolicy::canManageUsers(const User &user)
{
    if (user.role == Role::Admin)
        return allow();
    return deny(
        QStringLiteral("只有管理员可以添加用户 / only administrators may add users (%1 is a %2): pass "
                       "--user with an administrator's name")
            .arg(user.name, roleDisplayName(user.role)));
}

} // namespace zhili
