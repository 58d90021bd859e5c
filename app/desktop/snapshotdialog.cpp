#include "desktop/snapshotdialog.h"

#include "cache/geopackagecache.h"
#include "io/outputfile.h"
#include "layout/pagepreset.h"
#include "layout/snapshotexporter.h"
#include "layout/snapshotlayout.h"
#include "model/displaynames.h"
#include "render/mapscene.h"
#include "util/error.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace zhili {

namespace {
constexpr double kPreviewDpi = 40; // an A4 page is ~470 px wide: enough to judge the layout
}

SnapshotDialog::SnapshotDialog(const QString &cachePath, const Envelope &viewExtent, QWidget *parent)
    : QDialog(parent), m_viewExtent(viewExtent)
{
    setWindowTitle(tr("Export snapshot"));
    m_cache = GeoPackageCache::open(cachePath, true);
    m_scene = std::make_unique<MapScene>();
    m_scene->load(*m_cache);

    buildOptionWidgets();
    QFormLayout *form = buildOptionForm();
    QLayout *right = buildPreviewColumn();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &SnapshotDialog::exportClicked);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addLayout(right, 1);
    auto *root = new QVBoxLayout(this);
    root->addLayout(top, 1);
    root->addWidget(buttons);

    connectPreviewUpdates();
    updatePreview();
}

void SnapshotDialog::buildOptionWidgets()
{
    m_page = new QComboBox(this);
    for (const PagePreset &p : PagePreset::all())
        m_page->addItem(p.displayLabel(), p.id);
    m_frame = new QComboBox(this);
    if (!m_viewExtent.isNull())
        m_frame->addItem(tr("Current view"), QString());
    m_frame->addItem(tr("Whole city"), QStringLiteral("*city*"));
    for (const QString &d : m_scene->districtNames())
        m_frame->addItem(d, d);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Ecosystems"), QStringLiteral("ecosystem"));
    m_theme->addItem(tr("Land allocation"), QStringLiteral("land"));
    m_theme->addItem(tr("Energy allocation"), QStringLiteral("energy"));
    m_theme->addItem(tr("Finance support"), QStringLiteral("finance"));
    m_title = new QLineEdit(tr("Industrial land layout"), this);
    m_subtitle = new QLineEdit(this);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(int(SnapshotExporter::kMinDpi), int(SnapshotExporter::kMaxDpi));
    m_dpi->setValue(300);
    m_dpi->setSuffix(QStringLiteral(" DPI"));
    m_summary = new QCheckBox(tr("Summary table"), this);
    m_overview = new QCheckBox(tr("Overview inset"), this);
    m_watermark = new QCheckBox(tr("Watermark"), this);
    m_labels = new QCheckBox(tr("Parcel labels"), this);
}

QFormLayout *SnapshotDialog::buildOptionForm()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Page"), m_page);
    form->addRow(tr("Frame"), m_frame);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Subtitle"), m_subtitle);
    form->addRow(tr("PNG resolution"), m_dpi);
    form->addRow(m_summary);
    form->addRow(m_overview);
    form->addRow(m_watermark);
    form->addRow(m_labels);
    auto *loadTpl = new QPushButton(tr("Load template…"), this);
    auto *saveTpl = new QPushButton(tr("Save template…"), this);
    form->addRow(loadTpl);
    form->addRow(saveTpl);

    connect(loadTpl, &QPushButton::clicked, this, &SnapshotDialog::loadTemplateClicked);
    connect(saveTpl, &QPushButton::clicked, this, &SnapshotDialog::saveTemplateClicked);
    return form;
}

QLayout *SnapshotDialog::buildPreviewColumn()
{
    m_previewLabel = new QLabel(this);
    m_previewLabel->setMinimumSize(520, 380);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setStyleSheet(QStringLiteral("background: #8a8f96;"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sheetStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);

    auto *right = new QVBoxLayout;
    right->addWidget(m_previewLabel, 1);
    right->addWidget(m_status);
    right->addWidget(m_progress);
    return right;
}

void SnapshotDialog::connectPreviewUpdates()
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &SnapshotDialog::updatePreview);
    auto later = [this] { m_debounce->start(); };
    for (QComboBox *c : {m_page, m_frame, m_theme})
        connect(c, &QComboBox::currentIndexChanged, this, later);
    for (QLineEdit *e : {m_title, m_subtitle})
        connect(e, &QLineEdit::textChanged, this, later);
    for (QCheckBox *c : {m_summary, m_overview, m_watermark, m_labels})
        connect(c, &QCheckBox::toggled, this, later);
}

SnapshotDialog::~SnapshotDialog() = default;

LayoutTemplate SnapshotDialog::layoutTemplate() const
{
    LayoutTemplate t = m_base;
    t.page = m_page->currentData().toString();
    t.theme = m_theme->currentData().toString();
    t.title = m_title->text();
    t.subtitle = m_subtitle->text();
    t.dpi = m_dpi->value();
    t.language = DisplayNames::chinese() ? QStringLiteral("zh") : QStringLiteral("en");
    t.summary = m_summary->isChecked();
    t.overview = m_overview->isChecked();
    t.watermark = m_watermark->isChecked();
    t.layers = {QStringLiteral("districts")};
    if (m_labels->isChecked())
        t.layers << QStringLiteral("labels");
    const SnapshotFrame f = frame();
    t.district = f.kind == SnapshotFrame::Kind::District ? f.district : QString();
    t.extent.reset();
    return t;
}

SnapshotFrame SnapshotDialog::frame() const
{
    const QString d = m_frame->currentData().toString();
    if (d.isEmpty())
        return SnapshotFrame::forExtent(m_viewExtent);
    if (d == QLatin1String("*city*"))
        return SnapshotFrame::city();
    return SnapshotFrame::forDistrict(d);
}

void SnapshotDialog::setLayoutTemplate(const LayoutTemplate &t)
{
    m_base = t;
    m_page->setCurrentIndex(std::max(0, m_page->findData(t.page)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(t.theme)));
    m_title->setText(t.title);
    m_subtitle->setText(t.subtitle);
    if (t.dpi > 0)
        m_dpi->setValue(int(t.dpi));
    m_summary->setChecked(t.summary);
    m_overview->setChecked(t.overview);
    m_watermark->setChecked(t.watermark);
    m_labels->setChecked(t.layers.contains(QStringLiteral("labels")));
    if (!t.district.isEmpty() && m_frame->findData(t.district) >= 0)
        m_frame->setCurrentIndex(m_frame->findData(t.district));
    updatePreview();
}

void SnapshotDialog::updatePreview()
{
    try {
        SnapshotLayout layout(*m_scene, *m_cache, layoutTemplate(), frame());
        m_preview = SnapshotExporter::renderImage(layout, kPreviewDpi);
        const QSize box = m_previewLabel->size().boundedTo(QSize(2000, 2000));
        m_previewLabel->setPixmap(QPixmap::fromImage(m_preview.scaled(
            box.expandedTo(QSize(100, 100)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_status->setText(QStringLiteral("%1 · %2").arg(layout.page().displayLabel(), layout.dateLine()));
        m_export->setEnabled(true);
    } catch (const Error &e) {
        m_preview = QImage();
        m_previewLabel->setText(e.message());
        m_status->setText(e.message());
        m_export->setEnabled(false);
    }
}

bool SnapshotDialog::exportTo(const QString &path)
{
    m_error.clear();
    m_progress->setVisible(true);
    m_progress->setRange(0, 0); // busy: the blocking render gives no steps for one sheet
    m_export->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents();
    bool ok = true;
    try {
        // The file dialog asked about replacing a file; a database (the open cache above all) is never one.
        OutputFile::check(path, {m_cache->path()}, false);
        SnapshotLayout layout(*m_scene, *m_cache, layoutTemplate(), frame());
        SnapshotExporter::write(layout, path, m_dpi->value());
        m_status->setText(tr("Wrote %1").arg(path));
    } catch (const Error &e) {
        m_error = e.message();
        m_status->setText(e.message());
        ok = false;
    }
    QApplication::restoreOverrideCursor();
    m_progress->setVisible(false);
    m_export->setEnabled(true);
    return ok;
}

void SnapshotDialog::exportClicked()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export snapshot"), m_title->text() + QStringLiteral(".pdf"),
                                     QStringLiteral("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Export failed"), m_error);
}

namespace {

// Loading and saving a template: nothing when the file dialog was cancelled, a warning when the file fails.
void withTemplateFile(QWidget *parent, const QString &path, const std::function<void()> &action)
{
    if (path.isEmpty())
        return;
    try {
        action();
    } catch (const Error &e) {
        QMessageBox::warning(parent, SnapshotDialog::tr("Template error"), e.message());
    }
}

} // namespace

void SnapshotDialog::loadTemplateClicked()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load template"), QString(), QStringLiteral("JSON (*.json)"));
    withTemplateFile(this, path, [&] { setLayoutTemplate(LayoutTemplate::load(path)); });
}

void SnapshotDialog::saveTemplateClicked()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save template"), QString(), QStringLiteral("JSON (*.json)"));
    withTemplateFile(this, path, [&] { layoutTemplate().save(path); });
}

} // namespace zhili
