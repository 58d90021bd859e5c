#pragma once

#include <QStyledItemDelegate>

namespace zhili {

/// Paints one legend row of a LegendModel: colour swatch, label, parcel count and area (亩) right-aligned.
class LegendDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LegendDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace zhili
