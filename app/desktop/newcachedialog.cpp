#include "desktop/newcachedialog.h"

#include "cache/cachedisplayname.h"
#include "cache/geopackagecache.h"
#include "crs/crs.h"
#include "desktop/pathfield.h"
#include "util/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace zhili {

namespace {

// CGCS2000 Gauss-Kruger: 4513-4533 are the 3-degree zones 25-45 (easting with the zone prefix), 4534-4554
// the same zones by central meridian, 75E-135E (no prefix). Hangzhou uses 4549 (CM 120E) or 4528 (zone 40).
constexpr int kFirstGaussKruger = 4513;
constexpr int kLastGaussKruger = 4554;

QString epsgLabel(int code, const QString &name)
{
    return QStringLiteral("EPSG:%1 — %2").arg(code).arg(name);
}

} // namespace

NewCacheDialog::NewCacheDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("NewCacheDialog"));
    setWindowTitle(tr("New cache"));
    resize(640, 300);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An empty cache for one district or the whole city. Import district "
                                "boundaries and parcels into it afterwards (File menu)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_path = new PathField(this);
    m_path->setObjectName(QStringLiteral("newCachePath"));
    m_path->setPlaceholderText(tr("Where to save the cache (.gpkg)"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    form->addRow(tr("File"), m_path->rowWith(browse));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newCacheName"));
    m_name->setPlaceholderText(tr("e.g. Xihu district 2026"));
    form->addRow(tr("Name"), m_name);

    m_crs = new QComboBox(this);
    m_crs->setObjectName(QStringLiteral("newCacheCrs"));
    m_crs->setEditable(true);
    m_crs->setInsertPolicy(QComboBox::NoInsert);
    for (int code = kFirstGaussKruger; code <= kLastGaussKruger; ++code)
        m_crs->addItem(epsgLabel(code, Crs::fromEpsg(code).name()), code);
    m_crs->setCurrentIndex(m_crs->findData(GeoPackageCache::kDefaultEpsg));
    m_crs->setToolTip(tr("Choose a CGCS2000 Gauss-Kruger zone or type any projected EPSG code"));
    m_crsInfo = new QLabel(this);
    m_crsInfo->setWordWrap(true);
    m_crsInfo->setTextFormat(Qt::PlainText);
    auto *crsBox = new QVBoxLayout;
    crsBox->addWidget(m_crs);
    crsBox->addWidget(m_crsInfo);
    form->addRow(tr("Coordinate system"), crsBox);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    // ActionRole: a button box makes its first AcceptRole button the default when shown.
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::ActionRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // No default button: Enter in a box checks what was typed and never creates a file.
    m_create->setAutoDefault(false);
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);

    m_confirmReplace = [this](const QString &file) {
        return QMessageBox::question(this, tr("Replace the file?"),
                                     tr("%1 already exists. Replace it with a new, empty cache? Everything "
                                        "in it will be lost.")
                                         .arg(QDir::toNativeSeparators(file)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    connect(browse, &QPushButton::clicked, this, &NewCacheDialog::browse);
    connect(m_path, &PathField::pathEntered, this, &NewCacheDialog::checkPath);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_crs, &QComboBox::currentIndexChanged, this, &NewCacheDialog::checkCrs);
    connect(m_crs->lineEdit(), &QLineEdit::editingFinished, this, &NewCacheDialog::checkCrs);
    connect(m_create, &QPushButton::clicked, this, [this] { create(); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    checkCrs();
}

void NewCacheDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New cache"), m_path->text().isEmpty() ? m_folder : m_path->text(),
        tr("Zhili caches (*.gpkg)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    setPath(chosen);
}

void NewCacheDialog::setPath(const QString &path)
{
    m_path->setPath(path);
    checkPath();
}

QString NewCacheDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (p.isEmpty())
        return p;
    if (!p.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        p += QLatin1String(".gpkg");
    return QFileInfo(p).absoluteFilePath();
}

void NewCacheDialog::checkPath()
{
    const QString p = path();
    if (p.isEmpty())
        return;
    m_path->setPath(QDir::toNativeSeparators(p));
    if (!m_nameEdited)
        m_name->setText(QFileInfo(p).completeBaseName());
    const QFileInfo info(p);
    if (!info.absoluteDir().exists())
        m_message->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    else if (info.exists())
        m_message->setText(tr("%1 exists: Create asks before replacing it.").arg(info.fileName()));
    else
        m_message->setText(tr("Create makes %1.").arg(info.fileName()));
}

QString NewCacheDialog::displayName() const
{
    return m_name->text().trimmed();
}

void NewCacheDialog::setDisplayName(const QString &name)
{
    m_name->setText(name);
    m_nameEdited = true;
}

void NewCacheDialog::setCrsText(const QString &text)
{
    m_crs->setEditText(text);
    checkCrs();
}

int NewCacheDialog::epsg() const
{
    return m_epsg;
}

QString NewCacheDialog::crsMessage() const
{
    return m_crsError.isEmpty() ? m_crsInfo->text() : m_crsError;
}

void NewCacheDialog::checkCrs()
{
    m_epsg = 0;
    m_crsError.clear();
    const QString text = m_crs->currentText().trimmed();
    const int listed = m_crs->findText(text);
    try {
        const Crs crs = listed >= 0 ? Crs::fromEpsg(m_crs->itemData(listed).toInt())
                                    : Crs::fromUserInput(text.section(QStringLiteral(" — "), 0, 0));
        if (crs.isGeographic())
            m_crsError = tr("%1 is a geographic system (degrees): a cache needs a projected one in metres, "
                            "such as EPSG:4549.")
                             .arg(crs.authId().isEmpty() ? text : crs.authId());
        else if (crs.epsg() <= 0)
            m_crsError = tr("\"%1\" has no EPSG code: choose a system from the list or type its EPSG code.")
                             .arg(text.left(80));
        else if (crs.linearUnit() != QLatin1String("metre"))
            m_crsError = tr("%1 measures in %2, not metres: choose a system in metres.")
                             .arg(crs.authId(), crs.linearUnit());
        else
            m_epsg = crs.epsg();
        if (m_epsg && listed >= 0)
            m_crsInfo->setText(tr("Hangzhou data is usually EPSG:4549 (eastings near 515000) or EPSG:4528 "
                                  "(eastings near 40515000)."));
        else if (m_epsg)
            m_crsInfo->setText(tr("%1 — %2").arg(crs.authId(), crs.name()));
    } catch (const Error &e) {
        m_crsError = e.message();
    }
    if (!m_crsError.isEmpty())
        m_crsInfo->setText(m_crsError);
    m_crsInfo->setStyleSheet(m_crsError.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
    m_create->setEnabled(m_epsg > 0);
}

void NewCacheDialog::fail(const QString &message)
{
    m_error = message;
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
}

bool NewCacheDialog::create()
{
    checkCrs();
    const QString file = path();
    if (file.isEmpty()) {
        fail(tr("Choose where to save the new cache."));
        return false;
    }
    if (m_epsg <= 0) {
        fail(m_crsError);
        return false;
    }
    const QFileInfo info(file);
    if (!info.absoluteDir().exists()) {
        fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (info.exists()) {
        if (!m_openPath.isEmpty() && QFileInfo(m_openPath) == info) {
            fail(tr("%1 is the cache open in the window: choose another file name.").arg(info.fileName()));
            return false;
        }
        if (!m_confirmReplace(file))
            return false;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(file + QLatin1String(suffix));
        if (QFileInfo::exists(file)) {
            fail(tr("%1 could not be replaced (it may be read-only).").arg(QDir::toNativeSeparators(file)));
            return false;
        }
    }
    try {
        auto cache = GeoPackageCache::create(file, m_epsg);
        CacheDisplayName::write(*cache, displayName());
    } catch (const Error &e) {
        fail(tr("The cache %1 could not be created.\n\n%2").arg(QDir::toNativeSeparators(file), e.message()));
        return false;
    }
    m_error.clear();
    accept();
    return true;
}

} // namespace zhili
