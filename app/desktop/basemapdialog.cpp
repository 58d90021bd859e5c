#include "desktop/basemapdialog.h"

#include "desktop/pathfield.h"
#include "io/rasterreader.h"
#include "util/error.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zhili {

BasemapDialog::BasemapDialog(const BasemapSource &initial, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("basemapDialog"));
    setWindowTitle(tr("Add basemap"));
    resize(640, 0);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_source = new PathField(this);
    m_source->setObjectName(QStringLiteral("basemapSource"));
    m_source->setPlaceholderText(tr("GeoTIFF or MBTiles file, or https://…/{z}/{x}/{y}.png"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    form->addRow(tr("Source:"), m_source->rowWith(browseButton));
    m_attribution = new QLineEdit(this);
    m_attribution->setObjectName(QStringLiteral("basemapAttribution"));
    form->addRow(tr("Attribution:"), m_attribution);
    m_gcj02 =
        new QCheckBox(tr("Tiles are in GCJ-02 (AutoNavi/Amap, Tencent and other Chinese web maps)"), this);
    m_gcj02->setObjectName(QStringLiteral("basemapGcj02"));
    form->addRow(QString(), m_gcj02);
    layout->addLayout(form);

    auto *hint =
        new QLabel(tr("Online tiles are kept in a disk cache and shown with their attribution in the "
                      "map's corner and on exported sheets; respect the tile service's terms of use."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_status = new QLabel(tr("Press Enter in the source box to check it."), this);
    m_status->setObjectName(QStringLiteral("basemapStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add basemap"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("basemapAdd"));
    m_add->setEnabled(false);
    m_add->setAutoDefault(false); // Enter must check the source, not add an unchecked one
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &BasemapDialog::browse);
    connect(m_source, &PathField::pathEntered, this, &BasemapDialog::checkSource);
    connect(m_source, &QLineEdit::textEdited, this, [this] { m_add->setEnabled(isChecked()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (isChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_attribution->setText(initial.attribution);
    m_gcj02->setChecked(initial.gcj02);
    if (!initial.location.isEmpty()) {
        m_source->setPath(initial.location);
        checkSource(initial.location);
    }
}

BasemapSource BasemapDialog::source() const
{
    return BasemapSource{m_source->text().trimmed(), m_attribution->text().trimmed(), m_gcj02->isChecked()};
}

bool BasemapDialog::isChecked() const
{
    return !m_checked.isEmpty() && m_checked == m_source->text().trimmed();
}

void BasemapDialog::checkSource(const QString &raw)
{
    const QString location = raw.trimmed();
    m_checked.clear();
    m_add->setEnabled(false);
    if (location.isEmpty()) {
        m_status->setText(tr("Press Enter in the source box to check it."));
        return;
    }
    // The host's credit and GCJ-02 clue, so the user sees them before adding.
    m_attribution->setPlaceholderText(BasemapSource::defaultAttribution(location));
    if (BasemapSource::hostServesGcj02(location))
        m_gcj02->setChecked(true);
    try {
        const RasterReader reader(location);
        m_checked = location;
        m_status->setText(
            BasemapSource::isTileTemplate(location)
                ? tr("Tile service: tiles are fetched as the map needs them (EPSG:%1).").arg(reader.epsg())
                : tr("Raster %1 × %2 pixels, EPSG:%3; it is reprojected to the cache CRS.")
                      .arg(reader.width())
                      .arg(reader.height())
                      .arg(reader.epsg()));
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
    m_add->setEnabled(isChecked());
}

void BasemapDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a basemap"), QFileInfo(m_source->text()).absolutePath(),
                                     tr("Basemaps (*.tif *.tiff *.mbtiles *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    m_source->setPath(path);
    checkSource(path);
}

} // namespace zhili
