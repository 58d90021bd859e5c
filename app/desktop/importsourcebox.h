#pragma once

#include "io/sourceinspector.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zhili {

class PathField;
struct ImportOptions;

/// The source half of an import dialog (parcels, district boundaries): the file box with Choose…, the layer,
/// the detected text encoding with its reason and an override, and the coordinate system (detected, or a
/// field for it when the file has none, with the EPSG:4549 / 4528 hint). It inspects the file through core's
/// SourceInspector; Enter or leaving the file box loads it (PathField), never imports.
class ImportSourceBox : public QWidget {
    Q_OBJECT
public:
    /// `chooseCaption`/`fileFilter`: the Choose… dialog; `placeholder`: the empty file box.
    ImportSourceBox(const QString &chooseCaption, const QString &fileFilter, const QString &placeholder,
                    QWidget *parent = nullptr);

    /// The form the rows are in: dialogs add their own rows below, aligned with these.
    QFormLayout *form() const { return m_form; }

    /// Inspects a file (and fills every row); false when it cannot be read (lastError() says why).
    bool setSource(const QString &path);
    /// Sets the encoding override ("" = detect) and inspects again.
    void setEncodingOverride(const QString &encoding);
    /// Sets source, layer, encoding and crs of `options` as the rows describe them.
    void fillOptions(ImportOptions &options) const;
    /// Disables the file box while an import runs.
    void setBusy(bool busy);

    const QString &source() const { return m_source; }
    const std::optional<SourceInfo> &info() const { return m_info; }
    /// The layer chosen, null when no file is loaded.
    const SourceLayerInfo *currentLayer() const;
    QString lastError() const { return m_error; }
    QString encodingText() const;
    QLineEdit *crsEdit() const { return m_crs; }

signals:
    /// The file could not be read: `message` names it and says what is wrong.
    void sourceFailed(const QString &message);
    /// A file was read (info() is set).
    void sourceLoaded();
    /// The layer shown changed, or was shown again after an inspection (currentLayer() may be null).
    void layerShown();

private:
    void browse();
    void inspect();
    void showLayer();
    QString encodingOverride() const;

    QString m_chooseCaption;
    QString m_fileFilter;
    QString m_source;
    std::optional<SourceInfo> m_info;
    QString m_error;

    QFormLayout *m_form = nullptr;
    PathField *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_encoding = nullptr;
    QComboBox *m_encodingOverride = nullptr;
    QLabel *m_crsInfo = nullptr;
    QLineEdit *m_crs = nullptr;
};

} // namespace zhili
