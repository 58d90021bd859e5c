#pragma once

namespace zhili::units {

/// 1 亩 = 10000/15 m² (the statutory definition), 1 公顷 = 15 亩.
inline constexpr double kSquareMetresPerMu = 10000.0 / 15.0;
inline constexpr double kSquareMetresPerHectare = 10000.0;

inline constexpr double muFromSquareMetres(double m2)
{
    return m2 / kSquareMetresPerMu;
}
inline constexpr double hectaresFromSquareMetres(double m2)
{
    return m2 / kSquareMetresPerHectare;
}
inline constexpr double squareMetresFromMu(double mu)
{
    return mu * kSquareMetresPerMu;
}

} // namespace zhili::units
