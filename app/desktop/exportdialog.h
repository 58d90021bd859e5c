#pragma once

#include "desktop/runcontrols.h"
#include "io/exportoptions.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace zhili {

class PathField;

/// Exports parcels (the selection, a district or all) to a shapefile, zip, GeoPackage, GeoJSON or CSV — the
/// format by the file's suffix — with the options of `zhili-cli export`. ParcelExporter runs off the GUI
/// thread on its own read-only connection, with a progress bar and Cancel; a canceled or failed export
/// leaves no file. Enter in the path box never starts it: Export is a deliberate click.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { Selection, District, All };

    ExportDialog(const QString &cachePath, const QStringList &districts, const QSet<qint64> &selection,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setScope(Scope scope);
    void setDistrict(const QString &district);
    void setOutputPath(const QString &path);
    /// The options the export will run with.
    ExportOptions options() const;
    /// Starts the export in a worker thread; false (with the reason shown) when the fields are incomplete.
    bool startExport();
    void cancelExport();
    bool isRunning() const { return m_run->isRunning(); }

    const std::optional<ExportReport> &report() const { return m_report; }
    QString lastError() const { return m_error; }
    PathField *pathField() const { return m_path; }
    QPushButton *exportButton() const { return m_run->startButton(); }
    QComboBox *encodingBox() const { return m_encoding; }
    QLineEdit *crsEdit() const { return m_crs; }
    QCheckBox *sourceAttributesBox() const { return m_source; }

signals:
    /// Emitted when an export ends either way.
    void exportEnded(bool ok);

private slots:
    void browse();
    void onFinished();
    void updateFormat();

private:
    QWidget *buildScopeBox();
    QWidget *buildOptionsBox();
    void buildFooter();

    QString m_cachePath;
    QSet<qint64> m_selection;
    std::optional<ExportReport> m_report;
    QString m_error;

    QRadioButton *m_scopeSelection = nullptr;
    QRadioButton *m_scopeDistrict = nullptr;
    QRadioButton *m_scopeAll = nullptr;
    QComboBox *m_district = nullptr;
    PathField *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_crs = nullptr;
    QCheckBox *m_source = nullptr;
    QCheckBox *m_wkt = nullptr;
    QLabel *m_status = nullptr;
    RunControls *m_run = nullptr;
};

} // namespace zhili
