#include "desktop/exportdialog.h"

#include "cache/geopackagecache.h"
#include "desktop/pathfield.h"
#include "desktop/runcontrols.h"
#include "io/parcelexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace zhili {

ExportDialog::ExportDialog(const QString &cachePath, const QStringList &districts,
                           const QSet<qint64> &selection, QWidget *parent)
    : QDialog(parent), m_cachePath(cachePath), m_selection(selection)
{
    setWindowTitle(tr("Export parcels"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildScopeBox());
    layout->addWidget(buildOptionsBox());
    buildFooter();
    m_district->addItems(districts);
    m_scopeSelection->setEnabled(!selection.isEmpty());
    m_scopeDistrict->setEnabled(!districts.isEmpty());
    setScope(selection.isEmpty() ? Scope::All : Scope::Selection);
    updateFormat();
}

// m_run cancels a running export and waits: the worker stops at its next progress report and removes its
// files.
ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::buildScopeBox()
{
    auto *box = new QGroupBox(tr("Parcels"), this);
    auto *grid = new QVBoxLayout(box);
    m_scopeSelection =
        new QRadioButton(tr("The selection (%n parcel(s))", nullptr, int(m_selection.size())), box);
    m_scopeDistrict = new QRadioButton(tr("District"), box);
    m_scopeAll = new QRadioButton(tr("All parcels"), box);
    m_district = new QComboBox(box);
    auto *districtRow = new QHBoxLayout;
    districtRow->addWidget(m_scopeDistrict);
    districtRow->addWidget(m_district, 1);
    grid->addWidget(m_scopeSelection);
    grid->addLayout(districtRow);
    grid->addWidget(m_scopeAll);
    connect(m_scopeDistrict, &QRadioButton::toggled, m_district, &QWidget::setEnabled);
    return box;
}

QWidget *ExportDialog::buildOptionsBox()
{
    auto *box = new QGroupBox(tr("File"), this);
    auto *form = new QFormLayout(box);
    m_path = new PathField(box);
    m_path->setPlaceholderText(tr("parcels.shp, .zip, .gpkg, .geojson or .csv"));
    m_browse = new QPushButton(tr("Choose file…"), box);
    form->addRow(tr("Save as"), m_path->rowWith(m_browse));
    m_encoding = new QComboBox(box);
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GBK (older ArcGIS)"), QStringLiteral("GBK"));
    form->addRow(tr("Shapefile text encoding"), m_encoding);
    m_crs = new QLineEdit(box);
    m_crs->setPlaceholderText(tr("the cache's own, or e.g. EPSG:4490"));
    form->addRow(tr("Coordinate system"), m_crs);
    m_source = new QCheckBox(tr("Also the source attributes of the imported files"), box);
    form->addRow(QString(), m_source);
    m_wkt = new QCheckBox(tr("Geometry as WKT (CSV)"), box);
    form->addRow(QString(), m_wkt);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateFormat);
    return box;
}

void ExportDialog::buildFooter()
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_run = new RunControls(tr("Export"), tr("Cancel export"), this);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_run->progressBar());
    layout->addWidget(m_status);
    layout->addWidget(m_run->buttonBox());
    connect(m_run, &RunControls::startClicked, this, [this] { startExport(); });
    connect(m_run, &RunControls::cancelClicked, this, &ExportDialog::cancelExport);
    connect(m_run, &RunControls::closeClicked, this, &QDialog::reject);
    connect(m_run, &RunControls::runningChanged, this, [this](bool running) {
        m_path->setEnabled(!running);
        m_browse->setEnabled(!running);
    });
    connect(m_run, &RunControls::finished, this, &ExportDialog::onFinished);
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Selection  ? m_scopeSelection
     : scope == Scope::District ? m_scopeDistrict
                                : m_scopeAll)
        ->setChecked(true);
    m_district->setEnabled(scope == Scope::District);
}

void ExportDialog::setDistrict(const QString &district)
{
    m_district->setCurrentText(district);
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setPath(path);
    updateFormat();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export parcels"), m_path->text(),
        tr("Shapefile (*.shp);;Zipped shapefile (*.zip);;GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV "
           "(*.csv)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ExportDialog::updateFormat()
{
    const QString suffix = QFileInfo(m_path->text().trimmed()).suffix().toLower();
    const bool shapefile = suffix == QStringLiteral("shp") || suffix == QStringLiteral("zip");
    m_encoding->setEnabled(shapefile);
    m_wkt->setEnabled(suffix == QStringLiteral("csv"));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.out = m_path->text().trimmed();
    if (m_scopeSelection->isChecked())
        o.fids = m_selection;
    else if (m_scopeDistrict->isChecked())
        o.district = m_district->currentText();
    if (m_encoding->isEnabled())
        o.encoding = m_encoding->currentData().toString();
    o.crs = m_crs->text().trimmed();
    if (m_source->isChecked())
        o.fields << QStringLiteral("source");
    if (m_wkt->isEnabled() && m_wkt->isChecked())
        o.fields << QStringLiteral("wkt");
    return o;
}

bool ExportDialog::startExport()
{
    if (isRunning())
        return false;
    const ExportOptions opts = options();
    if (opts.out.isEmpty()) {
        m_status->setText(tr("Choose the file to write first."));
        return false;
    }
    m_report.reset();
    m_error.clear();
    // The worker opens its own read-only connection: a cache connection is not shared between threads.
    m_run->start<ExportReport>([cachePath = m_cachePath, opts](const TaskProgress &task) {
        auto cache = GeoPackageCache::open(cachePath, true);
        return ParcelExporter::run(*cache, opts, task);
    });
    m_status->setText(tr("Exporting to %1 …").arg(QFileInfo(opts.out).fileName()));
    return true;
}

void ExportDialog::cancelExport()
{
    if (m_run->cancel())
        m_status->setText(tr("Cancelling: no file is left behind."));
}

void ExportDialog::onFinished()
{
    const auto out = m_run->outcome<ExportReport>();
    m_run->showEnd(out.report.has_value());
    if (out.report) {
        m_report = out.report;
        m_status->setText(tr("Exported %n parcel(s) to %1.", nullptr, int(out.report->parcels))
                              .arg(QDir::toNativeSeparators(out.report->path)));
        emit exportEnded(true);
        return;
    }
    m_error = out.error;
    // In the dialog, not a message box: the options stay in view to be corrected.
    m_status->setText(out.cancelled ? tr("Export cancelled; no file was written.")
                                    : tr("The export failed: %1").arg(out.error));
    emit exportEnded(false);
}

} // namespace zhili
