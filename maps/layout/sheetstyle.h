#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace zhili {

/// Typography and colours of a snapshot sheet, and the mm/pt → device-unit conversion for one output.
/// Sizes are given for A4 and multiplied by `scale` (A3 and slides use larger type).
struct SheetStyle {
    double scale = 1; ///< type scale of the page (A4 = 1)
    double dpi = 96;  ///< device units per inch of the output
    double fontScale =
        1; ///< dpi / the device's logical DPI (fonts are set in points, resolved by the device)
    QString family = QStringLiteral("Noto Sans CJK SC");

    QColor ink{34, 34, 34};
    QColor muted{105, 105, 105};
    QColor accent{31, 78, 121}; ///< dark blue of rules and highlights
    QColor rule{190, 190, 190};
    QColor tableFill{238, 242, 246};
    QColor stamp{192, 0, 0};                 ///< 内部资料 tag
    QString language = QStringLiteral("zh"); ///< the words printed on the sheet: "zh" or "en"

    /// The sheet's word for something, in its one language.
    QString words(const char *zh, const char *en) const
    {
        return QString::fromUtf8(language == QLatin1String("en") ? en : zh);
    }
    /// Millimetres (at type scale 1 unless `scaled`) → device units.
    double mm(double v) const { return v * scale * dpi / 25.4; }
    /// Unscaled millimetres → device units.
    double mmAbs(double v) const { return v * dpi / 25.4; }
    /// Points of type (scaled) → device units.
    double pt(double v) const { return v * scale * dpi / 72.0; }
    /// The family at `points` (scaled), bold or not.
    QFont font(double points, bool bold = false) const
    {
        QFont f(family);
        f.setPointSizeF(points * scale * fontScale);
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferAntialias);
        return f;
    }
};

} // namespace zhili
