#include "desktop/chainissuedialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace zhili {

ChainIssueDialog::ChainIssueDialog(const QString &chain, const QStringList &districts, QWidget *parent)
    : ChainRecordDialog(tr("Blockage of %1").arg(chain), tr("&Record blockage"), parent),
      m_text(new QPlainTextEdit), m_owner(new QLineEdit)
{
    setObjectName(QStringLiteral("chainIssueDialog"));
    m_text->setObjectName(QStringLiteral("issueText"));
    m_text->setPlaceholderText(tr("What is blocked, e.g. no local supplier of a key part"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    form()->addRow(tr("Blockage:"), m_text);
    m_district = addDistrict(districts);
    m_owner->setObjectName(QStringLiteral("issueOwner"));
    m_owner->setPlaceholderText(tr("e.g. the bureau of economy and IT"));
    form()->addRow(tr("Owner:"), m_owner);
    m_date = addDate(tr("Opened on:"));
    auto update = [this] {
        const qsizetype n = m_text->toPlainText().trimmed().size();
        setReady(n > 0 && n <= 2000, tr("Describe the blockage (1 to 2000 characters)."));
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, update);
    update();
    resize(480, sizeHint().height());
}

ChainIssueDialog::ChainIssueDialog(const ChainIssue &issue, QWidget *parent)
    : ChainRecordDialog(tr("Close blockage #%1").arg(issue.id), tr("&Close blockage"), parent)
{
    setObjectName(QStringLiteral("chainIssueCloseDialog"));
    auto *text = new QLabel(issue.text);
    text->setWordWrap(true);
    form()->addRow(tr("Blockage:"), text);
    form()->addRow(tr("Opened on:"), new QLabel(issue.openedOn));
    m_date = addDate(tr("Closed on:"));
    m_date->setMinimumDate(QDate::fromString(issue.openedOn, Qt::ISODate)); // not before it opened
}

ChainIssue ChainIssueDialog::issue() const
{
    ChainIssue i;
    if (m_text)
        i.text = m_text->toPlainText().trimmed();
    if (m_district)
        i.district = districtOf(m_district);
    if (m_owner)
        i.owner = m_owner->text().trimmed();
    i.openedOn = dateText(m_date);
    return i;
}

QString ChainIssueDialog::closedOn() const
{
    return dateText(m_date);
}

} // namespace zhili
