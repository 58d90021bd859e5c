#include "desktop/legenddelegate.h"

#include "layers/legendmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace zhili {

namespace {
constexpr int kMargin = 4;  ///< around the row's contents
constexpr int kSpacing = 8; ///< between swatch, label and figures

int swatchWidth(const QFontMetrics &fm)
{
    return int((fm.height() + 2) * 1.4);
}
} // namespace

LegendDelegate::LegendDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString LegendDelegate::numbersText(const QModelIndex &index)
{
    const QLocale l;
    const qint64 count = index.data(LegendModel::CountRole).toLongLong();
    const double mu = index.data(LegendModel::AreaMuRole).toDouble();
    if (count < 0) // a row without figures (a missing chain link)
        return QString();
    if (index.data(LegendModel::CountsEnterprisesRole).toBool()) // a chain's flow lines: partners
        return tr("%n enterprise(s)", nullptr, int(count));
    // A negative area marks rows that count districts (the achievement overlay), which have no area of their
    // own.
    return mu < 0 ? tr("%n district(s)", nullptr, int(count))
                  : tr("%1 parcels · %2 mu").arg(l.toString(count), l.toString(mu, 'f', 1));
}

bool LegendDelegate::needsTwoLines(const QFontMetrics &fm, const QModelIndex &index, int width)
{
    const int text = width - 2 * kMargin - swatchWidth(fm) - kSpacing;
    return fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + kSpacing +
               fm.horizontalAdvance(numbersText(index)) >
           text;
}

LegendDelegate::RowLayout LegendDelegate::rowLayout(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(kMargin, 2, -kMargin, -2);
    RowLayout row;
    row.numbers = numbersText(index);
    row.twoLines = needsTwoLines(fm, index, option.rect.width());
    const int line = row.twoLines ? r.height() / 2 : r.height();
    const int sw = fm.height() + 2;
    row.swatch = QRect(r.left(), r.top() + (line - sw) / 2, swatchWidth(fm), sw);
    const QRect text(row.swatch.right() + kSpacing, r.top(), r.right() - row.swatch.right() - kSpacing,
                     r.height());
    if (row.twoLines) {
        // The label whole on the first line, the figures right-aligned under it.
        row.labelRect = QRect(text.left(), text.top(), text.width(), line);
        row.numbersRect = QRect(text.left(), text.top() + line, text.width(), r.height() - line);
    } else {
        const int numbersWidth = fm.horizontalAdvance(row.numbers);
        row.numbersRect = QRect(text.right() - numbersWidth + 1, text.top(), numbersWidth, text.height());
        row.labelRect = text.adjusted(0, 0, -numbersWidth - kSpacing, 0);
    }
    row.label = fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, row.labelRect.width());
    return row;
}

void LegendDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const RowLayout row = rowLayout(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QColor(90, 90, 90));
    painter->setBrush(index.data(LegendModel::ColorRole).value<QColor>());
    painter->drawRect(row.swatch);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::Text));
    painter->drawText(row.numbersRect, Qt::AlignRight | Qt::AlignVCenter, row.numbers);
    painter->drawText(row.labelRect, Qt::AlignLeft | Qt::AlignVCenter, row.label);
    painter->restore();
}

QSize LegendDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    // The row is as wide as the view shows it: two lines when that is too narrow for one.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    const bool twoLines = width > 0 && needsTwoLines(fm, index, width);
    return QSize(fm.horizontalAdvance(QStringLiteral("M")) * 24, (twoLines ? 2 : 1) * fm.height() + 8);
}

} // namespace zhili
