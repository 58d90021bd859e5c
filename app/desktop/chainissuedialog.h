#pragma once

#include "chains/chainactivitytypes.h"
#include "desktop/chainrecorddialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace zhili {

/// Opens a blockage (堵点难点) of one chain — what is blocked, where, who clears it, since when — or, given
/// an open one, closes it on a date (not before it opened): the values of `zhili-cli chain-issues add|close`.
class ChainIssueDialog : public ChainRecordDialog {
    Q_OBJECT
public:
    /// A new blockage of `chain`.
    ChainIssueDialog(const QString &chain, const QStringList &districts, QWidget *parent = nullptr);
    /// Closing `issue`.
    explicit ChainIssueDialog(const ChainIssue &issue, QWidget *parent = nullptr);

    /// The blockage as filled in (ecosystem and chain are the caller's).
    ChainIssue issue() const;
    /// The closing date (closing dialog).
    QString closedOn() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_district = nullptr;
    QLineEdit *m_owner = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace zhili
