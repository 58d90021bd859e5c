#pragma once

#include "desktop/baseimportdialog.h"

class QComboBox;
class QLabel;

namespace zhili {

/// File ▸ Import district boundaries: the window's `zhili-cli import-districts`. Shows the file's encoding,
/// CRS and fields as the parcel import does, lets the user pick the field with the district names (proposed
/// as core's DistrictImporter would pick it, with sample names), and runs DistrictImporter off the GUI thread
/// with progress and Cancel. The import is one transaction on its own connection: after a failure or a
/// cancel the cache is as it was.
class DistrictImportDialog : public BaseImportDialog {
    Q_OBJECT
public:
    /// `cachePath`: the open cache; `userName` is checked and recorded as for any import (admins only).
    DistrictImportDialog(const QString &cachePath, const QString &userName, QWidget *parent = nullptr);

    ImportOptions options() const override;
    /// The field the names are taken from.
    QString nameField() const;
    void setNameField(const QString &field);

protected:
    ImportRunBox::Job job(const ImportOptions &options) const override;
    QString successText(const ImportReport &report) const override;
    QString failureText(const QString &error) const override;

private:
    void showLayer();
    void showSamples();

    QComboBox *m_nameField = nullptr;
    QLabel *m_samples = nullptr;
};

} // namespace zhili
