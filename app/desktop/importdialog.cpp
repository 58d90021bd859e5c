#include "desktop/importdialog.h"

#include "desktop/backgroundtask.h"
#include "desktop/pathfield.h"
#include "io/parcelimporter.h"
#include "util/error.h"

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
    : QDialog(parent), m_cachePath(cachePath), m_user(userName)
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import parcels"));
    resize(820, 720);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildFileRow());
    auto *form = new QFormLayout;
    buildSourceRows(form);
    buildDistrictRows(form);
    layout->addLayout(form);
    layout->addWidget(buildPreviewBox(), 3);
    layout->addWidget(buildMappingBox(), 3);
    buildFooter(layout);
    connectSignals();
}

QLayout *ImportDialog::buildFileRow()
{
    auto *fileRow = new QHBoxLayout;
    m_path = new PathField(this);
    m_path->setPlaceholderText(tr("Shapefile (.shp or .zip), GeoPackage or GeoJSON"));
    m_browse = new QPushButton(tr("Choose file…"), this);
    fileRow->addWidget(new QLabel(tr("File"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    return fileRow;
}

void ImportDialog::buildSourceRows(QFormLayout *form)
{
    m_layer = new QComboBox(this);
    form->addRow(tr("Layer"), m_layer);
    auto *encBox = new QVBoxLayout;
    m_encoding = new QLabel(this);
    m_encoding->setWordWrap(true);
    m_encoding->setTextFormat(Qt::PlainText);
    m_encoding->setMinimumHeight(m_encoding->fontMetrics().lineSpacing() * 2);
    m_encodingOverride = new QComboBox(this);
    m_encodingOverride->setEditable(true);
    m_encodingOverride->addItem(tr("Detect"), QString());
    for (const char *e : {"UTF-8", "GBK", "GB18030", "BIG5", "ISO-8859-1"})
        m_encodingOverride->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(new QLabel(tr("Override"), this));
    overrideRow->addWidget(m_encodingOverride);
    overrideRow->addStretch();
    encBox->addWidget(m_encoding);
    encBox->addLayout(overrideRow);
    form->addRow(tr("Text encoding"), encBox);
    m_crsInfo = new QLabel(this);
    m_crsInfo->setWordWrap(true);
    m_crsInfo->setTextFormat(Qt::PlainText);
    m_crs = new QLineEdit(this);
    m_crs->setPlaceholderText(
        tr("e.g. EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000)"));
    auto *crsBox = new QVBoxLayout;
    crsBox->addWidget(m_crsInfo);
    crsBox->addWidget(m_crs);
    form->addRow(tr("Coordinate system"), crsBox);
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
        tr("Records that share a parcel code in one district (飞地, multi-part parcels)"));
    form->addRow(tr("Repeated codes"), m_duplicates);
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

void ImportDialog::buildFooter(QVBoxLayout *layout)
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_reportText = new QPlainTextEdit(this);
    m_reportText->setReadOnly(true);
    m_reportText->setMaximumHeight(90);
    layout->addWidget(m_reportText);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_import->setEnabled(false);
    m_import->setAutoDefault(false); // Enter anywhere in the dialog must not start the import
    m_cancel->setEnabled(false);
    layout->addWidget(buttons);
}

void ImportDialog::connectSignals()
{
    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::progressed, this, &ImportDialog::showProgress);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &PathField::pathEntered, this, [this](const QString &path) { setSource(path); });
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ImportDialog::onLayerChanged);
    connect(m_encodingOverride, &QComboBox::activated, this, [this] {
        const QVariant d = m_encodingOverride->currentData();
        setEncodingOverride(d.isValid() ? d.toString() : m_encodingOverride->currentText());
    });
    connect(m_districtByField, &QRadioButton::toggled, this, [this](bool on) {
        m_districtField->setEnabled(on);
        m_districtName->setEnabled(!on);
    });
    m_districtField->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_task, &BackgroundTask::finished, this, &ImportDialog::onFinished);
}

// Never leave a worker writing to the cache behind: m_task's destructor asks it to stop and waits (it rolls
// back).
ImportDialog::~ImportDialog() = default;

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose parcels to import"), m_path->text(),
        tr("Parcel layers (*.shp *.zip *.gpkg *.geojson *.json);;All files (*)"));
    if (!path.isEmpty())
        setSource(path);
}

void ImportDialog::setDistrictNames(const QStringList &names)
{
    const QString text = m_districtName->currentText();
    m_districtName->clear();
    m_districtName->addItems(names);
    m_districtName->setEditText(text);
}

bool ImportDialog::setSource(const QString &path)
{
    m_source = path;
    m_path->setPath(path);
    inspect();
    return m_info.has_value();
}

void ImportDialog::setEncodingOverride(const QString &encoding)
{
    const int i = m_encodingOverride->findData(encoding);
    if (i >= 0)
        m_encodingOverride->setCurrentIndex(i);
    else
        m_encodingOverride->setEditText(encoding);
    if (!m_source.isEmpty())
        inspect();
}

void ImportDialog::inspect()
{
    m_info.reset();
    m_error.clear();
    const QString encoding = encodingOverride();
    const QString previousLayer = m_layer->currentData().toString();
    try {
        m_info = SourceInspector::inspect(m_source, encoding);
    } catch (const Error &e) {
        m_error = e.message();
        m_reportText->setPlainText(e.message());
        m_encoding->clear();
        m_preview->setRowCount(0);
        m_import->setEnabled(false);
        return;
    }
    const QSignalBlocker block(m_layer);
    m_layer->clear();
    for (const SourceLayerInfo &l : m_info->layers)
        m_layer->addItem(tr("%1 (%2, %3 features)").arg(l.name, l.geometryType).arg(l.featureCount), l.name);
    const int keep = m_layer->findData(previousLayer);
    m_layer->setCurrentIndex(keep >= 0 ? keep : 0);
    for (int i = 0; i < m_info->layers.size(); ++i)
        if (keep < 0 && m_info->layers.at(i).isPolygon) {
            m_layer->setCurrentIndex(i);
            break;
        }
    m_layer->setEnabled(m_info->layers.size() > 1);
    m_reportText->setPlainText(
        tr("%1 (%2): ready to import into %3.")
            .arg(QFileInfo(m_source).fileName(), m_info->driver, QFileInfo(m_cachePath).fileName()));
    showLayer();
}

const SourceLayerInfo *ImportDialog::currentLayer() const
{
    if (!m_info)
        return nullptr;
    const int i = m_layer->currentIndex();
    return i >= 0 && i < m_info->layers.size() ? &m_info->layers.at(i) : nullptr;
}

void ImportDialog::onLayerChanged()
{
    showLayer();
}

void ImportDialog::showLayer()
{
    const SourceLayerInfo *l = currentLayer();
    m_preview->setRowCount(0);
    if (!l) {
        m_import->setEnabled(false);
        return;
    }
    if (!l->encodingError.isEmpty())
        m_encoding->setText(tr("Cannot decide: %1 Choose an encoding on the right.").arg(l->encodingError));
    else
        m_encoding->setText(tr("%1 — %2").arg(l->encoding, l->encodingReason));

    m_preview->setRowCount(int(l->fields.size()));
    for (int i = 0; i < l->fields.size(); ++i) {
        const SourceField &f = l->fields.at(i);
        m_preview->setItem(i, 0, new QTableWidgetItem(f.name));
        m_preview->setItem(i, 1, new QTableWidgetItem(f.type));
        m_preview->setItem(i, 2, new QTableWidgetItem(f.samples.join(QStringLiteral(" | "))));
    }
    m_preview->resizeColumnToContents(0);

    if (!l->crsAuthId.isEmpty() || !l->crsName.isEmpty()) {
        m_crsInfo->setText(tr("Detected: %1 %2. %3").arg(l->crsAuthId, l->crsName, l->crsNote));
        m_crs->setPlaceholderText(tr("Leave empty to use the detected system"));
    } else {
        m_crsInfo->setText(tr("No coordinate system in the file (%1). Enter it: Hangzhou data is usually "
                              "EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000).")
                               .arg(l->crsNote));
    }

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
    m_import->setEnabled(l->isPolygon && l->encodingError.isEmpty());
    if (!l->isPolygon)
        m_reportText->setPlainText(
            tr("Layer %1 holds %2, not polygons: choose a parcel layer.").arg(l->name, l->geometryType));
}

QString ImportDialog::encodingOverride() const
{
    // A listed choice, or what the user typed into the editable box; "Detect" (index 0) means none.
    const QString text = m_encodingOverride->currentText().trimmed();
    const int i = m_encodingOverride->currentIndex();
    if (i >= 0 && m_encodingOverride->itemText(i) == text)
        return m_encodingOverride->itemData(i).toString();
    return text;
}

QString ImportDialog::encodingText() const
{
    return m_encoding->text();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.source = m_source;
    if (const SourceLayerInfo *l = currentLayer())
        o.layer = m_info->layers.size() > 1 ? l->name : QString();
    o.encoding = encodingOverride();
    o.crs = m_crs->text().trimmed();
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
    o.user = m_user;
    o.duplicates = DuplicateCodes(m_duplicates->currentData().toInt());
    return o;
}

bool ImportDialog::startImport()
{
    if (isRunning() || !m_info)
        return false;
    const ImportOptions opts = options();
    m_report.reset();
    m_error.clear();
    // The worker opens its own connection (caches are not shared between threads), and cancelImport()
    // cancels the task: the importer then rolls back and throws Cancelled.
    m_task->start<ImportReport>([cachePath = m_cachePath, opts](const TaskProgress &task) {
        return ParcelImporter::runOnFile(cachePath, opts, task);
    });
    setRunning(true);
    m_reportText->setPlainText(tr("Importing %1 …").arg(QFileInfo(m_source).fileName()));
    return true;
}

void ImportDialog::cancelImport()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_reportText->appendPlainText(tr("Cancelling: the cache is left as it was."));
}

bool ImportDialog::isRunning() const
{
    return m_task->isRunning();
}

void ImportDialog::setRunning(bool running)
{
    m_import->setEnabled(!running && m_info.has_value());
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    m_path->setEnabled(!running);
    if (running)
        m_progress->setRange(0, 0); // busy until the importer reports a total
}

void ImportDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
}

void ImportDialog::onFinished()
{
    const auto out = m_task->outcome<ImportReport>();
    setRunning(false);
    m_progress->setRange(0, 100);
    if (out.report) {
        m_report = out.report;
        m_progress->setValue(100);
        const ImportReport &r = *m_report;
        m_reportText->setPlainText(
            tr("Imported %1 features: %2 inserted, %3 updated, %4 repaired, %5 skipped (empty geometry), %6 "
               "missing from this file (kept).")
                .arg(r.featuresRead)
                .arg(r.inserted)
                .arg(r.updated)
                .arg(r.repairedCount())
                .arg(r.skippedEmpty.size())
                .arg(r.missingCount()) +
            QStringLiteral("\n\n") + r.toText());
        emit importFinished(r);
        emit importEnded(true);
        return;
    }
    m_progress->setValue(0);
    m_error = out.error;
    const QString text = out.cancelled ? tr("Import cancelled. The cache is unchanged.")
                                       : tr("Import failed. The cache is unchanged.\n\n%1").arg(out.error);
    m_reportText->setPlainText(text);
    if (!out.cancelled) {
        // open(), not exec(): the dialog stays responsive, and tests are not blocked.
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Import failed"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit importEnded(false);
}

} // namespace zhili
