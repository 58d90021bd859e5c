#include "layers/classification.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace zhili::Classification {

namespace {

void clean(std::vector<double> &values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    std::sort(values.begin(), values.end());
}

std::vector<double> unique(std::vector<double> b)
{
    b.erase(std::unique(b.begin(), b.end()), b.end());
    return b;
}

} // namespace

std::vector<double> equalInterval(std::vector<double> values, int classes)
{
    clean(values);
    if (values.empty() || classes < 1)
        return {};
    const double lo = values.front(), hi = values.back();
    if (hi == lo)
        return {hi};
    std::vector<double> b;
    for (int k = 1; k < classes; ++k)
        b.push_back(lo + (hi - lo) * k / classes);
    b.push_back(hi);
    return unique(b);
}

std::vector<double> quantile(std::vector<double> values, int classes)
{
    clean(values);
    if (values.empty() || classes < 1)
        return {};
    const size_t n = values.size();
    std::vector<double> b;
    // Upper bound of class k is the value at rank ceil(k·n/classes) (1-based).
    for (int k = 1; k <= classes; ++k) {
        const size_t rank = size_t(std::ceil(double(k) * n / classes));
        b.push_back(values[std::clamp<size_t>(rank, 1, n) - 1]);
    }
    return unique(b);
}

std::vector<double> naturalBreaks(std::vector<double> values, int classes)
{
    clean(values);
    if (values.empty() || classes < 1)
        return {};
    constexpr size_t kMaxExact = 2000;
    if (values.size() > kMaxExact) {
        std::vector<double> sample;
        sample.reserve(kMaxExact);
        for (size_t i = 0; i < kMaxExact; ++i)
            sample.push_back(values[i * (values.size() - 1) / (kMaxExact - 1)]);
        values.swap(sample);
    }
    const int n = int(values.size());
    const int k = std::min(classes, n);
    // Fisher–Jenks dynamic programme (Jenks 1977), 1-based as in the classic formulation.
    std::vector<std::vector<int>> lower(n + 1, std::vector<int>(k + 1, 0));
    std::vector<std::vector<double>> var(n + 1, std::vector<double>(k + 1, 0));
    for (int j = 1; j <= k; ++j) {
        lower[1][j] = 1;
        for (int i = 2; i <= n; ++i)
            var[i][j] = std::numeric_limits<double>::infinity();
    }
    for (int l = 2; l <= n; ++l) {
        double s1 = 0, s2 = 0, w = 0, v = 0;
        for (int m = 1; m <= l; ++m) {
            const int i3 = l - m + 1;
            const double val = values[i3 - 1];
            s2 += val * val;
            s1 += val;
            w += 1;
            v = s2 - s1 * s1 / w;
            const int i4 = i3 - 1;
            if (i4 != 0)
                for (int j = 2; j <= k; ++j)
                    if (var[l][j] >= v + var[i4][j - 1]) {
                        lower[l][j] = i3;
                        var[l][j] = v + var[i4][j - 1];
                    }
        }
        lower[l][1] = 1;
        var[l][1] = v;
    }
    std::vector<double> b(k);
    b[k - 1] = values[n - 1];
    int row = n;
    for (int j = k; j >= 2; --j) {
        const int id = lower[row][j] - 2;
        b[j - 2] = values[std::max(0, id)];
        row = lower[row][j] - 1;
        if (row < 1)
            break;
    }
    return unique(b);
}

std::vector<double> compute(ClassificationMethod method, std::vector<double> values, int classes)
{
    switch (method) {
    case ClassificationMethod::EqualInterval:
        return equalInterval(std::move(values), classes);
    case ClassificationMethod::Quantile:
        return quantile(std::move(values), classes);
    case ClassificationMethod::NaturalBreaks:
        break;
    }
    return naturalBreaks(std::move(values), classes);
}

int classOf(const std::vector<double> &breaks, double value)
{
    if (breaks.empty())
        return -1;
    const auto it = std::lower_bound(breaks.begin(), breaks.end(), value);
    if (it == breaks.end())
        return int(breaks.size()) - 1; // above the last bound (edited since the classes were cut)
    return int(it - breaks.begin());
}

} // namespace zhili::Classification
