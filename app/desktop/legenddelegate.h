#pragma once

#include <QRect>
#include <QStyledItemDelegate>

namespace zhili {

/// Paints one legend row of a LegendModel: colour swatch, label, parcel count and area (亩) right-aligned.
/// When the label and the figures do not fit side by side (a theme's range "1,250 – 3,400 10k CNY" in the
/// docked layer panel), the figures go to a second line: a label is never cut.
class LegendDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// Where the parts of one row go, and their texts.
    struct RowLayout {
        QRect swatch;
        QRect labelRect;
        QRect numbersRect;
        QString label; ///< elided only when it is wider than the whole row
        QString numbers;
        bool twoLines = false;
    };

    explicit LegendDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The layout of row `index` in `option.rect`.
    RowLayout rowLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    /// "12 parcels · 34.5 mu", or "3 districts" for rows that count districts.
    static QString numbersText(const QModelIndex &index);
    /// Whether the label and the figures of `index` need two lines in a row `width` pixels wide.
    static bool needsTwoLines(const QFontMetrics &fm, const QModelIndex &index, int width);
};

} // namespace zhili
