#pragma once

#include "chains/chainactivitytypes.h"
#include "desktop/chainrecorddialog.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace zhili {

/// Records a matchmaking event (对接活动) of one chain: date, title, district, the enterprises that took part
/// (ticked from the chain's), projects signed, orders and financing (万元, never negative) — the values of
/// `zhili-cli events add`.
class ChainEventDialog : public ChainRecordDialog {
    Q_OBJECT
public:
    /// `enterprises`: those the event may name (the chain's); `districts`: the cache's.
    ChainEventDialog(const QString &chain, const QStringList &enterprises, const QStringList &districts,
                     QWidget *parent = nullptr);

    /// The event as filled in (ecosystem and chain are the caller's).
    ChainEvent event() const;

    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *enterpriseList() const { return m_enterprises; }
    QSpinBox *projectsBox() const { return m_projects; }

private:
    void updateReady();

    QDateEdit *m_date;
    QLineEdit *m_title;
    QComboBox *m_district;
    QListWidget *m_enterprises;
    QSpinBox *m_projects;
    QDoubleSpinBox *m_orders;
    QDoubleSpinBox *m_financing;
};

} // namespace zhili
