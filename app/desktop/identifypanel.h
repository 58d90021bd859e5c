#pragma once

#include "desktop/retranslating.h"

#include <QDockWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace zhili {

class CacheSession;
class PartnersList;
struct Parcel;

/// Dock showing one parcel: code, district, land-use class, area (亩 / 公顷), ecosystem with its colour,
/// chain, allocations, status, enterprise, the imported source attributes and the edit history from the
/// audit log (who, when, old → new, refused edits included); a second tab lists the enterprise's partners
/// along its industrial chains.
class IdentifyPanel : public Retranslating<QDockWidget> {
    Q_OBJECT
public:
    IdentifyPanel(CacheSession *session, QWidget *parent = nullptr);

    /// Shows the parcel with this fid (-1 or unknown: "no parcel here").
    void showParcel(qint64 fid);
    void clear();
    qint64 currentFid() const { return m_fid; }
    /// The details tree (tests look values up by field).
    QTreeWidget *tree() const { return m_tree; }
    /// The value shown for a field label (first match), empty when absent.
    QString valueOf(const QString &fieldLabel) const;
    /// The Partners tab (suppliers and customers of the parcel's enterprise) and the tabs holding it.
    PartnersList *partners() const { return m_partners; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    /// A partner's parcel was double-clicked.
    void zoomToParcelRequested(qint64 fid);

private:
    void onParcelsChanged(const QList<qint64> &fids);
    void fill(const Parcel &p);
    QTreeWidgetItem *section(const QString &title);
    QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &field, const QString &value);
    void retranslate() override;

    CacheSession *m_session;
    QLabel *m_hint;
    QTreeWidget *m_tree;
    QTabWidget *m_tabs;
    PartnersList *m_partners;
    qint64 m_fid = -1;
};

} // namespace zhili
