#include "layout/sheettext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace zhili::SheetText {

void draw(QPainter &p, const QRectF &box, const QString &text, const QFont &font, const QColor &color,
          Qt::Alignment align, bool elide)
{
    p.save();
    p.setFont(font);
    p.setPen(color);
    QString t = text;
    if (elide) {
        QFontMetricsF fm(font, p.device());
        t = fm.elidedText(text, Qt::ElideRight, box.width());
    }
    p.drawText(box, int(align) | Qt::TextSingleLine, t);
    p.restore();
}

QString number(double v, int decimals)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(v, 'f', decimals);
}

QString integer(qint64 v)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(v);
}

QString dateLine(const QDate &date, bool english)
{
    if (!date.isValid())
        return english ? QStringLiteral("Data as of —") : QStringLiteral("数据截至 —");
    return english
               ? QStringLiteral("Data as of %1").arg(date.toString(Qt::ISODate))
               : QStringLiteral("数据截至 %1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace zhili::SheetText
