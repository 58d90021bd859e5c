#pragma once

#include "io/importoptions.h"
#include "io/importreport.h"
#include "io/sourceinspector.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QVBoxLayout;

namespace zhili {

class BackgroundTask;
class PathField;

/// Imports a parcel layer (shp / zip / gpkg / geojson) into a cache.
///
/// Shows what core's SourceInspector finds — the detected encoding with its reason and decoded sample values
/// (an override re-previews), the CRS (or a field for it when the file has none, with the EPSG:4549 / 4528
/// hint), the district (a name or a field) and the proposed field mapping — then runs ParcelImporter off the
/// GUI thread with a progress bar and Cancel (the progress callback returns false). The importer works in one
/// transaction on its own connection: after a failure or a cancel the cache is unchanged.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    /// `cachePath`: the cache to import into (created when missing); `userName` goes into the audit/import
    /// log.
    ImportDialog(const QString &cachePath, const QString &userName, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The districts already in the cache, offered in the district chooser (free text stays possible).
    void setDistrictNames(const QStringList &names);
    /// Inspects a file (and fills every section); false with the message shown when it cannot be read.
    bool setSource(const QString &path);
    /// Sets the encoding override ("" = detect) and previews again.
    void setEncodingOverride(const QString &encoding);
    /// The options the import will run with (as the dialog's fields describe them).
    ImportOptions options() const;
    /// Starts the import in a worker thread; returns at once (false when the fields are incomplete).
    bool startImport();
    /// Asks the running import to stop (it rolls back).
    void cancelImport();
    bool isRunning() const;

    const std::optional<SourceInfo> &sourceInfo() const { return m_info; }
    /// The report of the last successful import.
    const std::optional<ImportReport> &report() const { return m_report; }
    /// The last error message (also shown in an error box), empty after success.
    QString lastError() const { return m_error; }
    QString encodingText() const;
    QTableWidget *previewTable() const { return m_preview; }
    QLineEdit *crsEdit() const { return m_crs; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    /// The import committed: reload the cache (map, table, districts).
    void importFinished(const zhili::ImportReport &report);
    /// Emitted when an import ends either way (after importFinished on success).
    void importEnded(bool ok);

private slots:
    void browse();
    void onLayerChanged();
    void onFinished();
    void showProgress(qint64 done, qint64 total);

private:
    // The constructor's steps, top to bottom (widgets are made in tab order).
    QLayout *buildFileRow();
    void buildSourceRows(QFormLayout *form);   // layer, text encoding, coordinate system
    void buildDistrictRows(QFormLayout *form); // district, repeated codes
    QWidget *buildPreviewBox();
    QWidget *buildMappingBox();
    void buildFooter(QVBoxLayout *layout); // progress, report, buttons
    void connectSignals();
    void inspect();
    void showLayer();
    void setRunning(bool running);
    const SourceLayerInfo *currentLayer() const;
    QString encodingOverride() const;

    QString m_cachePath;
    QString m_user;
    QString m_source;
    std::optional<SourceInfo> m_info;
    std::optional<ImportReport> m_report;
    QString m_error;

    PathField *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_encoding = nullptr;
    QComboBox *m_encodingOverride = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_crsInfo = nullptr;
    QLineEdit *m_crs = nullptr;
    QRadioButton *m_districtByName = nullptr;
    QRadioButton *m_districtByField = nullptr;
    QComboBox *m_districtName = nullptr;
    QComboBox *m_districtField = nullptr;
    QComboBox *m_duplicates = nullptr;
    QTableWidget *m_mapping = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_reportText = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    BackgroundTask *m_task = nullptr; ///< runs the import: cancelImport() cancels it
};

} // namespace zhili
