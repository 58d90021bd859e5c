#include "desktop/chaineventdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace zhili {

namespace {
QDoubleSpinBox *wanBox()
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0, 1e9); // figures are never negative, as in the CLI
    box->setDecimals(1);
    box->setGroupSeparatorShown(true);
    box->setSuffix(QCoreApplication::translate("ChainEventDialog", " × 10k CNY"));
    return box;
}
} // namespace

ChainEventDialog::ChainEventDialog(const QString &chain, const QStringList &enterprises,
                                   const QStringList &districts, QWidget *parent)
    : ChainRecordDialog(tr("Matchmaking event of %1").arg(chain), tr("&Record event"), parent),
      m_title(new QLineEdit), m_enterprises(new QListWidget), m_projects(new QSpinBox), m_orders(wanBox()),
      m_financing(wanBox())
{
    setObjectName(QStringLiteral("chainEventDialog"));
    m_date = addDate(tr("Held on:"));
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setPlaceholderText(tr("e.g. %1 supply and demand meeting").arg(chain));
    form()->addRow(tr("Title:"), m_title);
    m_district = addDistrict(districts);
    m_enterprises->setObjectName(QStringLiteral("eventEnterprises"));
    for (const QString &name : enterprises) {
        auto *item = new QListWidgetItem(name, m_enterprises);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_enterprises->setMinimumHeight(140);
    form()->addRow(tr("Enterprises taking part:"), m_enterprises);
    m_projects->setRange(0, 1000000);
    m_projects->setObjectName(QStringLiteral("eventProjects"));
    form()->addRow(tr("Projects signed:"), m_projects);
    form()->addRow(tr("Orders:"), m_orders);
    form()->addRow(tr("Financing:"), m_financing);
    connect(m_title, &QLineEdit::textChanged, this, &ChainEventDialog::updateReady);
    connect(m_enterprises, &QListWidget::itemChanged, this, &ChainEventDialog::updateReady);
    updateReady();
    resize(520, sizeHint().height());
}

ChainEvent ChainEventDialog::event() const
{
    ChainEvent e;
    e.heldOn = dateText(m_date);
    e.title = m_title->text().trimmed();
    e.district = districtOf(m_district);
    for (int i = 0; i < m_enterprises->count(); ++i)
        if (m_enterprises->item(i)->checkState() == Qt::Checked)
            e.enterprises << m_enterprises->item(i)->text();
    e.projects = m_projects->value();
    e.ordersWan = m_orders->value();
    e.financingWan = m_financing->value();
    return e;
}

void ChainEventDialog::updateReady()
{
    const ChainEvent e = event();
    if (e.title.isEmpty())
        setReady(false, tr("Give the event a title."));
    else if (e.enterprises.isEmpty())
        setReady(false, tr("Tick the enterprises that took part."));
    else
        setReady(true);
}

} // namespace zhili
