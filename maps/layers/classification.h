#pragma once

#include "layers/layerstyle.h"

#include <vector>

namespace zhili {

/// Class breaks for graduated themes. Returned bounds are the upper bounds of each class, ascending; the
/// first class starts at the minimum value. Values ≤ 0 (no allocation) are expected to be filtered out by the
/// caller. Fewer classes are returned when the data has fewer distinct values.
namespace Classification {

std::vector<double> equalInterval(std::vector<double> values, int classes);
std::vector<double> quantile(std::vector<double> values, int classes);
/// Fisher–Jenks optimal natural breaks (minimises within-class variance). Inputs above 2000 values are
/// reduced to an evenly spaced sample of the sorted values first (exact below that).
std::vector<double> naturalBreaks(std::vector<double> values, int classes);
std::vector<double> compute(ClassificationMethod method, std::vector<double> values, int classes);

/// Index of the class a value falls into (value <= breaks[i]), or -1 for an empty break list.
int classOf(const std::vector<double> &breaks, double value);

} // namespace Classification

} // namespace zhili
