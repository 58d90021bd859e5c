#include "desktop/targetsdock.h"

#include "cache/geopackagecache.h"
#include "desktop/keydistrictscommand.h"
#include "desktop/keydistricttablemodel.h"
#include "desktop/readonlyreason.h"
#include "desktop/targeteditcommand.h"
#include "desktop/targetkeydelegate.h"
#include "desktop/targettablemodel.h"
#include "edit/permissionpolicy.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QComboBox>
#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zhili {

namespace {
void fillEcosystems(QComboBox *combo)
{
    for (const Ecosystem &e : builtinEcosystems()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(e.color));
        combo->addItem(QIcon(swatch), DisplayNames::of(e), e.key);
    }
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// Makes `view` as tall as its header and all its rows: the key districts are one row per district of the
// city, few enough to read at once, and a list cut to one row hid which districts were key districts.
void fitHeightToRows(QTableView *view)
{
    const int rows = view->model()->rowCount();
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth() +
                 rows * view->verticalHeader()->defaultSectionSize();
    if (view->horizontalHeader()->length() > view->viewport()->width())
        height += view->horizontalScrollBar()->sizeHint().height();
    view->setMinimumHeight(height);
    view->setMaximumHeight(height);
}
} // namespace

TargetsDock::TargetsDock(QWidget *parent)
    : QDockWidget(tr("Targets and key districts"), parent), m_year(new QSpinBox), m_rights(new QLabel),
      m_message(new QLabel), m_targets(new TargetTableModel(this)), m_newEcosystem(new QComboBox),
      m_newDistrict(new QComboBox), m_add(new QPushButton(tr("&Add target"))),
      m_delete(new QPushButton(tr("&Delete selected"))), m_keyEcosystem(new QComboBox),
      m_keys(new KeyDistrictTableModel(this))
{
    setObjectName(QStringLiteral("targetsDock"));
    m_year->setObjectName(QStringLiteral("targetsYear"));
    m_year->setRange(1949, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_targets->setYear(m_year->value());
    m_rights->setObjectName(QStringLiteral("targetsRights"));
    m_rights->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("targetsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    m_targetView = makeTable(m_targets, QStringLiteral("targetsTable"));
    m_keyDelegate = new TargetKeyDelegate(m_targetView);
    m_targetView->setItemDelegate(m_keyDelegate);
    m_keyView = makeTable(m_keys, QStringLiteral("keyDistrictsTable"));
    fillEcosystems(m_newEcosystem);
    fillEcosystems(m_keyEcosystem);
    m_newEcosystem->setObjectName(QStringLiteral("newTargetEcosystem"));
    m_newDistrict->setObjectName(QStringLiteral("newTargetDistrict"));
    m_keyEcosystem->setObjectName(QStringLiteral("keyDistrictEcosystem"));
    m_newEcosystem->setToolTip(tr("Ecosystem of the new target"));
    m_newDistrict->setToolTip(tr("District of the new target (or city-wide)"));

    setWidget(buildLayout());

    m_targets->setApplier([this](const QList<TargetEdit> &edits) { return applyTargetEdits(edits); });
    m_keys->setApplier(
        [this](const QString &eco, const QList<KeyDistrict> &before, const QList<KeyDistrict> &after) {
            return applyKeyDistricts(eco, before, after);
        });
    connect(m_targets, &TargetTableModel::errorOccurred, this, &TargetsDock::showError);
    connect(m_keys, &KeyDistrictTableModel::errorOccurred, this, &TargetsDock::showError);
    connect(m_year, &QSpinBox::valueChanged, m_targets, &TargetTableModel::setYear);
    connect(m_keyEcosystem, &QComboBox::currentIndexChanged, this,
            [this] { m_keys->setEcosystem(m_keyEcosystem->currentData().toString()); });
    connect(m_add, &QPushButton::clicked, this, &TargetsDock::addTarget);
    connect(m_delete, &QPushButton::clicked, this, &TargetsDock::deleteSelectedTargets);
    const auto fitKeys = [this] { fitHeightToRows(m_keyView); };
    connect(m_keys, &QAbstractItemModel::modelReset, this, fitKeys); // another ecosystem or cache
    connect(m_keyView->horizontalHeader(), &QHeaderView::geometriesChanged, this, fitKeys);
    m_keys->setEcosystem(m_keyEcosystem->currentData().toString());
    fitKeys();
    updateEditable();
}

TargetsDock::~TargetsDock() = default;

QWidget *TargetsDock::buildLayout()
{
    auto *targetsBox = new QGroupBox(tr("Assessment targets"));
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year")));
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    targetsLayout->addLayout(yearRow);
    targetsLayout->addWidget(m_targetView, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newEcosystem, 1);
    addRow->addWidget(m_newDistrict, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_delete);
    targetsLayout->addLayout(addRow);

    auto *keysBox = new QGroupBox(tr("Key districts per ecosystem"));
    auto *keysLayout = new QVBoxLayout(keysBox);
    auto *ecoRow = new QHBoxLayout;
    ecoRow->addWidget(new QLabel(tr("Ecosystem")));
    ecoRow->addWidget(m_keyEcosystem, 1);
    keysLayout->addLayout(ecoRow);
    keysLayout->addWidget(m_keyView, 1);

    // The key districts take the height of all their rows, the targets the rest (a few rows at least);
    // a short dock scrolls rather than cutting either list.
    m_targetView->setMinimumHeight(m_targetView->verticalHeader()->defaultSectionSize() * 5);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(targetsBox);
    split->addWidget(keysBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_rights);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    return scroll;
}

void TargetsDock::setContext(GeoPackageCache *cache, QUndoStack *undoStack)
{
    m_cache = cache;
    m_undo = undoStack;
    m_newDistrict->clear();
    m_newDistrict->addItem(tr("City-wide"), QString());
    const QStringList districts = m_cache ? m_cache->districtNames() : QStringList();
    for (const QString &d : districts)
        m_newDistrict->addItem(d, d);
    m_keyDelegate->setDistricts(districts);
    clearError();
    m_targets->setCache(cache);
    m_keys->setCache(cache);
    updateEditable();
}

void TargetsDock::setUser(const std::optional<User> &user)
{
    m_user = user;
    updateEditable();
}

void TargetsDock::setYear(int year)
{
    m_year->setValue(year);
}

int TargetsDock::year() const
{
    return m_year->value();
}

void TargetsDock::setKeyEcosystem(const QString &key)
{
    m_keyEcosystem->setCurrentIndex(m_keyEcosystem->findData(key));
}

QString TargetsDock::readOnlyReason() const
{
    return zhili::readOnlyReason(
        m_cache, m_user,
        [](const User &u) {
            return PermissionPolicy::canEditTargets(u) && PermissionPolicy::canEditKeyDistricts(u);
        },
        tr("Open a cache to see its targets."),
        tr("Read only: only city planners and administrators may edit targets and key districts (you "
           "are %1)."));
}

void TargetsDock::updateEditable()
{
    const QString reason = readOnlyReason();
    m_editable = reason.isEmpty();
    m_rights->setText(reason);
    m_rights->setVisible(!m_editable);
    m_targets->setEditable(m_editable);
    m_keys->setEditable(m_editable);
    for (QWidget *w : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_delete),
                       static_cast<QWidget *>(m_newEcosystem), static_cast<QWidget *>(m_newDistrict)})
        w->setEnabled(m_editable);
}

void TargetsDock::showError(const QString &message)
{
    m_lastError = message;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void TargetsDock::clearError()
{
    showError(QString());
}

void TargetsDock::changed()
{
    emit targetsChanged();
}

bool TargetsDock::applyTargetEdits(const QList<TargetEdit> &edits)
{
    if (!m_cache || edits.isEmpty())
        return false;
    return writeAndPush([&](const User &user) { return new TargetEditCommand(*m_cache, user, edits); });
}

bool TargetsDock::applyKeyDistricts(const QString &ecosystem, const QList<KeyDistrict> &before,
                                    const QList<KeyDistrict> &after)
{
    if (!m_cache)
        return false;
    return writeAndPush(
        [&](const User &user) { return new KeyDistrictsCommand(*m_cache, user, ecosystem, before, after); });
}

template <typename MakeCommand> bool TargetsDock::writeAndPush(MakeCommand makeCommand)
{
    try {
        if (!m_user)
            throw Error(tr("Choose a user first (File ▸ Choose user…)."));
        auto *command = makeCommand(*m_user);
        command->setChangedHandler([this] {
            clearError();
            reload();
            changed();
        });
        command->setErrorHandler([this](const QString &m) {
            showError(m);
            reload();
        });
        // Core checks the role (auditing a refusal), the values and that the rows are still what we read.
        CacheEditCommand::push(m_undo, command);
    } catch (const Error &e) {
        showError(e.message());
        // Show what is stored now (someone may have changed it meanwhile); queued, because this may run
        // inside the table's commit of its editor.
        QMetaObject::invokeMethod(this, &TargetsDock::reload, Qt::QueuedConnection);
        return false;
    }
    clearError();
    changed();
    return true;
}

void TargetsDock::addTarget()
{
    Target t;
    t.year = year();
    t.ecosystem = m_newEcosystem->currentData().toString();
    t.district = m_newDistrict->currentData().toString();
    if (applyTargetEdits({TargetEdit{std::nullopt, t}})) {
        m_targets->reload();
        const int row = m_targets->rowOf(t.ecosystem, t.district);
        if (row >= 0) {
            m_targetView->setCurrentIndex(m_targets->index(row, TargetTableModel::LandColumn));
            m_targetView->scrollTo(m_targets->index(row, 0));
        }
    }
}

void TargetsDock::deleteSelectedTargets()
{
    QList<TargetEdit> edits;
    for (const QModelIndex &i : m_targetView->selectionModel()->selectedRows())
        edits.append(TargetEdit{m_targets->targets().value(i.row()), std::nullopt});
    if (edits.isEmpty())
        return;
    if (applyTargetEdits(edits))
        m_targets->reload();
}

void TargetsDock::reload()
{
    m_targets->reload();
    m_keys->reload();
}

} // namespace zhili
