#include "chains/chainactivity.h"

#include "cache/chainactivitystore.h"
#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditedpermission.h"
#include "edit/auditlog.h"
#include "edit/permissionpolicy.h"
#include "model/namerules.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>
#include <cmath>

namespace zhili {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ChainActivity", text);
}

QString cleaned(const QString &text, const char *what)
{
    QString why;
    const std::optional<QString> c = NameRules::cleanName(text, &why);
    if (!c)
        throw Error(QCoreApplication::translate("ChainActivity", "%1: %2").arg(translated(what), why));
    return *c;
}

void requireFigure(double v, const char *what)
{
    if (!std::isfinite(v) || v < 0 || v > 1e10)
        throw Error(QCoreApplication::translate("ChainActivity",
                                                "%1 must be a number from 0 to 10 000 000 000 (got %2)")
                        .arg(translated(what))
                        .arg(v));
}

} // namespace

void ChainActivity::requireDate(const QString &date, const char *what)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (!d.isValid() || date.size() != 10 || d.year() < 1949 || d.year() > 2200)
        throw Error(QCoreApplication::translate("ChainActivity",
                                                "%1 \"%2\" is not a date: write YYYY-MM-DD, e.g. 2025-06-18")
                        .arg(translated(what), date));
}

qint64 ChainActivity::requireChain(const QString &ecosystem, const QString &chain, QString *ecosystemOut)
{
    ChainStore store(m_cache);
    const QStringList ecos = ecosystem.isEmpty() ? store.ecosystemsWithChain(chain) : QStringList{ecosystem};
    const std::optional<qint64> id = ecos.size() == 1 ? store.chainId(ecos[0], chain) : std::nullopt;
    if (ecos.size() > 1)
        throw Error(
            QCoreApplication::translate("ChainActivity", "chain %1 is in several ecosystems (%2): say which")
                .arg(chain, ecos.join(QStringLiteral(", "))));
    if (!id) {
        QStringList names;
        for (const IndustrialChain &c : store.chains(ecosystem))
            names << c.name;
        throw Error(names.isEmpty()
                        ? QCoreApplication::translate(
                              "ChainActivity",
                              "unknown chain %1: no chains yet; import them with zhili-cli chains import")
                              .arg(chain)
                        : QCoreApplication::translate("ChainActivity", "unknown chain %1; the chains are: %2")
                              .arg(chain, names.join(QStringLiteral("、"))));
    }
    *ecosystemOut = ecos[0];
    return *id;
}

void ChainActivity::requireDistrict(const QString &district)
{
    const QStringList districts = m_cache.districtNames();
    if (!district.isEmpty() && !districts.contains(district))
        throw Error(QCoreApplication::translate(
                        "ChainActivity",
                        "unknown district %1; the cache has: %2 (leave it out for a city-wide entry)")
                        .arg(district, districts.join(QStringLiteral("、"))));
}

ChainEvent ChainActivity::addEvent(const User &user, ChainEvent e)
{
    AuditedPermission::require(m_cache, user, PermissionPolicy::canEditChains(user),
                               QStringLiteral("event_add"), QStringLiteral("chain_event"), e.title);
    requireDate(e.heldOn, QT_TRANSLATE_NOOP("ChainActivity", "event date"));
    e.title = cleaned(e.title, QT_TRANSLATE_NOOP("ChainActivity", "title"));
    if (e.title.isEmpty())
        throw Error(QCoreApplication::translate("ChainActivity", "an event needs a title"));
    requireDistrict(e.district);
    requireFigure(double(e.projects), QT_TRANSLATE_NOOP("ChainActivity", "projects"));
    requireFigure(e.ordersWan, QT_TRANSLATE_NOOP("ChainActivity", "orders (10k yuan)"));
    requireFigure(e.financingWan, QT_TRANSLATE_NOOP("ChainActivity", "financing (10k yuan)"));
    ChainActivityStore store(m_cache);
    const QStringList known = store.knownEnterprises();
    QStringList unknown;
    for (QString &name : e.enterprises) {
        name = name.trimmed();
        if (!known.contains(name))
            unknown << name;
    }
    e.enterprises.removeAll(QString());
    e.enterprises.removeDuplicates();
    if (!unknown.isEmpty())
        throw Error(
            QCoreApplication::translate(
                "ChainActivity",
                "unknown enterprises: %1; import them first (zhili-cli enterprises import) or check the "
                "names")
                .arg(unknown.join(QStringLiteral("、"))));
    AuditLog log(m_cache);
    SqliteTransaction tx(m_cache.db());
    const qint64 chainId = requireChain(e.ecosystem, e.chain, &e.ecosystem);
    e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.createdBy = user.name;
    e.createdAt = GeoPackageCache::now();
    e.id = store.insertEvent(chainId, e);
    AuditEntry a = AuditLog::entryBy(user, QStringLiteral("event_add"), QStringLiteral("chain_event"));
    a.at = e.createdAt;
    a.targetUuid = e.uuid;
    a.targetLabel = e.title;
    a.district = e.district;
    a.newValue = QStringLiteral("%1 %2/%3: %4 enterprises, %5 projects, orders %6, financing %7")
                     .arg(e.heldOn, e.ecosystem, e.chain)
                     .arg(e.enterprises.size())
                     .arg(e.projects)
                     .arg(e.ordersWan)
                     .arg(e.financingWan);
    log.append(a);
    tx.commit();
    return e;
}

ChainIssue ChainActivity::addIssue(const User &user, ChainIssue i)
{
    AuditedPermission::require(m_cache, user, PermissionPolicy::canEditChains(user),
                               QStringLiteral("issue_add"), QStringLiteral("chain_issue"), i.text.left(40));
    requireDate(i.openedOn, QT_TRANSLATE_NOOP("ChainActivity", "opened"));
    i.text = i.text.trimmed();
    if (i.text.isEmpty() || i.text.size() > 2000)
        throw Error(
            QCoreApplication::translate("ChainActivity", "a blockage needs a text of 1 to 2000 characters"));
    i.owner = cleaned(i.owner, QT_TRANSLATE_NOOP("ChainActivity", "owner"));
    requireDistrict(i.district);
    AuditLog log(m_cache);
    SqliteTransaction tx(m_cache.db());
    const qint64 chainId = requireChain(i.ecosystem, i.chain, &i.ecosystem);
    i.createdBy = user.name;
    i.id = ChainActivityStore(m_cache).insertIssue(chainId, i);
    AuditEntry a = AuditLog::entryBy(user, QStringLiteral("issue_add"), QStringLiteral("chain_issue"));
    a.targetUuid = QString::number(i.id);
    a.targetLabel = i.ecosystem + QLatin1Char('/') + i.chain;
    a.district = i.district;
    a.newValue = i.text;
    log.append(a);
    tx.commit();
    return i;
}

ChainIssue ChainActivity::closeIssue(const User &user, qint64 id, const QString &closedOn)
{
    AuditedPermission::require(m_cache, user, PermissionPolicy::canEditChains(user),
                               QStringLiteral("issue_close"), QStringLiteral("chain_issue"),
                               QString::number(id));
    requireDate(closedOn, QT_TRANSLATE_NOOP("ChainActivity", "closed"));
    ChainActivityStore store(m_cache);
    std::optional<ChainIssue> i = store.issue(id);
    if (!i)
        throw Error(QCoreApplication::translate(
                        "ChainActivity", "no blockage with id %1; list them with zhili-cli chain-issues list")
                        .arg(id));
    if (!i->isOpen())
        throw Error(QCoreApplication::translate("ChainActivity", "blockage %1 was closed on %2 already")
                        .arg(id)
                        .arg(i->closedOn));
    if (closedOn < i->openedOn)
        throw Error(QCoreApplication::translate("ChainActivity",
                                                "blockage %1 was opened on %2: it cannot close before (%3)")
                        .arg(id)
                        .arg(i->openedOn, closedOn));
    AuditLog log(m_cache);
    SqliteTransaction tx(m_cache.db());
    store.closeIssue(id, closedOn);
    AuditEntry a = AuditLog::entryBy(user, QStringLiteral("issue_close"), QStringLiteral("chain_issue"));
    a.targetUuid = QString::number(id);
    a.targetLabel = i->ecosystem + QLatin1Char('/') + i->chain;
    a.district = i->district;
    a.field = QStringLiteral("closed_on");
    a.newValue = closedOn;
    log.append(a);
    tx.commit();
    i->closedOn = closedOn;
    return *i;
}

} // namespace zhili
