#pragma once

#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// One chain's line of the chain report (`zhili-cli chain-report`).
struct ChainReportRow {
    QString ecosystem;
    QString chain;
    QString leader;
    QString team;
    int links = 0;
    int linksCovered = 0; ///< links with at least one enterprise
    int enterprises = 0;  ///< distinct enterprises on the chain's links
    int parcels = 0;      ///< their parcels, each once
    double mu = 0;
    int events = 0; ///< matchmaking events of the year
    qint64 projects = 0;
    double ordersWan = 0;
    double financingWan = 0;
    int openIssues = 0; ///< blockages open now
};

/// Per chain, for one year: leader, links covered of all, enterprises, parcels and 亩, the year's events with
/// their projects, orders and financing, and the blockages still open; as CSV (UTF-8 with BOM), JSON or
/// Markdown.
class ChainReport {
public:
    static QList<ChainReportRow> compute(GeoPackageCache &cache, int year);
    static QByteArray csv(const QList<ChainReportRow> &rows);
    static QByteArray json(const QList<ChainReportRow> &rows, int year);
    static QByteArray markdown(const QList<ChainReportRow> &rows, int year);
};

} // namespace zhili
