#pragma once

#include <QDialog>
#include <QDir>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zhili {

class PathField;

/// File ▸ New cache: an empty cache for a district or the city — file, display name and coordinate
/// system (EPSG:4549, CGCS2000 / 3-degree Gauss-Kruger CM 120E, by default; the CGCS2000 Gauss-Kruger zones
/// are listed and any projected EPSG code may be typed, checked through core's Crs). Creates the file with
/// GeoPackageCache::create, a valid GeoPackage. Create is never a default button: Enter in the file or CRS
/// box only checks it.
class NewCacheDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewCacheDialog(QWidget *parent = nullptr);

    /// Asked before an existing file is replaced (default: a question box); false keeps the file.
    using ConfirmReplace = std::function<bool(const QString &path)>;
    void setConfirmReplace(ConfirmReplace confirm) { m_confirmReplace = std::move(confirm); }
    /// A path that must not be replaced (the cache open in the window).
    void setOpenCachePath(const QString &path) { m_openPath = path; }

    void setPath(const QString &path);
    /// Where Choose… starts while the file box is empty (default: the home folder).
    void setFolder(const QString &folder) { m_folder = folder; }
    /// The file as it will be created: ".gpkg" added when missing, absolute.
    QString path() const;
    QString displayName() const;
    void setDisplayName(const QString &name);
    /// Chooses or types the CRS ("EPSG:4549", "4528").
    void setCrsText(const QString &text);
    /// The EPSG code chosen, 0 when the text is not a usable projected CRS (crsMessage() says why).
    int epsg() const;
    QString crsMessage() const;

    /// Creates the cache; true and accept() on success, false with the reason in lastError() (also shown).
    bool create();
    QString lastError() const { return m_error; }

private:
    void browse();
    void checkCrs();
    void checkPath();
    void fail(const QString &message);

    PathField *m_path = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_crs = nullptr;
    QLabel *m_crsInfo = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
    QString m_openPath;
    QString m_folder = QDir::homePath();
    QString m_error;
    QString m_crsError;
    int m_epsg = 0;
    bool m_nameEdited = false;
    ConfirmReplace m_confirmReplace;
};

} // namespace zhili
