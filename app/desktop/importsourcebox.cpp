#include "desktop/importsourcebox.h"

#include "desktop/pathfield.h"
#include "io/importoptions.h"
#include "util/error.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zhili {

ImportSourceBox::ImportSourceBox(const QString &chooseCaption, const QString &fileFilter,
                                 const QString &placeholder, QWidget *parent)
    : QWidget(parent), m_chooseCaption(chooseCaption), m_fileFilter(fileFilter)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_path = new PathField(this);
    m_path->setPlaceholderText(placeholder);
    m_browse = new QPushButton(tr("Choose file…"), this);
    m_form->addRow(tr("File"), m_path->rowWith(m_browse));

    m_layer = new QComboBox(this);
    m_form->addRow(tr("Layer"), m_layer);
    auto *encBox = new QVBoxLayout;
    m_encoding = new QLabel(this);
    m_encoding->setWordWrap(true);
    m_encoding->setTextFormat(Qt::PlainText);
    m_encoding->setMinimumHeight(m_encoding->fontMetrics().lineSpacing() * 2);
    m_encodingOverride = new QComboBox(this);
    m_encodingOverride->setEditable(true);
    m_encodingOverride->addItem(tr("Detect"), QString());
    for (const char *e : {"UTF-8", "GBK", "GB18030", "BIG5", "ISO-8859-1"})
        m_encodingOverride->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(new QLabel(tr("Override"), this));
    overrideRow->addWidget(m_encodingOverride);
    overrideRow->addStretch();
    encBox->addWidget(m_encoding);
    encBox->addLayout(overrideRow);
    m_form->addRow(tr("Text encoding"), encBox);
    m_crsInfo = new QLabel(this);
    m_crsInfo->setWordWrap(true);
    m_crsInfo->setTextFormat(Qt::PlainText);
    m_crs = new QLineEdit(this);
    m_crs->setPlaceholderText(
        tr("e.g. EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000)"));
    auto *crsBox = new QVBoxLayout;
    crsBox->addWidget(m_crsInfo);
    crsBox->addWidget(m_crs);
    m_form->addRow(tr("Coordinate system"), crsBox);

    connect(m_browse, &QPushButton::clicked, this, &ImportSourceBox::browse);
    connect(m_path, &PathField::pathEntered, this, [this](const QString &path) { setSource(path); });
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ImportSourceBox::showLayer);
    connect(m_encodingOverride, &QComboBox::activated, this, [this] {
        const QVariant d = m_encodingOverride->currentData();
        setEncodingOverride(d.isValid() ? d.toString() : m_encodingOverride->currentText());
    });
}

void ImportSourceBox::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, m_chooseCaption, m_path->text(), m_fileFilter);
    if (!path.isEmpty())
        setSource(path);
}

bool ImportSourceBox::setSource(const QString &path)
{
    m_source = path;
    m_path->setPath(path);
    inspect();
    return m_info.has_value();
}

void ImportSourceBox::setEncodingOverride(const QString &encoding)
{
    const int i = m_encodingOverride->findData(encoding);
    if (i >= 0)
        m_encodingOverride->setCurrentIndex(i);
    else
        m_encodingOverride->setEditText(encoding);
    if (!m_source.isEmpty())
        inspect();
}

void ImportSourceBox::setBusy(bool busy)
{
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
}

void ImportSourceBox::inspect()
{
    m_info.reset();
    m_error.clear();
    const QString encoding = encodingOverride();
    const QString previousLayer = m_layer->currentData().toString();
    try {
        m_info = SourceInspector::inspect(m_source, encoding);
    } catch (const Error &e) {
        m_error = e.message();
        m_encoding->clear();
        emit sourceFailed(m_error);
        return;
    }
    const QSignalBlocker block(m_layer);
    m_layer->clear();
    for (const SourceLayerInfo &l : m_info->layers)
        m_layer->addItem(tr("%1 (%2, %3 features)").arg(l.name, l.geometryType).arg(l.featureCount), l.name);
    const int keep = m_layer->findData(previousLayer);
    m_layer->setCurrentIndex(keep >= 0 ? keep : 0);
    for (int i = 0; i < m_info->layers.size(); ++i)
        if (keep < 0 && m_info->layers.at(i).isPolygon) {
            m_layer->setCurrentIndex(i);
            break;
        }
    m_layer->setEnabled(m_info->layers.size() > 1);
    emit sourceLoaded();
    showLayer();
}

const SourceLayerInfo *ImportSourceBox::currentLayer() const
{
    if (!m_info)
        return nullptr;
    const int i = m_layer->currentIndex();
    return i >= 0 && i < m_info->layers.size() ? &m_info->layers.at(i) : nullptr;
}

void ImportSourceBox::showLayer()
{
    if (const SourceLayerInfo *l = currentLayer()) {
        if (!l->encodingError.isEmpty())
            m_encoding->setText(
                tr("Cannot decide: %1 Choose an encoding on the right.").arg(l->encodingError));
        else
            m_encoding->setText(tr("%1 — %2").arg(l->encoding, l->encodingReason));
        if (!l->crsAuthId.isEmpty() || !l->crsName.isEmpty()) {
            m_crsInfo->setText(l->crsNote.isEmpty()
                                   ? tr("Detected: %1 %2").arg(l->crsAuthId, l->crsName)
                                   : tr("Detected: %1 %2 — %3").arg(l->crsAuthId, l->crsName, l->crsNote));
            m_crs->setPlaceholderText(tr("Leave empty to use the detected system"));
        } else {
            m_crsInfo->setText(tr("No coordinate system in the file (%1). Enter it: Hangzhou data is usually "
                                  "EPSG:4549 (eastings near 515000) or EPSG:4528 (eastings near 40515000).")
                                   .arg(l->crsNote));
        }
    }
    emit layerShown();
}

QString ImportSourceBox::encodingOverride() const
{
    // A listed choice, or what the user typed into the editable box; "Detect" (index 0) means none.
    const QString text = m_encodingOverride->currentText().trimmed();
    const int i = m_encodingOverride->currentIndex();
    if (i >= 0 && m_encodingOverride->itemText(i) == text)
        return m_encodingOverride->itemData(i).toString();
    return text;
}

QString ImportSourceBox::encodingText() const
{
    return m_encoding->text();
}

void ImportSourceBox::fillOptions(ImportOptions &options) const
{
    options.source = m_source;
    if (const SourceLayerInfo *l = currentLayer())
        options.layer = m_info->layers.size() > 1 ? l->name : QString();
    options.encoding = encodingOverride();
    options.crs = m_crs->text().trimmed();
}

} // namespace zhili
