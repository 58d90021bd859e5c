#include "desktop/importdialog.h"

#include "desktop/importrunbox.h"
#include "desktop/importsourcebox.h"
#include "io/parcelimporter.h"
#include "render/parcelstorecache.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zhili {

namespace {

// The roles ParcelImporter maps (see ImportOptions::fieldMap), with what people call them.
struct MappingRole {
    const char *key;
    const char *label;
};
const MappingRole kRoles[] = {
    {"code", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Parcel code")},
    {"name", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Parcel name")},
    {"land_use", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Land use")},
    {"ecosystem", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Ecosystem")},
    {"chain", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Chain")},
    {"land_mu", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Land (mu)")},
    {"energy_tce", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Energy (tce/yr)")},
    {"finance_wan", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Finance (10k yuan)")},
    {"status", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Status")},
    {"enterprise", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Enterprise")},
    {"notes", QT_TRANSLATE_NOOP("zhili::ImportDialog", "Notes")},
};

} // namespace

ImportDialog::ImportDialog(const QString &cachePath, const QString &userName, QWidget *parent)
    : BaseImportDialog(cachePath, userName, tr("Choose parcels to import"),
                       tr("Parcel layers (*.shp *.zip *.gpkg *.geojson *.json);;All files (*)"),
                       tr("Shapefile (.shp or .zip), GeoPackage or GeoJSON"), parent)
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import parcels"));
    resize(820, 720);
    buildDistrictRows(sourceBox()->form());
    mainLayout()->addWidget(buildPreviewBox(), 3);
    mainLayout()->addWidget(buildMappingBox(), 3);
    addRunBox();
    connectSignals();
}

void ImportDialog::buildDistrictRows(QFormLayout *form)
{
    auto *districtRow = new QHBoxLayout;
    m_districtByName = new QRadioButton(tr("All parcels in district"), this);
    m_districtByField = new QRadioButton(tr("District from field"), this);
    m_districtName = new QComboBox(this);
    m_districtName->setEditable(true);
    m_districtField = new QComboBox(this);
    m_districtByName->setChecked(true);
    districtRow->addWidget(m_districtByName);
    districtRow->addWidget(m_districtName, 1);
    districtRow->addWidget(m_districtByField);
    districtRow->addWidget(m_districtField, 1);
    form->addRow(tr("District"), districtRow);
    m_duplicates = new QComboBox(this);
    m_duplicates->addItem(tr("Refuse the file (list the codes)"), int(DuplicateCodes::Refuse));
    m_duplicates->addItem(tr("Merge into one multipolygon per code"), int(DuplicateCodes::Merge));
    m_duplicates->addItem(tr("Number them: code-1, code-2 …"), int(DuplicateCodes::Number));
    m_duplicates->setToolTip(
        tr("Records that share a parcel code in one district (enclaves, multi-part parcels)"));
    form->addRow(tr("Repeated codes"), m_duplicates);
    m_removeMissing =
        new QCheckBox(tr("Remove the parcels of these districts that the file no longer has"), this);
    m_removeMissing->setObjectName(QStringLiteral("removeMissing"));
    m_removeMissing->setToolTip(
        tr("Unchecked, they are kept and listed in the report. A cache connected to a "
           "city server removes them there too at the next sync."));
    form->addRow(tr("Parcels gone"), m_removeMissing);
}

QWidget *ImportDialog::buildPreviewBox()
{
    auto *previewBox = new QGroupBox(tr("Attribute values as they will be decoded"), this);
    auto *pl = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(0, 3, previewBox);
    m_preview->setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("Sample values")});
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    pl->addWidget(m_preview);
    return previewBox;
}

QWidget *ImportDialog::buildMappingBox()
{
    auto *mappingBox = new QGroupBox(tr("Field mapping (proposed; change if wrong)"), this);
    auto *ml = new QVBoxLayout(mappingBox);
    m_mapping = new QTableWidget(int(std::size(kRoles)), 2, mappingBox);
    m_mapping->setHorizontalHeaderLabels({tr("Meaning"), tr("Source field")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < int(std::size(kRoles)); ++i) {
        auto *item = new QTableWidgetItem(tr(kRoles[i].label));
        item->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(i, 0, item);
        m_mapping->setCellWidget(i, 1, new QComboBox(m_mapping));
    }
    ml->addWidget(m_mapping);
    return mappingBox;
}

void ImportDialog::connectSignals()
{
    connect(sourceBox(), &ImportSourceBox::sourceFailed, this, [this] { m_preview->setRowCount(0); });
    connect(sourceBox(), &ImportSourceBox::sourceLoaded, this, [this] {
        setLastError(QString());
        runBox()->setText(tr("%1 (%2): ready to import into %3.")
                              .arg(QFileInfo(sourceBox()->source()).fileName(), sourceBox()->info()->driver,
                                   QFileInfo(cachePath()).fileName()));
    });
    connect(sourceBox(), &ImportSourceBox::layerShown, this, &ImportDialog::showLayer);
    connect(m_districtByField, &QRadioButton::toggled, this, [this](bool on) {
        m_districtField->setEnabled(on);
        m_districtName->setEnabled(!on);
    });
    m_districtField->setEnabled(false);
}

void ImportDialog::setDistrictNames(const QStringList &names)
{
    const QString text = m_districtName->currentText();
    m_districtName->clear();
    m_districtName->addItems(names);
    m_districtName->setEditText(text);
}

void ImportDialog::setEncodingOverride(const QString &encoding)
{
    sourceBox()->setEncodingOverride(encoding);
}

const std::optional<SourceInfo> &ImportDialog::sourceInfo() const
{
    return sourceBox()->info();
}

QLineEdit *ImportDialog::crsEdit() const
{
    return sourceBox()->crsEdit();
}

void ImportDialog::showLayer()
{
    const SourceLayerInfo *l = sourceBox()->currentLayer();
    m_preview->setRowCount(0);
    if (!l) {
        runBox()->setReady(false);
        return;
    }

    m_preview->setRowCount(int(l->fields.size()));
    for (int i = 0; i < l->fields.size(); ++i) {
        const SourceField &f = l->fields.at(i);
        m_preview->setItem(i, 0, new QTableWidgetItem(f.name));
        m_preview->setItem(i, 1, new QTableWidgetItem(f.type));
        m_preview->setItem(i, 2, new QTableWidgetItem(f.samples.join(QStringLiteral(" | "))));
    }
    m_preview->resizeColumnToContents(0);

    QStringList fields;
    for (const SourceField &f : l->fields)
        fields << f.name;
    m_districtField->clear();
    m_districtField->addItems(fields);
    const QString districtField = l->proposedMapping.value(QStringLiteral("district"));
    if (!districtField.isEmpty()) {
        m_districtField->setCurrentText(districtField);
        m_districtByField->setChecked(true);
    }
    for (int i = 0; i < int(std::size(kRoles)); ++i) {
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &f : fields)
            box->addItem(f, f);
        const int at = box->findData(l->proposedMapping.value(QString::fromLatin1(kRoles[i].key)));
        box->setCurrentIndex(at >= 0 ? at : 0);
    }
    runBox()->setReady(l->isPolygon && l->encodingError.isEmpty());
    if (!l->isPolygon)
        runBox()->setText(
            tr("Layer %1 holds %2, not polygons: choose a parcel layer.").arg(l->name, l->geometryType));
}

QString ImportDialog::encodingText() const
{
    return sourceBox()->encodingText();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    sourceBox()->fillOptions(o);
    if (m_districtByField->isChecked())
        o.districtField = m_districtField->currentText();
    else
        o.district = m_districtName->currentText().trimmed();
    for (int i = 0; i < int(std::size(kRoles)); ++i) {
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
        const QString field = box ? box->currentData().toString() : QString();
        if (!field.isEmpty())
            o.fieldMap.insert(QString::fromLatin1(kRoles[i].key), field);
    }
    o.user = userName();
    o.duplicates = DuplicateCodes(m_duplicates->currentData().toInt());
    o.removeMissing = m_removeMissing->isChecked();
    // The render store goes in with the rows: the map opens from its pages, not from every geometry.
    o.beforeCommit = ParcelStoreCache::rebuild;
    return o;
}

ImportRunBox::Job ImportDialog::job(const ImportOptions &options) const
{
    return [cachePath = cachePath(), options](const TaskProgress &task) {
        return ParcelImporter::runOnFile(cachePath, options, task);
    };
}

QString ImportDialog::successText(const ImportReport &r) const
{
    return (r.missingRemoved
                ? tr("Imported %1 features: %2 inserted, %3 updated, %4 repaired, %5 skipped (empty "
                     "geometry), %6 missing from this file (removed).")
                : tr("Imported %1 features: %2 inserted, %3 updated, %4 repaired, %5 skipped (empty "
                     "geometry), %6 missing from this file (kept)."))
        .arg(r.featuresRead)
        .arg(r.inserted)
        .arg(r.updated)
        .arg(r.repairedCount())
        .arg(r.skippedEmpty.size())
        .arg(r.missingCount());
}

QString ImportDialog::failureText(const QString &error) const
{
    return tr("Import failed. The cache is unchanged.\n\n%1").arg(error);
}

} // namespace zhili
