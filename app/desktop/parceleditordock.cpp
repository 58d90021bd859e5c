#include "desktop/parceleditordock.h"

#include "cache/geopackagecache.h"
#include "cache/parcelbyfidquery.h"
#include "desktop/assignparcelscommand.h"
#include "desktop/wheelguard.h"
#include "edit/assignmentvalidator.h"
#include "edit/parceleditor.h"
#include "edit/permissiondenied.h"
#include "edit/permissionpolicy.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/assignifchanged.h"
#include "util/error.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zhili {

namespace {

// Live validation of a selection checks each parcel's area; beyond this many the core still checks all of
// them when applying (and its messages are shown then).
constexpr int kMaxLiveChecks = 2000;

QIcon colorIcon(const QString &color)
{
    QPixmap pm(12, 12);
    pm.fill(QColor(color));
    return QIcon(pm);
}

QDoubleSpinBox *numberBox(QWidget *parent, int decimals, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    // Wide range on purpose: values beyond the sane maximum reach the validator, whose message explains them.
    box->setRange(0, 1e12);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(false);
    return box;
}

} // namespace

ParcelEditorDock::ParcelEditorDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("ParcelEditorDock"));
    setWindowTitle(tr("Parcel editor"));
    buildForm();
    fillChoosers();
    loadValues();
}

ParcelEditorDock::~ParcelEditorDock() = default;

void ParcelEditorDock::buildForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);

    m_header = new QLabel(body);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);

    auto *targets = new QHBoxLayout;
    m_toCurrent = new QRadioButton(tr("Current parcel"), body);
    m_toSelection = new QRadioButton(tr("Whole selection"), body);
    m_toCurrent->setChecked(true);
    targets->addWidget(m_toCurrent);
    targets->addWidget(m_toSelection);
    targets->addStretch();
    layout->addLayout(targets);

    m_reason = new QLabel(body);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setStyleSheet(QStringLiteral("QLabel { color: #a15c00; }"));
    m_reason->hide();
    layout->addWidget(m_reason);

    layout->addLayout(buildFieldRows(body));

    auto *buttons = new QHBoxLayout;
    m_revert = new QPushButton(tr("Revert"), body);
    m_apply = new QPushButton(tr("Apply"), body);
    m_apply->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    layout->addStretch();
    scroll->setWidget(body);
    setWidget(scroll);

    connectForm();
}

QFormLayout *ParcelEditorDock::buildFieldRows(QWidget *body)
{
    auto *form = new QFormLayout;
    m_ecosystem = new QComboBox(body);
    m_chain = new QComboBox(body);
    m_chain->setEditable(true);
    m_chain->setInsertPolicy(QComboBox::NoInsert);
    m_land = numberBox(body, 2, tr(" mu"));
    // Two decimals, as the figures are stored and Identify shows them.
    m_energy = numberBox(body, 2, tr(" tce/yr"));
    m_finance = numberBox(body, 2, tr(" 10k yuan"));
    m_status = new QComboBox(body);
    m_enterprise = new QLineEdit(body);
    m_notes = new QPlainTextEdit(body);
    m_notes->setMaximumHeight(80);
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_ecosystem, m_chain, m_land, m_energy, m_finance, m_status})
        WheelGuard::install(input);

    const QList<QPair<AssignmentField, QPair<QString, QWidget *>>> rows = {
        {AssignmentField::Ecosystem, {tr("Ecosystem"), m_ecosystem}},
        {AssignmentField::Chain, {tr("Chain"), m_chain}},
        {AssignmentField::LandMu, {tr("Land (mu)"), m_land}},
        {AssignmentField::EnergyTce, {tr("Energy (tce/yr)"), m_energy}},
        {AssignmentField::FinanceWan, {tr("Finance (10k yuan)"), m_finance}},
        {AssignmentField::Status, {tr("Status"), m_status}},
        {AssignmentField::Enterprise, {tr("Enterprise"), m_enterprise}},
        {AssignmentField::Notes, {tr("Notes"), m_notes}},
    };
    for (const auto &row : rows) {
        auto *cell = new QWidget(body);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        row.second.second->setObjectName(assignmentFieldKey(row.first));
        v->addWidget(row.second.second);
        auto *message = new QLabel(cell);
        message->setObjectName(QStringLiteral("message_") + assignmentFieldKey(row.first));
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        message->hide();
        v->addWidget(message);
        m_inputs.insert(int(row.first), row.second.second);
        m_messages.insert(int(row.first), message);
        form->addRow(row.second.first, cell);
    }
    return form;
}

void ParcelEditorDock::connectForm()
{
    connect(m_ecosystem, &QComboBox::currentIndexChanged, this, [this] {
        updateChainChoices();
        markDirty(AssignmentField::Ecosystem);
    });
    connect(m_chain, &QComboBox::currentTextChanged, this, [this] { markDirty(AssignmentField::Chain); });
    connect(m_land, &QDoubleSpinBox::valueChanged, this, [this] { markDirty(AssignmentField::LandMu); });
    connect(m_energy, &QDoubleSpinBox::valueChanged, this, [this] { markDirty(AssignmentField::EnergyTce); });
    connect(m_finance, &QDoubleSpinBox::valueChanged, this,
            [this] { markDirty(AssignmentField::FinanceWan); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { markDirty(AssignmentField::Status); });
    connect(m_enterprise, &QLineEdit::textChanged, this, [this] { markDirty(AssignmentField::Enterprise); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { markDirty(AssignmentField::Notes); });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_revert, &QPushButton::clicked, this, &ParcelEditorDock::reload);
    connect(m_toSelection, &QRadioButton::toggled, this, [this] {
        updatePermissions();
        updateHeader();
        validate();
    });
}

void ParcelEditorDock::fillChoosers()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ecosystem->clear();
    const QList<Ecosystem> ecos = m_cache ? m_cache->ecosystems() : builtinEcosystems();
    for (const Ecosystem &e : ecos)
        m_ecosystem->addItem(colorIcon(e.color), DisplayNames::of(e), e.key);
    m_ecosystem->addItem(colorIcon(unassignedColor()), tr("Unassigned"), QString(QLatin1String("")));

    m_status->clear();
    m_status->addItem(tr("(not set)"), QString(QLatin1String("")));
    for (const ParcelStatus &s : parcelStatuses())
        m_status->addItem(s.lowEfficiency ? tr("%1 (low-efficiency land)").arg(DisplayNames::of(s))
                                          : DisplayNames::of(s),
                          s.key);
    m_loading = wasLoading;
}

void ParcelEditorDock::updateChainChoices()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString text = m_chain->currentText();
    m_chain->clear();
    if (m_editor)
        m_chain->addItems(m_editor->validator().chainsOf(m_ecosystem->currentData().toString()));
    m_chain->setEditText(text);
    m_loading = wasLoading;
}

void ParcelEditorDock::setContext(GeoPackageCache *cache, ParcelEditor *editor, QUndoStack *undoStack)
{
    m_cache = cache;
    m_editor = cache ? editor : nullptr;
    m_undo = undoStack;
    m_current = 0;
    m_selection.clear();
    fillChoosers();
    loadValues();
}

void ParcelEditorDock::setUser(const std::optional<User> &user)
{
    m_user = user;
    updatePermissions();
}

void ParcelEditorDock::setCurrentParcel(qint64 fid)
{
    if (!assignIfChanged(m_current, fid))
        return;
    loadValues();
}

void ParcelEditorDock::setSelectedFids(const QSet<qint64> &fids)
{
    m_selection = fids;
    // The current parcel follows a one-parcel selection (a click on the map).
    if (fids.size() == 1 && *fids.cbegin() != m_current) {
        setCurrentParcel(*fids.cbegin());
        return;
    }
    updatePermissions();
    updateHeader();
    validate();
}

void ParcelEditorDock::setApplyToSelection(bool on)
{
    (on ? m_toSelection : m_toCurrent)->setChecked(true);
}

QList<qint64> ParcelEditorDock::targetFids() const
{
    if (m_toSelection->isChecked()) {
        QList<qint64> fids(m_selection.cbegin(), m_selection.cend());
        std::sort(fids.begin(), fids.end());
        return fids;
    }
    return m_current ? QList<qint64>{m_current} : QList<qint64>{};
}

void ParcelEditorDock::onParcelsChanged(const QList<qint64> &fids)
{
    if (m_current && fids.contains(m_current))
        reload();
}

void ParcelEditorDock::reload()
{
    loadValues();
}

void ParcelEditorDock::loadValues()
{
    m_loading = true;
    ParcelAssignment a;
    std::optional<Parcel> parcel;
    try {
        if (m_cache && m_current)
            parcel = m_cache->parcelByFid(m_current);
    } catch (const Error &e) {
        emit statusMessage(e.message());
    }
    if (!parcel)
        m_current = 0;
    else
        a = parcel->assignment;

    const int eco = m_ecosystem->findData(a.ecosystem);
    m_ecosystem->setCurrentIndex(eco >= 0 ? eco : m_ecosystem->count() - 1);
    updateChainChoices();
    m_chain->setEditText(a.chain);
    m_land->setValue(a.landMu);
    m_energy->setValue(a.energyTce);
    m_finance->setValue(a.financeWan);
    const int st = m_status->findData(a.status);
    m_status->setCurrentIndex(st >= 0 ? st : 0);
    m_enterprise->setText(a.enterprise);
    m_notes->setPlainText(a.notes);
    m_dirty.clear();
    m_loading = false;
    clearMessages();
    updatePermissions();
    updateHeader();
    validate();
}

void ParcelEditorDock::updateHeader()
{
    const int selected = int(m_selection.size());
    m_toSelection->setText(tr("Whole selection (%1 parcels)").arg(selected));
    m_toSelection->setEnabled(selected > 0);
    if (!m_cache) {
        m_header->setText(tr("No cache open."));
        return;
    }
    if (m_toSelection->isChecked()) {
        m_header->setText(
            tr("%1 selected parcels: only the fields you change are applied to all of them.").arg(selected));
        return;
    }
    std::optional<Parcel> p;
    try {
        if (m_current)
            p = m_cache->parcelByFid(m_current);
    } catch (const Error &e) {
        emit statusMessage(e.message());
    }
    if (!p) {
        m_header->setText(tr("No parcel: click a parcel on the map or a row in the attribute table."));
        return;
    }
    m_header->setText(tr("Parcel %1 %2 — %3, %4 mu (%5 ha)")
                          .arg(p->code, p->name, p->district, QString::number(p->areaMu(), 'f', 2),
                               QString::number(p->areaHa(), 'f', 4)));
}

void ParcelEditorDock::updatePermissions()
{
    QString reason;
    const QList<qint64> fids = targetFids();
    if (!m_cache || !m_editor)
        reason = tr("No cache open.");
    else if (m_cache->isReadOnly())
        reason = tr("The cache file is read-only: open a writable copy to edit.");
    else if (!m_user)
        reason = tr("No user chosen: choose who you are (File → Choose user) to edit.");
    else if (fids.isEmpty())
        reason = m_toSelection->isChecked()
                     ? tr("Nothing is selected.")
                     : tr("No parcel: click a parcel on the map or a row in the table.");
    else {
        // The same rule the core editor enforces; here only to explain before the user types.
        try {
            reason = refusalReason(fids);
        } catch (const Error &e) {
            reason = e.message();
        }
    }
    m_readOnly = !reason.isEmpty();
    m_readOnlyReason = reason;
    m_reason->setText(reason);
    m_reason->setVisible(m_readOnly && m_cache);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ecosystem, m_chain, m_land, m_energy, m_finance,
                                                       m_status, m_enterprise, m_notes})
        w->setEnabled(!m_readOnly);
    m_revert->setEnabled(!m_readOnly);
    validate();
}

QString ParcelEditorDock::refusalReason(const QList<qint64> &fids) const
{
    QString reason;
    ParcelByFidQuery parcels = ParcelByFidQuery::identity(m_cache->db());
    QString code, district;
    int refused = 0;
    QString first;
    for (qint64 fid : fids) {
        if (parcels.fetch(fid, code, district)) {
            const PermissionDecision d = PermissionPolicy::canEditParcel(*m_user, code, district);
            if (!d) {
                if (first.isEmpty())
                    first = d.reason;
                ++refused;
            }
        }
    }
    if (refused == 1 && fids.size() == 1)
        reason = tr("Read-only: %1").arg(first);
    else if (refused > 0)
        reason = tr("Read-only: you may not edit %1 of the %2 parcels. %3")
                     .arg(refused)
                     .arg(fids.size())
                     .arg(first);
    return reason;
}

QString ParcelEditorDock::readOnlyReason() const
{
    return m_readOnlyReason;
}

QWidget *ParcelEditorDock::fieldWidget(AssignmentField field) const
{
    return m_inputs.value(int(field));
}

QString ParcelEditorDock::fieldMessage(AssignmentField field) const
{
    const QLabel *l = m_messages.value(int(field));
    return l ? l->text() : QString();
}

void ParcelEditorDock::setMessage(AssignmentField field, const QString &message)
{
    if (QLabel *l = m_messages.value(int(field))) {
        l->setText(message);
        l->setVisible(!message.isEmpty());
    }
}

void ParcelEditorDock::clearMessages()
{
    for (QLabel *l : std::as_const(m_messages)) {
        l->clear();
        l->hide();
    }
}

void ParcelEditorDock::markDirty(AssignmentField field)
{
    if (m_loading)
        return;
    m_dirty.insert(int(field));
    validate();
}

namespace {

// The text in a field's input: a chooser's key, or what is typed into the editable chain box, a line or the
// notes.
QString inputText(const QWidget *input)
{
    if (const auto *box = qobject_cast<const QComboBox *>(input))
        return box->isEditable() ? box->currentText() : box->currentData().toString();
    if (const auto *line = qobject_cast<const QLineEdit *>(input))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(input))
        return text->toPlainText();
    return QString();
}

} // namespace

AssignmentPatch ParcelEditorDock::pendingPatch() const
{
    // fieldWidget() is the one map from a field to its input.
    AssignmentPatch p;
    for (int f : m_dirty) {
        const auto field = AssignmentField(f);
        const QWidget *input = fieldWidget(field);
        if (const auto *number = qobject_cast<const QDoubleSpinBox *>(input))
            p.setNumber(field, number->value());
        else
            p.setText(field, inputText(input));
    }
    return p;
}

void ParcelEditorDock::validate()
{
    if (!m_apply)
        return;
    clearMessages();
    const AssignmentPatch patch = pendingPatch();
    if (!m_editor || !m_cache || patch.isEmpty() || m_readOnly) {
        m_apply->setEnabled(false);
        return;
    }
    const AssignmentValidator &validator = m_editor->validator();
    QHash<int, QString> messages;
    auto collect = [&](const QList<FieldError> &errors) {
        for (const FieldError &e : errors)
            if (!messages.contains(int(e.field)))
                messages.insert(int(e.field), e.message);
    };
    collect(validator.checkValues(patch));
    int checked = 0;
    try {
        for (qint64 fid : targetFids()) {
            if (++checked > kMaxLiveChecks)
                break;
            if (std::optional<Parcel> p = m_cache->parcelByFid(fid))
                collect(validator.check(patch, *p));
        }
    } catch (const Error &e) {
        emit statusMessage(e.message()); // the core checks again when applying
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        setMessage(AssignmentField(it.key()), it.value());
    m_apply->setEnabled(messages.isEmpty());
}

bool ParcelEditorDock::apply()
{
    const AssignmentPatch patch = pendingPatch();
    const QList<qint64> fids = targetFids();
    if (!m_editor || !m_user || m_readOnly || patch.isEmpty() || fids.isEmpty())
        return false;
    EditRecord record;
    auto *command = new AssignParcelsCommand(*m_editor, *m_user, [&](const User &user) {
        record = m_editor->apply(user, fids, patch);
        return record;
    });
    QPointer<ParcelEditorDock> self(this);
    command->setChangedHandler([self](const QList<qint64> &changed) {
        if (self) {
            self->onParcelsChanged(changed);
            emit self->parcelsChanged(changed);
        }
    });
    command->setErrorHandler([self](const QString &message) {
        if (!self)
            return;
        emit self->statusMessage(message);
        // Not modal: undo runs from a shortcut, and the cache is unchanged anyway.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Undo / redo failed"), message, QMessageBox::Ok, self);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
    });
    try {
        CacheEditCommand::push(m_undo.data(), command); // its first redo() applies the edit
    } catch (const ValidationError &e) {
        for (const FieldError &fe : e.fieldErrors())
            setMessage(fe.field, fe.message);
        m_apply->setEnabled(false);
        emit statusMessage(e.message());
        return false;
    } catch (const PermissionDenied &e) {
        // Refused by core (and audited there): show why, keep the typed values.
        m_reason->setText(e.message());
        m_reason->show();
        emit statusMessage(e.message());
        return false;
    } catch (const Error &e) {
        m_reason->setText(e.message());
        m_reason->show();
        emit statusMessage(e.message());
        return false;
    }
    if (record.isEmpty()) {
        emit statusMessage(tr("Nothing changed: the parcels already hold these values."));
        loadValues();
        return true;
    }
    const QList<qint64> changed = record.fids();
    // Apply turns itself off once the values are stored, and Qt would hand the focus to the next dock (the
    // table's search box): keep it on the field just edited.
    if (m_apply->hasFocus() && !patch.fields().isEmpty())
        if (QWidget *edited = fieldWidget(patch.fields().first()))
            edited->setFocus(Qt::OtherFocusReason);
    loadValues();
    emit parcelsChanged(changed);
    emit statusMessage(tr("Applied to %n parcel(s).", nullptr, int(changed.size())));
    return true;
}

} // namespace zhili
