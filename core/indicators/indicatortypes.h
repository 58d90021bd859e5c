#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

/// The three resources the bureau allocates; keys are the `parcels` column names.
enum class Resource { Land, Energy, Finance };

/// Land, energy, finance in display order.
const QList<Resource> &allResources();
/// "land_mu", "energy_tce", "finance_wan".
QString resourceKey(Resource r);
/// "用地 land (亩)", "用能 energy (tce)", "金融 finance (万元)".
QString resourceLabel(Resource r);
std::optional<Resource> resourceFromKey(const QString &key);

/// An assessment target (考核目标) for one ecosystem in one district (or city-wide) and year.
struct Target {
    int year = 0;
    QString ecosystem; ///< key
    QString district;  ///< empty = city-wide (全市)
    double landMu = 0; ///< 用地 亩
    double energyTce = 0;
    double financeWan = 0;
    qint64 projects = 0;
    std::optional<double> taxWan;        ///< optional output target 税收 万元
    std::optional<double> valueAddedWan; ///< optional output target 增加值 万元

    bool operator==(const Target &) const = default;
};

/// A target's figures as JSON (land_mu, energy_tce, finance_wan, projects, tax_wan, value_added_wan; an
/// absent optional target is null): the audit log's old/new value, and with year, ecosystem and district
/// added, a row of `zhili-cli targets --json`.
QJsonObject targetFiguresJson(const Target &t);

/// A key district (重点落地的区、县(市)) of an ecosystem and the resources it is given.
struct KeyDistrict {
    QString ecosystem;
    QString district;
    double landMu = 0;
    double energyTce = 0;
    double financeWan = 0;

    bool operator==(const KeyDistrict &) const = default;
};

/// A district's quota of one resource for one year: the allocation ledger's budget.
struct DistrictQuota {
    int year = 0;
    QString district;
    Resource resource = Resource::Land;
    double quota = 0;
};

/// Red/amber/green status of progress against a target; None when there is no (non-zero) target.
enum class Rag { None, Red, Amber, Green };
/// "green", "amber", "red", "" for None.
QString ragKey(Rag rag);
/// "绿 green" …, "—" for None.
QString ragLabel(Rag rag);

/// Progress ≥ green → Green; ≥ amber → Amber; else Red. Fractions of the target (0.9 = 90 %).
struct RagThresholds {
    double green = 0.9;
    double amber = 0.6;
    /// The status of `progress` (achieved / target); None when progress is unknown.
    Rag classify(std::optional<double> progress) const;
};

/// One enterprise's figures for one year (亩均论英雄 input) and the parcels it uses (none = renting).
struct Enterprise {
    qint64 id = 0;
    QString name;
    int year = 0;
    std::optional<double> taxWan;        ///< 税收 万元
    std::optional<double> valueAddedWan; ///< 工业增加值 万元
    std::optional<double> energyTce;     ///< 综合能耗 tce
    std::optional<double> employees;     ///< 年平均职工人数
    std::optional<double> rdWan;         ///< R&D 经费 万元
    std::optional<double> revenueWan;    ///< 主营业务收入 万元
    std::optional<double> emissionsT;    ///< 主要污染物排放 t
    QStringList parcelUuids;             ///< linked parcels; empty = renting

    bool operator==(const Enterprise &) const = default;
};

} // namespace zhili
