#pragma once

#include "chains/chaingapanalysis.h"
#include "layout/sheetstyle.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

/// The diagram of one industrial chain: its links left to right in three stage columns (上游 / 中游 / 下游),
/// arrows for `supplies`, each link a box with its name and its enterprises in the scope, missing links
/// (补链) outlined red and dashed and marked "缺失". Drawn with QPainter into any device (image, PDF, SVG)
/// with real text, in the SheetStyle's sizes and language.
///
/// Within a stage, a link that supplies another link of the same stage sits in a column to its left
/// (columns by the longest supply path from the chain's first links), so arrows run left to right. Rows are
/// slots of one grid, a column's links ordered by where their suppliers sit; an arrow to a neighbouring
/// column crosses the gap between them, a longer one leaves its box from the bottom (or top), runs along
/// the free channel between two slots and enters its target from the gap beside it, each in its own lane:
/// no arrow passes under a box or runs along another.
class ChainDiagram {
public:
    /// Where a link landed (device units), for tests and hit testing.
    struct Box {
        QString link;
        QRectF rect;
        bool missing = false;
    };

    explicit ChainDiagram(const ChainGaps &gaps);

    /// The boxes paint() draws into `rect`.
    QList<Box> layout(const QRectF &rect, const SheetStyle &s) const;
    /// Draws the stage headings, the boxes and the arrows into `rect`; returns the boxes.
    QList<Box> paint(QPainter &p, const QRectF &rect, const SheetStyle &s) const;

private:
    struct Node {
        ChainLink link;
        int enterprises = 0;
        bool missing = false;
        int column = 0;
        int slot = 0; ///< row of the grid shared by all columns
    };
    struct Grid; // columns and rows in device units

    void placeNodes();
    void orderRows();
    QPolygonF route(const Node &from, const QRectF &a, const Node &to, const QRectF &b, const Grid &g) const;
    Grid grid(const QRectF &rect, const SheetStyle &s) const;
    void paintStages(QPainter &p, const Grid &g, const SheetStyle &s) const;
    void paintArrows(QPainter &p, const QList<Box> &boxes, const Grid &g, const SheetStyle &s) const;
    void paintBox(QPainter &p, const Node &n, const QRectF &r, const SheetStyle &s) const;

    QList<Node> m_nodes;
    int m_stageFirst[4] = {0, 0, 0, 0}; ///< first column of each stage; [3] = the column count
    int m_slots = 1;                    ///< rows of the grid
};

} // namespace zhili
