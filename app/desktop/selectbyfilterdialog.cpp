#include "desktop/selectbyfilterdialog.h"

#include "cache/geopackagecache.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <climits>

namespace zhili {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;
constexpr double kNoLimit = -1; // spin box special value: the range side is open
} // namespace

SelectByFilterDialog::SelectByFilterDialog(GeoPackageCache &cache, QWidget *parent)
    : QDialog(parent), m_cache(cache), m_minArea(new QDoubleSpinBox), m_maxArea(new QDoubleSpinBox),
      m_mode(new QComboBox), m_preview(new QLabel)
{
    setObjectName(QStringLiteral("selectByFilterDialog"));
    setWindowTitle(tr("Select parcels by filter"));
    buildCheckLists();
    setUpAreaAndMode();

    auto group = [](const QString &title, QWidget *w) {
        auto *g = new QGroupBox(title);
        auto *l = new QVBoxLayout(g);
        l->addWidget(w);
        return g;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(group(tr("District"), m_districts), 0, 0);
    grid->addWidget(group(tr("Ecosystem"), m_ecosystems), 0, 1);
    grid->addWidget(group(tr("Land-use class"), m_landUses), 1, 0);
    grid->addWidget(group(tr("Status"), m_statuses), 1, 1);

    auto *form = new QFormLayout;
    auto *area = new QHBoxLayout;
    area->addWidget(m_minArea);
    area->addWidget(new QLabel(QStringLiteral("–")));
    area->addWidget(m_maxArea);
    form->addRow(tr("Area"), area);
    form->addRow(tr("Selection"), m_mode);

    auto *hint = new QLabel(tr("Nothing ticked in a list means any value. Values ticked in one list are "
                               "alternatives; the lists combine with AND. Land-use classes match by prefix "
                               "(1001 also matches 100101)."));
    hint->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Select"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(640, 560);
    updatePreview();
}

void SelectByFilterDialog::buildCheckLists()
{

    QList<QPair<QString, QString>> districts;
    for (const QString &d : m_cache.districtNames())
        districts.append({d, d});
    m_districts = checkList(districts);
    m_districts->setObjectName(QStringLiteral("districtList"));

    QList<QPair<QString, QString>> ecos;
    for (const Ecosystem &e : m_cache.ecosystems())
        ecos.append({DisplayNames::of(e), e.key});
    ecos.append({tr("Unassigned"), QString()});
    m_ecosystems = checkList(ecos);
    m_ecosystems->setObjectName(QStringLiteral("ecosystemList"));

    QList<QPair<QString, QString>> uses;
    for (const QString &u : ParcelFilter::distinctLandUses(m_cache))
        uses.append({u, u});
    m_landUses = checkList(uses);
    m_landUses->setObjectName(QStringLiteral("landUseList"));

    QList<QPair<QString, QString>> statuses;
    for (const ParcelStatus &s : parcelStatuses())
        statuses.append({DisplayNames::of(s), s.key});
    statuses.append({tr("Not set"), QString()});
    m_statuses = checkList(statuses);
    m_statuses->setObjectName(QStringLiteral("statusList"));
}

void SelectByFilterDialog::setUpAreaAndMode()
{
    for (QDoubleSpinBox *box : {m_minArea, m_maxArea}) {
        box->setRange(kNoLimit, 1e7);
        box->setDecimals(2);
        box->setSingleStep(10);
        box->setValue(kNoLimit);
        box->setSpecialValueText(tr("no limit"));
        box->setSuffix(tr(" mu"));
        connect(box, &QDoubleSpinBox::valueChanged, this, &SelectByFilterDialog::updatePreview);
    }
    m_minArea->setObjectName(QStringLiteral("minArea"));
    m_maxArea->setObjectName(QStringLiteral("maxArea"));
    m_mode->addItem(tr("New selection"), int(CacheSession::SelectMode::Replace));
    m_mode->addItem(tr("Add to the selection"), int(CacheSession::SelectMode::Add));
    m_mode->addItem(tr("Remove from the selection"), int(CacheSession::SelectMode::Remove));
}

QListWidget *SelectByFilterDialog::checkList(const QList<QPair<QString, QString>> &items)
{
    auto *list = new QListWidget;
    for (const auto &[label, value] : items) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(kValueRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(list, &QListWidget::itemChanged, this, &SelectByFilterDialog::updatePreview);
    return list;
}

QStringList SelectByFilterDialog::checkedValues(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(kValueRole).toString();
    return out;
}

void SelectByFilterDialog::setChecked(QListWidget *list, const QStringList &values)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(
            values.contains(list->item(i)->data(kValueRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

ParcelFilter SelectByFilterDialog::filter() const
{
    ParcelFilter f;
    f.districts = checkedValues(m_districts);
    f.ecosystems = checkedValues(m_ecosystems);
    f.landUses = checkedValues(m_landUses);
    f.statuses = checkedValues(m_statuses);
    if (m_minArea->value() > kNoLimit)
        f.minAreaMu = m_minArea->value();
    if (m_maxArea->value() > kNoLimit)
        f.maxAreaMu = m_maxArea->value();
    return f;
}

void SelectByFilterDialog::setFilter(const ParcelFilter &f)
{
    setChecked(m_districts, f.districts);
    setChecked(m_ecosystems, f.ecosystems);
    setChecked(m_landUses, f.landUses);
    setChecked(m_statuses, f.statuses);
    m_minArea->setValue(f.minAreaMu ? *f.minAreaMu : kNoLimit);
    m_maxArea->setValue(f.maxAreaMu ? *f.maxAreaMu : kNoLimit);
    updatePreview();
}

CacheSession::SelectMode SelectByFilterDialog::mode() const
{
    return CacheSession::SelectMode(m_mode->currentData().toInt());
}

void SelectByFilterDialog::updatePreview()
{
    try {
        m_count = filter().count(m_cache);
        m_preview->setText(tr("%n parcel(s) match.", nullptr, int(std::min<qint64>(m_count, INT_MAX))));
    } catch (const Error &e) {
        m_count = 0;
        m_preview->setText(e.message());
    }
}

} // namespace zhili
