#include "desktop/legenddelegate.h"

#include "layers/legendmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace zhili {

LegendDelegate::LegendDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void LegendDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = option.rect.adjusted(4, 2, -4, -2);
    const int sw = r.height() - 2;
    const QRect swatch(r.left(), r.top() + 1, int(sw * 1.4), sw);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QColor(90, 90, 90));
    painter->setBrush(index.data(LegendModel::ColorRole).value<QColor>());
    painter->drawRect(swatch);

    const QLocale l;
    const qint64 count = index.data(LegendModel::CountRole).toLongLong();
    const double mu = index.data(LegendModel::AreaMuRole).toDouble();
    // A negative area marks rows that count districts (the achievement overlay), which have no area of their
    // own.
    const QString numbers = mu < 0 ? tr("%n district(s)", nullptr, int(count))
                                   : tr("%1 parcels · %2 mu").arg(l.toString(count), l.toString(mu, 'f', 1));
    const QFontMetrics fm(option.font);
    const int numbersWidth = fm.horizontalAdvance(numbers);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::Text));
    const QRect textRect(swatch.right() + 8, r.top(), r.width() - swatch.width() - 8, r.height());
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, numbers);
    const QRect labelRect = textRect.adjusted(0, 0, -numbersWidth - 8, 0);
    painter->drawText(
        labelRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, labelRect.width()));
    painter->restore();
}

QSize LegendDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    return QSize(fm.horizontalAdvance(QStringLiteral("M")) * 24, fm.height() + 8);
}

} // namespace zhili
