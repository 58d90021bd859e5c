#pragma once

// Refusals under test: what the zhili::Error an action throws says.
#include "io/csvtable.h"

#include <QString>
#include <functional>
#include <optional>

namespace zhili::test {

/// The message of the zhili::Error (or subclass) that `action` throws; empty when it throws none, so a
/// check that the message contains some words also fails when nothing was refused.
QString errorOf(const std::function<void()> &action);

/// The CsvImportRefused that `action` throws, with its problems; none when it throws none.
std::optional<CsvImportRefused> csvRefusalOf(const std::function<void()> &action);

} // namespace zhili::test
