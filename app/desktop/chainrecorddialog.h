#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>
#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;

namespace zhili {

/// What the dialogs that record a chain's event or blockage share: a form, a district chooser (city-wide or
/// one district), dates as real calendar days, and a Record button that hands the values to an applier —
/// the audited edit — and closes only when it succeeded, showing its refusal otherwise. Enter never
/// records: the button is no default, so a half-filled form is not sent by surprise.
class ChainRecordDialog : public QDialog {
    Q_OBJECT
public:
    /// Returns the refusal for people, empty on success.
    using Applier = std::function<QString()>;

    void setApplier(Applier applier) { m_applier = std::move(applier); }
    QPushButton *recordButton() const { return m_record; }
    /// The message of the last refusal (empty after a success).
    QString errorText() const;

protected:
    ChainRecordDialog(const QString &title, const QString &recordText, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    /// A date box (YYYY-MM-DD, calendar) set to today.
    QDateEdit *addDate(const QString &label);
    /// A district box: "City-wide" (data empty) and `districts`.
    QComboBox *addDistrict(const QStringList &districts);
    static QString dateText(const QDateEdit *edit);
    static QString districtOf(const QComboBox *combo);
    /// Enables Record when `ready`; `why` (when not) becomes its tooltip.
    void setReady(bool ready, const QString &why = QString());

private:
    void record();

    QFormLayout *m_form;
    QLabel *m_error;
    QPushButton *m_record;
    Applier m_applier;
};

} // namespace zhili
