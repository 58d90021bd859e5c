#pragma once

#include "desktop/retranslating.h"

#include <QDockWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace zhili {

class CacheSession;
struct Parcel;

/// Dock showing one parcel: code, district, land-use class, area (亩 / 公顷), ecosystem with its colour,
/// chain, allocations, status, enterprise, the imported source attributes and the edit history from the
/// audit log (who, when, old → new, refused edits included).
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

private:
    void onParcelsChanged(const QList<qint64> &fids);
    void fill(const Parcel &p);
    QTreeWidgetItem *section(const QString &title);
    QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &field, const QString &value);
    void retranslate() override;

    CacheSession *m_session;
    QLabel *m_hint;
    QTreeWidget *m_tree;
    qint64 m_fid = -1;
};

} // namespace zhili
