#pragma once

#include <QString>
#include <optional>

namespace zhili {

/// What a user may do (see PermissionPolicy): planners steer targets, officers edit their district's parcels.
enum class Role { Planner, Officer, Admin };

/// Stored key: "planner", "officer", "admin".
QString roleKey(Role role);
/// Bilingual display name, e.g. "区县干部 district officer".
QString roleDisplayName(Role role);
/// Parses a key or a Chinese/English name (case-insensitive); nullopt when unknown.
std::optional<Role> roleFromString(const QString &text);

} // namespace zhili
