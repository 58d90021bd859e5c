#pragma once

#include "desktop/baseimportdialog.h"
#include "io/sourceinspector.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace zhili {

/// Imports a parcel layer (shp / zip / gpkg / geojson) into a cache.
///
/// Shows what core's SourceInspector finds — the detected encoding with its reason and decoded sample values
/// (an override re-previews), the CRS (or a field for it when the file has none, with the EPSG:4549 / 4528
/// hint), the district (a name or a field) and the proposed field mapping — then runs ParcelImporter off the
/// GUI thread with a progress bar and Cancel (the progress callback returns false). The importer works in one
/// transaction on its own connection: after a failure or a cancel the cache is unchanged.
class ImportDialog : public BaseImportDialog {
    Q_OBJECT
public:
    /// `cachePath`: the cache to import into (created when missing); `userName` goes into the audit/import
    /// log.
    ImportDialog(const QString &cachePath, const QString &userName, QWidget *parent = nullptr);

    /// The districts already in the cache, offered in the district chooser (free text stays possible).
    void setDistrictNames(const QStringList &names);
    /// Sets the encoding override ("" = detect) and previews again.
    void setEncodingOverride(const QString &encoding);
    ImportOptions options() const override;

    const std::optional<SourceInfo> &sourceInfo() const;
    QString encodingText() const;
    QTableWidget *previewTable() const { return m_preview; }
    QLineEdit *crsEdit() const;

protected:
    ImportRunBox::Job job(const ImportOptions &options) const override;
    QString successText(const ImportReport &report) const override;
    QString failureText(const QString &error) const override;

private:
    // The constructor's steps, top to bottom (widgets are made in tab order).
    void buildDistrictRows(QFormLayout *form); // district, repeated codes
    QWidget *buildPreviewBox();
    QWidget *buildMappingBox();
    void connectSignals();
    void showLayer();

    QTableWidget *m_preview = nullptr;
    QRadioButton *m_districtByName = nullptr;
    QRadioButton *m_districtByField = nullptr;
    QComboBox *m_districtName = nullptr;
    QComboBox *m_districtField = nullptr;
    QComboBox *m_duplicates = nullptr;
    QCheckBox *m_removeMissing = nullptr;
    QTableWidget *m_mapping = nullptr;
};

} // namespace zhili
