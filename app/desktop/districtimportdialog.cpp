#include "desktop/districtimportdialog.h"

#include "desktop/importsourcebox.h"
#include "io/districtimporter.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace zhili {

DistrictImportDialog::DistrictImportDialog(const QString &cachePath, const QString &userName, QWidget *parent)
    : BaseImportDialog(cachePath, userName, tr("Choose district boundaries"),
                       tr("District boundaries (*.shp *.zip *.gpkg *.geojson *.json);;All files (*)"),
                       tr("District polygons: shapefile (.shp or .zip), GeoPackage or GeoJSON"), parent)
{
    setObjectName(QStringLiteral("DistrictImportDialog"));
    setWindowTitle(tr("Import district boundaries"));
    resize(720, 520);
    m_nameField = new QComboBox(this);
    m_nameField->setObjectName(QStringLiteral("nameField"));
    m_samples = new QLabel(this);
    m_samples->setTextFormat(Qt::PlainText);
    m_samples->setWordWrap(true);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_nameField);
    nameBox->addWidget(m_samples);
    sourceBox()->form()->addRow(tr("District name field"), nameBox);
    auto *note = new QLabel(tr("Districts already in the cache keep their parcels; an imported outline with "
                               "the same name replaces "
                               "theirs. Only administrators import district boundaries."),
                            this);
    note->setWordWrap(true);
    mainLayout()->addWidget(note);
    mainLayout()->addStretch();
    addRunBox();

    connect(sourceBox(), &ImportSourceBox::sourceFailed, m_nameField, &QComboBox::clear);
    connect(sourceBox(), &ImportSourceBox::layerShown, this, &DistrictImportDialog::showLayer);
    connect(m_nameField, &QComboBox::currentIndexChanged, this, &DistrictImportDialog::showSamples);
}

void DistrictImportDialog::showLayer()
{
    const SourceLayerInfo *l = sourceBox()->currentLayer();
    const QSignalBlocker block(m_nameField);
    m_nameField->clear();
    if (!l) {
        runBox()->setReady(false);
        return;
    }
    setLastError(QString());
    QStringList fields;
    for (const SourceField &f : l->fields)
        fields << f.name;
    m_nameField->addItems(fields);
    // The field the CLI would take without --name-field; the first field otherwise.
    const QString proposed = DistrictImporter::proposedNameField(fields);
    m_nameField->setCurrentIndex(proposed.isEmpty() ? 0 : int(fields.indexOf(proposed)));
    showSamples();
    runBox()->setReady(l->isPolygon && l->encodingError.isEmpty() && !fields.isEmpty());
    if (!l->isPolygon)
        runBox()->setText(tr("Layer %1 holds %2, not polygons: choose a layer of district outlines.")
                              .arg(l->name, l->geometryType));
    else
        runBox()->setText(
            tr("%1: %n feature(s), ready to import into %2.", nullptr, int(l->featureCount))
                .arg(QFileInfo(sourceBox()->source()).fileName(), QFileInfo(cachePath()).fileName()));
}

void DistrictImportDialog::showSamples()
{
    const SourceLayerInfo *l = sourceBox()->currentLayer();
    const int i = m_nameField->currentIndex();
    if (!l || i < 0 || i >= l->fields.size()) {
        m_samples->clear();
        return;
    }
    m_samples->setText(tr("e.g. %1").arg(l->fields.at(i).samples.join(QStringLiteral(", "))));
}

QString DistrictImportDialog::nameField() const
{
    return m_nameField->currentText();
}

void DistrictImportDialog::setNameField(const QString &field)
{
    m_nameField->setCurrentText(field);
}

ImportOptions DistrictImportDialog::options() const
{
    ImportOptions o;
    sourceBox()->fillOptions(o);
    o.user = userName();
    return o;
}

ImportRunBox::Job DistrictImportDialog::job(const ImportOptions &options) const
{
    return [cachePath = cachePath(), options, field = nameField()](const TaskProgress &task) {
        return DistrictImporter::runOnFile(cachePath, options, field, task);
    };
}

QString DistrictImportDialog::successText(const ImportReport &r) const
{
    return tr("Imported %1 districts (%2 new, %3 outlines replaced) from %4 features.")
        .arg(r.districts.size())
        .arg(r.inserted)
        .arg(r.updated)
        .arg(r.featuresRead);
}

QString DistrictImportDialog::failureText(const QString &error) const
{
    return tr("The district boundaries in %1 were not imported. The cache is unchanged.\n\n%2")
        .arg(QFileInfo(sourceBox()->source()).fileName(), error);
}

} // namespace zhili
