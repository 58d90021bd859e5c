#pragma once

#include "edit/user.h"

#include <QString>

namespace zhili {

struct Parcel;

/// The answer to "may this user do that?", with a reason for people when not.
struct PermissionDecision {
    bool allowed = false;
    QString reason; ///< bilingual, names the user, the rule and the object; empty when allowed
    explicit operator bool() const { return allowed; }
};

/// The role rules, enforced in core so they hold for the CLI and batch CSV as much as for the window.
/// - planner: sees everything; edits targets and key-district designations, not parcels;
/// - officer of district X: edits parcels of X only;
/// - admin: everything.
class PermissionPolicy {
public:
    /// Every role sees every district.
    static PermissionDecision canView(const User &user, const QString &district);
    static PermissionDecision canEditParcel(const User &user, const Parcel &parcel);
    /// Same rule when only the code and district are at hand (batch preview, the editor dock).
    static PermissionDecision canEditParcel(const User &user, const QString &code, const QString &district);
    /// City targets / quotas (used by the indicators engine): planners and admins.
    static PermissionDecision canEditTargets(const User &user);
    /// Key-district designations (重点落地区县): planners and admins.
    static PermissionDecision canEditKeyDistricts(const User &user);
    /// Industrial chains, matchmaking events and blockages are city data: planners and administrators
    /// edit them, officers read.
    static PermissionDecision canEditChains(const User &user);
    /// Importing parcel files at all: officers and admins (planners edit no parcels).
    static PermissionDecision canImportParcels(const User &user);
    /// Importing (new or re-imported) parcels of `district`: the same rule as editing them.
    static PermissionDecision canImportParcels(const User &user, const QString &district);
    /// Importing district boundaries replaces every district's outline: admins only.
    static PermissionDecision canImportDistricts(const User &user);
    /// Adding users: admins only.
    static PermissionDecision canManageUsers(const User &user);
};

} // namespace zhili
