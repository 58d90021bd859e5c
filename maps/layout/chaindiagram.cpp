#include "layout/chaindiagram.h"

#include "layers/chainmapcontent.h"
#include "render/arrowline.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <algorithm>

namespace zhili {

namespace {

constexpr ChainStage kStages[] = {ChainStage::Upstream, ChainStage::Midstream, ChainStage::Downstream};
const QColor kMissing(200, 0, 0);

// Each link's longest supply path from the chain's first links (the chain is acyclic: n passes suffice).
QHash<QString, int> supplyDepths(const QList<ChainLink> &links)
{
    QHash<QString, int> depth;
    for (qsizetype pass = 0; pass < links.size(); ++pass)
        for (const ChainLink &l : links)
            for (const QString &to : l.supplies)
                depth[to] = std::max(depth.value(to), depth.value(l.name) + 1);
    return depth;
}

// `color` washed towards white: box fills and stage bands under dark text.
QColor washed(const QColor &color, double amount)
{
    return QColor::fromRgbF(1 - (1 - color.redF()) * amount, 1 - (1 - color.greenF()) * amount,
                            1 - (1 - color.blueF()) * amount);
}

// The largest size from 9 pt down to 5.5 pt at which `text` fits on one line of `width`; 0 when none does.
double fittingPoints(const QString &text, double width, const SheetStyle &s, const QPaintDevice *device)
{
    for (double pt = 9; pt >= 5.5; pt -= 0.5)
        if (QFontMetricsF(s.font(pt, true), device).horizontalAdvance(text) <= width)
            return pt;
    return 0;
}

} // namespace

struct ChainDiagram::Grid {
    QRectF area;
    double headerH = 0;
    double colW = 0;
    double boxW = 0;
    double rowH = 0;
    double boxH = 0;
    double lane = 0; ///< between arrows sharing a channel

    double columnLeft(int column) const { return area.left() + column * colW; }
    double bodyTop(int slotCount) const
    {
        return area.top() + headerH + (area.height() - headerH - slotCount * rowH) / 2;
    }
    QRectF cell(int column, int slot, int slotCount) const
    {
        return QRectF(columnLeft(column) + (colW - boxW) / 2,
                      bodyTop(slotCount) + slot * rowH + (rowH - boxH) / 2, boxW, boxH);
    }
};

ChainDiagram::ChainDiagram(const ChainGaps &gaps)
{
    for (const LinkGap &g : gaps.links)
        m_nodes << Node{g.link, int(g.scope.enterprises.size()), g.scope.isMissing(), 0, 0};
    placeNodes();
}

void ChainDiagram::placeNodes()
{
    QList<ChainLink> links;
    for (const Node &n : m_nodes)
        links << n.link;
    const QHash<QString, int> depth = supplyDepths(links);
    int column = 0;
    for (ChainStage stage : kStages) {
        m_stageFirst[int(stage)] = column;
        QList<int> depths;
        for (const Node &n : m_nodes)
            if (n.link.stage == stage && !depths.contains(depth.value(n.link.name)))
                depths << depth.value(n.link.name);
        std::sort(depths.begin(), depths.end());
        for (Node &n : m_nodes)
            if (n.link.stage == stage)
                n.column = column + int(depths.indexOf(depth.value(n.link.name)));
        column += std::max<int>(1, int(depths.size())); // an empty stage keeps its heading
    }
    m_stageFirst[3] = column;
    orderRows();
}

void ChainDiagram::orderRows()
{
    // Column by column, links sit by the mean slot of their suppliers (fewer crossings), then in file order;
    // each column is centred on the grid.
    QHash<QString, int> slotOf;
    QList<int> inColumn(m_stageFirst[3], 0);
    for (const Node &n : m_nodes)
        ++inColumn[n.column];
    m_slots = std::max(1, *std::max_element(inColumn.cbegin(), inColumn.cend()));
    for (int c = 0; c < m_stageFirst[3]; ++c) {
        QList<std::pair<double, qsizetype>> order;
        for (qsizetype i = 0; i < m_nodes.size(); ++i) {
            if (m_nodes[i].column != c)
                continue;
            double sum = 0;
            int count = 0;
            for (const Node &from : m_nodes)
                if (from.column < c && from.link.supplies.contains(m_nodes[i].link.name))
                    sum += slotOf.value(from.link.name), ++count;
            order.push_back({count ? sum / count : double(order.size()), i});
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        const int offset = (m_slots - int(order.size())) / 2;
        for (qsizetype r = 0; r < order.size(); ++r) {
            m_nodes[order[r].second].slot = offset + int(r);
            slotOf.insert(m_nodes[order[r].second].link.name, offset + int(r));
        }
    }
}

ChainDiagram::Grid ChainDiagram::grid(const QRectF &rect, const SheetStyle &s) const
{
    Grid g;
    g.area = rect;
    g.headerH = s.mm(8);
    g.colW = rect.width() / std::max(1, m_stageFirst[3]);
    g.boxW = g.colW - std::min(g.colW * 0.3, s.mm(9)); // the gap leaves room for the arrows
    g.rowH = std::min((rect.height() - g.headerH) / m_slots, s.mm(26));
    g.boxH = std::min(g.rowH * 0.75, s.mm(15));
    g.lane = s.mm(1);
    return g;
}

QList<ChainDiagram::Box> ChainDiagram::layout(const QRectF &rect, const SheetStyle &s) const
{
    const Grid g = grid(rect, s);
    QList<Box> out;
    for (const Node &n : m_nodes)
        out << Box{n.link.name, g.cell(n.column, n.slot, m_slots), n.missing};
    return out;
}

QList<ChainDiagram::Box> ChainDiagram::paint(QPainter &p, const QRectF &rect, const SheetStyle &s) const
{
    const QList<Box> boxes = layout(rect, s);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const Grid g = grid(rect, s);
    paintStages(p, g, s);
    paintArrows(p, boxes, g, s);
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        paintBox(p, m_nodes[i], boxes[i].rect, s);
    p.restore();
    return boxes;
}

void ChainDiagram::paintStages(QPainter &p, const Grid &g, const SheetStyle &s) const
{
    static const char *const zh[] = {"上游", "中游", "下游"};
    static const char *const en[] = {"Upstream", "Midstream", "Downstream"};
    for (ChainStage stage : kStages) {
        const int i = int(stage);
        const double left = g.columnLeft(m_stageFirst[i]), right = g.columnLeft(m_stageFirst[i + 1]);
        const QRectF band(left + s.mm(0.6), g.area.top(), right - left - s.mm(1.2), g.area.height());
        const QColor color = ChainMapContent::stageColor(stage);
        p.setPen(Qt::NoPen);
        p.setBrush(washed(color, 0.1));
        p.drawRoundedRect(band, s.mm(1.5), s.mm(1.5));
        p.setFont(s.font(9, true));
        p.setPen(color.darker(130));
        p.drawText(QRectF(band.left(), band.top(), band.width(), g.headerH), Qt::AlignCenter,
                   s.words(zh[i], en[i]));
    }
}

QPolygonF ChainDiagram::route(const Node &from, const QRectF &a, const Node &to, const QRectF &b,
                              const Grid &g) const
{
    const double gap = g.colW - g.boxW;
    if (to.column == from.column + 1) // straight across the gap between the columns
        return QPolygonF({QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())});
    if (to.column == from.column) // down or up the gap on the column's right
        return QPolygonF({QPointF(a.right(), a.center().y()), QPointF(a.right() + gap / 2, a.center().y()),
                          QPointF(b.right() + gap / 2, b.center().y()), QPointF(b.right(), b.center().y())});
    // Down (or up) out of the box into the channel beside its slot, along it, then in from the gap beside
    // the target. Lanes: the channel's height by source column, the gap's width by target slot.
    const bool forward = to.column > from.column, down = b.center().y() >= a.center().y();
    const double margin = (g.rowH - g.boxH) / 2;
    const double channel = (down ? a.bottom() + margin : a.top() - margin) +
                           (from.column % 3 - 1) * std::min(g.lane, margin * 0.6);
    const double startX = a.center().x() + (forward ? 1 : -1) * a.width() / 4;
    const double lane = gap * (0.25 + 0.25 * (to.slot % 3));
    const double inX = forward ? b.left() - lane : b.right() + lane;
    const QPointF end = forward ? QPointF(b.left(), b.center().y()) : QPointF(b.right(), b.center().y());
    return QPolygonF({QPointF(startX, down ? a.bottom() : a.top()), QPointF(startX, channel),
                      QPointF(inX, channel), QPointF(inX, end.y()), end});
}

void ChainDiagram::paintArrows(QPainter &p, const QList<Box> &boxes, const Grid &g, const SheetStyle &s) const
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        index.insert(m_nodes[i].link.name, i);
    const QColor ink(90, 90, 90);
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        for (const QString &to : m_nodes[i].link.supplies)
            if (const qsizetype j = index.value(to, -1); j >= 0)
                ArrowLine::draw(p, route(m_nodes[i], boxes[i].rect, m_nodes[j], boxes[j].rect, g), ink,
                                s.pt(1), s.mm(2.2));
}

void ChainDiagram::paintBox(QPainter &p, const Node &n, const QRectF &r, const SheetStyle &s) const
{
    const QColor stage = ChainMapContent::stageColor(n.link.stage);
    const double radius = s.mm(1.2);
    if (n.missing) {
        p.setPen(QPen(kMissing, s.pt(1.4), Qt::DashLine));
        p.setBrush(QColor(255, 236, 236));
    } else {
        p.setPen(QPen(stage, s.pt(1)));
        p.setBrush(washed(stage, 0.22));
    }
    p.drawRoundedRect(r, radius, radius);

    const double pad = s.mm(1.2);
    const QRectF name(r.left() + pad, r.top() + pad * 0.5, r.width() - 2 * pad,
                      r.height() * 0.58 - pad * 0.5);
    const QRectF count(r.left() + pad, name.bottom(), r.width() - 2 * pad,
                       r.bottom() - name.bottom() - pad * 0.5);
    // The whole name, never elided: a smaller size first, then two lines.
    const double pt = fittingPoints(n.link.name, name.width(), s, p.device());
    p.setFont(s.font(pt > 0 ? pt : 5.5, true));
    p.setPen(s.ink);
    p.drawText(name, Qt::AlignCenter | (pt > 0 ? Qt::TextSingleLine : Qt::TextWordWrap), n.link.name);
    p.setFont(s.font(7, n.missing));
    p.setPen(n.missing ? kMissing : s.muted);
    const QString text = n.missing
                             ? s.words("缺失 · 补链", "missing")
                             : s.words("%1 家企业", n.enterprises == 1 ? "%1 enterprise" : "%1 enterprises")
                                   .arg(n.enterprises);
    p.drawText(count, Qt::AlignCenter | Qt::TextSingleLine, text);
}

} // namespace zhili
