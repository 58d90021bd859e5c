#include "desktop/attributetabledock.h"

#include "cache/geopackagecache.h"
#include "desktop/parceltablemodel.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/assignifchanged.h"
#include "util/error.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace zhili {

namespace {

QIcon colorIcon(const QString &color)
{
    QPixmap pm(12, 12);
    pm.fill(QColor(color));
    return QIcon(pm);
}

// Chooser item data: an invalid QVariant = "all"; a string (possibly "") = that value.
void setChooserValue(QComboBox *box, const QStringList &values)
{
    if (values.size() != 1) {
        box->setCurrentIndex(0);
        return;
    }
    for (int i = 1; i < box->count(); ++i)
        if (box->itemData(i).toString() == values.first()) {
            box->setCurrentIndex(i);
            return;
        }
    box->setCurrentIndex(0);
}

} // namespace

AttributeTableDock::AttributeTableDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("AttributeTableDock"));
    setWindowTitle(tr("Attribute table"));

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    m_text = new QLineEdit(body);
    m_text->setPlaceholderText(tr("Code, name or enterprise"));
    m_text->setClearButtonEnabled(true);
    m_district = new QComboBox(body);
    m_ecosystem = new QComboBox(body);
    m_status = new QComboBox(body);
    m_selectedOnly = new QCheckBox(tr("Show selected only"), body);
    m_count = new QLabel(body);
    bar->addWidget(m_text, 2);
    bar->addWidget(m_district, 1);
    bar->addWidget(m_ecosystem, 1);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_selectedOnly);
    layout->addLayout(bar);

    m_model = new ParcelTableModel(this);
    m_view = new QTableView(body);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *copy = new QAction(tr("Copy selected rows"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &AttributeTableDock::copySelection);
    m_view->addAction(copy);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AttributeTableDock::showContextMenu);
    // Fixed row heights: the view must never measure rows it has not shown (that would read every page).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true); // QTableView calls ParcelTableModel::sort(): ORDER BY in SQL
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setWidget(body);

    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(300);
    connect(m_textTimer, &QTimer::timeout, this, &AttributeTableDock::applyFilterFromBar);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_district, m_ecosystem, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingChoosers)
                applyFilterFromBar();
        });
    connect(m_selectedOnly, &QCheckBox::toggled, this, &AttributeTableDock::setShowSelectedOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDock::onViewSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentParcelChanged(current.isValid() ? m_model->fidAt(current.row()) : 0);
            });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 fid = m_model->fidAt(index.row()))
            emit zoomToParcelRequested(fid);
    });
    connect(m_model, &ParcelTableModel::rowCountChanged, this, &AttributeTableDock::updateCountLabel);

    setSelectionColor(m_model->selectionColor());
    fillChoosers();
    updateCountLabel();
}

AttributeTableDock::~AttributeTableDock() = default;

void AttributeTableDock::setCache(GeoPackageCache *cache)
{
    m_cache = cache;
    m_lastEmitted.clear();
    m_model->setSelectedFids({});
    m_model->setCache(cache);
    fillChoosers();
    updateCountLabel();
    if (cache)
        fitColumns();
}

void AttributeTableDock::fitColumns()
{
    // Codes like "XH-2019-000123" and headers like "用能（吨标准煤/年）" were cut at the default width. The
    // header and the first rows decide (all a lazy model of a million rows can afford: they are the page
    // the view shows first); very long names are capped and elided.
    const QFontMetrics fm = m_view->fontMetrics();
    const int cap = fm.horizontalAdvance(QLatin1Char('M')) * 24;
    const int rows = std::min(m_model->rowCount(), 40);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = m_view->horizontalHeader()->sectionSizeHint(c);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = m_model->index(r, c);
            const int swatch = index.data(Qt::DecorationRole).isValid() ? fm.height() + 6 : 0;
            width = std::max(width, fm.horizontalAdvance(index.data().toString()) + swatch + 14);
        }
        m_view->setColumnWidth(c, std::min(width, cap));
    }
}

void AttributeTableDock::fillChoosers()
{
    m_updatingChoosers = true;
    m_district->clear();
    m_district->addItem(tr("All districts"));
    if (m_cache)
        for (const QString &d : m_cache->districtNames())
            m_district->addItem(d, d);

    m_ecosystem->clear();
    m_ecosystem->addItem(tr("All ecosystems"));
    const QList<Ecosystem> ecos = m_cache ? m_cache->ecosystems() : builtinEcosystems();
    for (const Ecosystem &e : ecos)
        m_ecosystem->addItem(colorIcon(e.color), DisplayNames::of(e), e.key);
    m_ecosystem->addItem(colorIcon(unassignedColor()), tr("Unassigned"), QString(QLatin1String("")));

    m_status->clear();
    m_status->addItem(tr("All statuses"));
    for (const ParcelStatus &s : parcelStatuses()) {
        const QString name = DisplayNames::of(s);
        m_status->addItem(s.lowEfficiency ? tr("%1 (low efficiency)").arg(name) : name, s.key);
    }
    m_status->addItem(tr("Status not set"), QString(QLatin1String("")));

    setChooserValue(m_district, m_filter.districts);
    setChooserValue(m_ecosystem, m_filter.ecosystems);
    setChooserValue(m_status, m_filter.statuses);
    m_updatingChoosers = false;
}

void AttributeTableDock::applyFilterFromBar()
{
    ParcelFilter f = m_filter; // keeps criteria the bar does not show (land use, area) from setFilter()
    auto values = [](QComboBox *box) {
        const QVariant v = box->currentData();
        return v.isValid() ? QStringList{v.toString()} : QStringList{};
    };
    f.districts = values(m_district);
    f.ecosystems = values(m_ecosystem);
    f.statuses = values(m_status);
    f.text = m_text->text().trimmed();
    if (!assignIfChanged(m_filter, f))
        return;
    try {
        m_model->setFilter(f);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Filter"), e.message());
    }
    updateCountLabel();
    emit filterChanged(m_filter);
}

void AttributeTableDock::setFilter(const ParcelFilter &filter)
{
    m_filter = filter;
    m_updatingChoosers = true;
    {
        const QSignalBlocker block(m_text);
        m_text->setText(filter.text);
    }
    setChooserValue(m_district, filter.districts);
    setChooserValue(m_ecosystem, filter.ecosystems);
    setChooserValue(m_status, filter.statuses);
    m_updatingChoosers = false;
    m_model->setFilter(filter);
    updateCountLabel();
    emit filterChanged(m_filter);
}

void AttributeTableDock::setShowSelectedOnly(bool on)
{
    if (m_selectedOnly->isChecked() != on) {
        m_selectedOnly->setChecked(on); // comes back here through toggled()
        return;
    }
    m_model->setSelectedOnly(on);
    updateCountLabel();
}

void AttributeTableDock::setSelectedFids(const QSet<qint64> &fids)
{
    if (fids == m_lastEmitted && fids == m_model->selectedFids())
        return; // our own selection coming back from the map
    m_lastEmitted = fids;
    m_settingSelection = true;
    m_view->selectionModel()->clearSelection();
    m_model->setSelectedFids(fids);
    // Bring one selected parcel into view (one COUNT query; never a scan of the selection's rows).
    if (!fids.isEmpty()) {
        const qint64 first = *std::min_element(fids.cbegin(), fids.cend());
        const int row = m_model->rowOfFid(first);
        if (row >= 0)
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    m_settingSelection = false;
    updateCountLabel();
}

void AttributeTableDock::setSelectionColor(const QColor &color)
{
    m_model->setSelectionColor(color);
    // The view's own selection too (dark text: the map's colours are bright), focused or not.
    QPalette palette = m_view->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, color);
        palette.setColor(group, QPalette::HighlightedText, Qt::black);
    }
    m_view->setPalette(palette);
}

void AttributeTableDock::onViewSelectionChanged()
{
    if (m_settingSelection)
        return;
    QSet<qint64> fids;
    const QItemSelection sel = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : sel)
        for (qint64 fid : m_model->fidsInRows(range.top(), range.bottom()))
            fids.insert(fid);
    m_lastEmitted = fids;
    // In "selected only" mode the rows shown stay those of the map selection until it comes back.
    if (!m_model->selectedOnly())
        m_model->setSelectedFids(fids);
    updateCountLabel();
    emit selectionChangedInTable(fids);
}

void AttributeTableDock::parcelsChanged(const QList<qint64> &fids)
{
    m_model->invalidateFids(fids);
    updateCountLabel();
}

void AttributeTableDock::refresh()
{
    m_model->refresh();
    fillChoosers();
    updateCountLabel();
}

void AttributeTableDock::updateCountLabel()
{
    const QLocale locale;
    if (!m_cache) {
        m_count->setText(tr("No cache open"));
        return;
    }
    QString text = tr("%1 parcels shown, %2 selected")
                       .arg(locale.toString(m_model->rowCount()))
                       .arg(locale.toString(qint64(m_model->selectedFids().size())));
    if (!m_model->lastError().isEmpty())
        text += QStringLiteral(" — ") + m_model->lastError();
    m_count->setText(text);
}

void AttributeTableDock::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex index = m_view->indexAt(pos);
    const qint64 fid = index.isValid() ? m_model->fidAt(index.row()) : 0;
    const bool hasSelection = !m_view->selectionModel()->selectedRows().isEmpty();
    auto rowAction = [&](const QString &text, auto signal) {
        QAction *a = menu.addAction(text);
        a->setEnabled(fid > 0);
        connect(a, &QAction::triggered, this, [this, fid, signal] { emit(this->*signal)(fid); });
        return a;
    };
    rowAction(tr("Zoom to parcel"), &AttributeTableDock::zoomToParcelRequested);
    rowAction(tr("Identify"), &AttributeTableDock::identifyRequested);
    rowAction(tr("Edit parcel"), &AttributeTableDock::editRequested);
    rowAction(tr("Edit history"), &AttributeTableDock::identifyRequested); // Identify lists the history
    menu.addSeparator();
    QAction *copy = menu.addAction(tr("Copy selected rows"), this, &AttributeTableDock::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(hasSelection);
    QAction *exportSelection = menu.addAction(tr("Export selection…"));
    exportSelection->setEnabled(hasSelection);
    connect(exportSelection, &QAction::triggered, this, &AttributeTableDock::exportSelectionRequested);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QString AttributeTableDock::selectedRowsText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &r : rows) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells
                << m_model->index(r.row(), c).data().toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AttributeTableDock::copySelection()
{
    if (!m_view->selectionModel()->selectedRows().isEmpty())
        QGuiApplication::clipboard()->setText(selectedRowsText());
}

} // namespace zhili
