#pragma once

#include <QTreeWidget>

namespace zhili {

class GeoPackageCache;
struct ChainPartner;

/// The Identify panel's Partners tab (上下游): the suppliers and customers of a parcel's enterprise along
/// its industrial chains (ChainMatcher, as `zhili-cli match`), nearest first, with their link, district and
/// distance between the parcels. A double-click asks to zoom to the partner's parcel.
class PartnersList : public QTreeWidget {
    Q_OBJECT
public:
    explicit PartnersList(QWidget *parent = nullptr);

    /// Shows the partners of `enterprise` (empty: none; the reason is shown instead).
    void showEnterprise(GeoPackageCache *cache, const QString &enterprise);
    /// Why no partners are listed, empty when some are (tests read it).
    QString hint() const { return m_hint; }
    void retranslate();

signals:
    /// The partner's parcel (its fid) to zoom to.
    void zoomToParcelRequested(qint64 fid);

private:
    QTreeWidgetItem *section(const QString &title, const QList<ChainPartner> &partners);
    void showHint(const QString &hint);

    QString m_hint;
};

} // namespace zhili
