#include "desktop/chainrecorddialog.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zhili {

ChainRecordDialog::ChainRecordDialog(const QString &title, const QString &recordText, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel)
{
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("chainRecordError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(recordText, QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("chainRecordButton"));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b))
            p->setAutoDefault(false); // Enter in a text box must not record a half-filled form
    connect(buttons, &QDialogButtonBox::accepted, this, &ChainRecordDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ChainRecordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QDateEdit *ChainRecordDialog::addDate(const QString &label)
{
    auto *edit = new QDateEdit(QDate::currentDate());
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1949, 10, 1));
    m_form->addRow(label, edit);
    return edit;
}

QComboBox *ChainRecordDialog::addDistrict(const QStringList &districts)
{
    auto *combo = new QComboBox;
    combo->addItem(tr("City-wide"), QString());
    for (const QString &d : districts)
        combo->addItem(d, d);
    m_form->addRow(tr("District:"), combo);
    return combo;
}

QString ChainRecordDialog::dateText(const QDateEdit *edit)
{
    return edit->date().toString(Qt::ISODate);
}

QString ChainRecordDialog::districtOf(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void ChainRecordDialog::setReady(bool ready, const QString &why)
{
    m_record->setEnabled(ready);
    m_record->setToolTip(ready ? QString() : why);
}

void ChainRecordDialog::record()
{
    const QString refusal = m_applier ? m_applier() : QString();
    m_error->setText(refusal);
    m_error->setVisible(!refusal.isEmpty());
    if (refusal.isEmpty())
        accept();
}

} // namespace zhili
