#include "desktop/identifypanel.h"
#include "desktop/sectionrow.h"

#include "cache/geopackagecache.h"
#include "desktop/cachesession.h"
#include "desktop/partnerslist.h"
#include "edit/assignmentdisplay.h"
#include "edit/auditlog.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/error.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zhili {

namespace {

QIcon swatch(const QColor &c)
{
    QPixmap pm(16, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(QColor(80, 80, 80));
    p.setBrush(c);
    p.drawRect(0, 0, 15, 11);
    return QIcon(pm);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 12);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull() || v.isUndefined())
        return QString();
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

IdentifyPanel::IdentifyPanel(CacheSession *session, QWidget *parent)
    : Retranslating(parent), m_session(session), m_hint(new QLabel), m_tree(new QTreeWidget),
      m_tabs(new QTabWidget), m_partners(new PartnersList)
{
    setObjectName(QStringLiteral("identifyPanel"));
    m_tree->setObjectName(QStringLiteral("identifyTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_hint->setWordWrap(true);
    m_hint->setMargin(6);
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_hint);
    m_tabs->setObjectName(QStringLiteral("identifyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(m_partners, QString());
    layout->addWidget(m_tabs, 1);
    setWidget(w);
    connect(m_partners, &PartnersList::zoomToParcelRequested, this, &IdentifyPanel::zoomToParcelRequested);
    connect(m_session, &CacheSession::parcelsChanged, this, &IdentifyPanel::onParcelsChanged);
    connect(m_session, &CacheSession::aboutToClose, this, &IdentifyPanel::clear);
    retranslate();
}

void IdentifyPanel::clear()
{
    m_fid = -1;
    m_tree->clear();
    m_partners->clear();
    m_hint->setText(tr("Choose the identify tool (I) and click a parcel on the map to see its details."));
    m_hint->setVisible(true);
}

void IdentifyPanel::showParcel(qint64 fid)
{
    GeoPackageCache *cache = m_session->cache();
    if (!cache || fid < 0) {
        clear();
        if (cache)
            m_hint->setText(tr("No parcel at this place. Click inside a parcel."));
        return;
    }
    try {
        const std::optional<Parcel> p = cache->parcelByFid(fid);
        if (!p) {
            clear();
            m_hint->setText(tr("Parcel %1 no longer exists in the cache.").arg(fid));
            return;
        }
        m_fid = fid;
        fill(*p);
    } catch (const Error &e) {
        clear();
        m_hint->setText(tr("Cannot read the parcel: %1").arg(e.message()));
    }
}

QTreeWidgetItem *IdentifyPanel::section(const QString &title)
{
    return addSectionRow(m_tree, title);
}

QTreeWidgetItem *IdentifyPanel::row(QTreeWidgetItem *parent, const QString &field, const QString &value)
{
    auto *item = new QTreeWidgetItem(parent, {field, value});
    item->setToolTip(1, value);
    return item;
}

void IdentifyPanel::fill(const Parcel &p)
{
    const QLocale l;
    m_tree->clear();
    m_hint->setVisible(false);

    QTreeWidgetItem *parcel = section(tr("Parcel"));
    row(parcel, tr("Code"), p.code);
    if (!p.name.isEmpty())
        row(parcel, tr("Name"), p.name);
    row(parcel, tr("District"), p.district);
    row(parcel, tr("Land-use class"), p.landUse);
    row(parcel, tr("Area"),
        tr("%1 mu / %2 ha").arg(l.toString(p.areaMu(), 'f', 2), l.toString(p.areaHa(), 'f', 4)));
    if (!p.geometryNote.isEmpty())
        row(parcel, tr("Geometry note"), p.geometryNote);

    const ParcelAssignment &a = p.assignment;
    QTreeWidgetItem *assign = section(tr("Assignment"));
    const Ecosystem *eco = findEcosystem(a.ecosystem);
    QTreeWidgetItem *ecoRow = row(assign, tr("Ecosystem"), eco ? DisplayNames::of(*eco) : tr("Unassigned"));
    ecoRow->setIcon(1, swatch(QColor(eco ? eco->color : unassignedColor())));
    row(assign, tr("Industrial chain"), a.chain);
    row(assign, tr("Land"), tr("%1 mu").arg(l.toString(a.landMu, 'f', 2)));
    row(assign, tr("Energy"), tr("%1 tce/year").arg(l.toString(a.energyTce, 'f', 2)));
    row(assign, tr("Finance"), tr("%1 × 10k CNY").arg(l.toString(a.financeWan, 'f', 2)));
    const ParcelStatus *st = findParcelStatus(a.status);
    QTreeWidgetItem *statusRow = row(assign, tr("Status"),
                                     st                   ? DisplayNames::of(*st)
                                     : a.status.isEmpty() ? tr("Not set")
                                                          : a.status);
    if (st && st->lowEfficiency)
        statusRow->setForeground(1, QColor(176, 64, 0));
    row(assign, tr("Enterprise"), a.enterprise);
    if (!a.notes.isEmpty())
        row(assign, tr("Notes"), a.notes);
    row(assign, tr("Revision"), tr("%1 (updated %2)").arg(p.revision).arg(p.updatedAt));

    if (!p.sourceAttributes.isEmpty()) {
        QTreeWidgetItem *src = section(tr("Source attributes"));
        for (auto it = p.sourceAttributes.constBegin(); it != p.sourceAttributes.constEnd(); ++it)
            row(src, it.key(), jsonText(it.value()));
        src->setExpanded(false);
    }

    m_partners->showEnterprise(m_session->cache(), a.enterprise);

    QTreeWidgetItem *hist = section(tr("Edit history"));
    try {
        AuditLog log(*m_session->cache());
        const QList<AuditEntry> entries = log.historyForParcel(p.uuid, 200);
        if (entries.isEmpty())
            row(hist, QString(), tr("No edits yet."));
        for (const AuditEntry &e : entries) {
            const QString when = QDateTime::fromString(e.at, Qt::ISODateWithMs)
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            const QString what = e.field.isEmpty()
                                     ? AssignmentDisplay::action(e.action)
                                     : AssignmentDisplay::change(e.field, e.oldValue, e.newValue);
            QTreeWidgetItem *r = row(hist, QStringLiteral("%1 %2").arg(when, e.user), what);
            QString tip =
                QStringLiteral("%1 · %2 · %3").arg(AssignmentDisplay::action(e.action), e.role, e.at);
            if (!e.message.isEmpty())
                tip += QStringLiteral("\n") + e.message;
            r->setToolTip(0, tip);
            r->setToolTip(1, tip);
            if (!e.accepted) {
                r->setText(1, tr("REFUSED %1").arg(what));
                r->setForeground(1, QColor(176, 0, 0));
            }
        }
    } catch (const Error &e) {
        row(hist, QString(), tr("Cannot read the history: %1").arg(e.message()));
    }
}

QString IdentifyPanel::valueOf(const QString &fieldLabel) const
{
    const QList<QTreeWidgetItem *> found =
        m_tree->findItems(fieldLabel, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}

void IdentifyPanel::onParcelsChanged(const QList<qint64> &fids)
{
    if (m_fid >= 0 && fids.contains(m_fid))
        showParcel(m_fid);
}

void IdentifyPanel::retranslate()
{
    setWindowTitle(tr("Identify"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Partners"));
    m_tabs->setTabToolTip(
        1, tr("Suppliers and customers of the parcel's enterprise along its industrial chains"));
    m_partners->retranslate();
    if (m_fid >= 0)
        showParcel(m_fid);
    else
        clear();
}

} // namespace zhili
