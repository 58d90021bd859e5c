#pragma once

// Refusals under test: what the zhili::Error an action throws says.
#include <QString>
#include <functional>

namespace zhili::test {

/// The message of the zhili::Error (or subclass) that `action` throws; empty when it throws none, so a
/// check that the message contains some words also fails when nothing was refused.
QString errorOf(const std::function<void()> &action);

} // namespace zhili::test
