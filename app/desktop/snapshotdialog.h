#pragma once

#include "geometry/envelope.h"
#include "layout/layouttemplate.h"
#include "layout/snapshotframe.h"

#include <QDialog>
#include <QImage>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace zhili {

class GeoPackageCache;
class MapScene;

/// 导出快照 export dialog: page, frame (current view / city / a district), texts, theme and elements, a live
/// preview of the sheet, and export to PNG/PDF/SVG through the same SnapshotLayout as `zhili-cli snapshot`.
/// Opens its own read-only connection to the cache and its own MapScene, so it never disturbs the canvas.
class SnapshotDialog : public QDialog {
    Q_OBJECT
public:
    /// `viewExtent` is the canvas's current extent (null = start with the whole city). Throws zhili::Error
    /// when the cache cannot be opened.
    SnapshotDialog(const QString &cachePath, const Envelope &viewExtent, QWidget *parent = nullptr);
    ~SnapshotDialog() override;

    /// The sheet as the controls describe it.
    LayoutTemplate layoutTemplate() const;
    SnapshotFrame frame() const;
    void setLayoutTemplate(const LayoutTemplate &t);
    /// The last preview (rendered small); null before the first one.
    QImage previewImage() const { return m_preview; }
    /// Writes the sheet to `path` (format from the suffix); false with errorMessage() on failure.
    bool exportTo(const QString &path);
    QString errorMessage() const { return m_error; }

public slots:
    /// Re-renders the preview now (it also follows every change, debounced).
    void updatePreview();

private:
    // The constructor's steps.
    void buildOptionWidgets();      // page, frame, theme, titles, DPI, check boxes
    QFormLayout *buildOptionForm(); // the options and the template buttons
    QLayout *buildPreviewColumn();  // preview, status, progress
    void connectPreviewUpdates();   // any option change redraws the preview after a pause
    void exportClicked();
    void loadTemplateClicked();
    void saveTemplateClicked();

    std::unique_ptr<GeoPackageCache> m_cache;
    std::unique_ptr<MapScene> m_scene;
    Envelope m_viewExtent;
    QComboBox *m_page = nullptr;
    QComboBox *m_frame = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QSpinBox *m_dpi = nullptr;
    QCheckBox *m_summary = nullptr;
    QCheckBox *m_overview = nullptr;
    QCheckBox *m_watermark = nullptr;
    QCheckBox *m_labels = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_debounce = nullptr;
    QImage m_preview;
    QString m_error;
    LayoutTemplate m_base; ///< fields the dialog has no control for (date, source …) come from here
};

} // namespace zhili
