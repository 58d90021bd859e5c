#include "desktop/batchassigndialog.h"

#include "cache/geopackagecache.h"
#include "desktop/assignparcelscommand.h"
#include "desktop/pathfield.h"
#include "edit/assignmentdisplay.h"
#include "edit/parceleditor.h"
#include "util/error.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zhili {

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

BatchAssignDialog::BatchAssignDialog(GeoPackageCache &cache, ParcelEditor &editor, QUndoStack *undoStack,
                                     const User &user, QWidget *parent)
    : QDialog(parent), m_cache(cache), m_editor(editor), m_undo(undoStack), m_user(user)
{
    setObjectName(QStringLiteral("BatchAssignDialog"));
    setWindowTitle(tr("Batch assignment from CSV"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_path = new PathField(this);
    m_path->setPlaceholderText(
        tr("CSV with columns code, ecosystem, chain, land_mu, energy_tce, finance_wan, "
           "status, enterprise, notes"));
    auto *browseButton = new QPushButton(tr("Choose CSV…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    layout->addLayout(fileRow);

    m_summary = new QLabel(tr("Choose a CSV file: nothing changes until you press Apply."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *changesBox = new QWidget(split);
    auto *cl = new QVBoxLayout(changesBox);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(new QLabel(tr("What will change (old → new)"), changesBox));
    m_changes =
        makeTable(changesBox, {tr("Line"), tr("Code"), tr("District"), tr("Field"), tr("Old"), tr("New")});
    cl->addWidget(m_changes);
    auto *problemsBox = new QWidget(split);
    auto *pl = new QVBoxLayout(problemsBox);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(
        new QLabel(tr("Rows that do not match (fix them in the file and choose it again)"), problemsBox));
    m_problems = makeTable(problemsBox, {tr("Line"), tr("Code"), tr("Problem"), tr("Reason")});
    pl->addWidget(m_problems);
    split->addWidget(changesBox);
    split->addWidget(problemsBox);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Apply all"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    m_apply->setAutoDefault(false); // Enter anywhere in the dialog must not apply the batch
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &BatchAssignDialog::browse);
    connect(m_path, &PathField::pathEntered, this, [this](const QString &path) { loadCsv(path); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BatchAssignDialog::~BatchAssignDialog() = default;

QString BatchAssignDialog::summaryText() const
{
    return m_summary->text();
}

void BatchAssignDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

bool BatchAssignDialog::loadCsv(const QString &path)
{
    m_path->setPath(path);
    m_preview.reset();
    m_changes->setRowCount(0);
    m_problems->setRowCount(0);
    m_apply->setEnabled(false);
    try {
        m_preview = BatchAssignment::preview(m_cache, m_user, path);
    } catch (const Error &e) {
        m_summary->setText(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), e.message()));
        return false;
    }
    showPreview();
    return true;
}

void BatchAssignDialog::showPreview()
{
    const BatchPreview &p = *m_preview;
    m_changes->setUpdatesEnabled(false);
    for (const BatchChange &c : p.changes) {
        for (AssignmentField f : c.changedFields) {
            const int row = m_changes->rowCount();
            m_changes->insertRow(row);
            const QStringList cells = {QString::number(c.line),
                                       c.code,
                                       c.district,
                                       assignmentFieldLabel(f),
                                       AssignmentDisplay::value(f, assignmentFieldText(c.before, f)),
                                       AssignmentDisplay::value(f, assignmentFieldText(c.after, f))};
            for (int col = 0; col < cells.size(); ++col)
                m_changes->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
    }
    m_changes->setUpdatesEnabled(true);
    for (const BatchProblem &b : p.problems) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        const QStringList cells = {QString::number(b.line), b.code, BatchProblem::kindLabel(b.kind),
                                   b.reason};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setForeground(QColor(0xc6, 0x28, 0x28));
            item->setToolTip(b.reason);
            m_problems->setItem(row, col, item);
        }
    }
    m_changes->resizeColumnsToContents();
    m_problems->resizeColumnsToContents();

    QString text = tr("%1: %2 rows (%3), %4 parcels will change, %5 rows already hold these values.")
                       .arg(QFileInfo(p.csvPath).fileName())
                       .arg(p.rows)
                       .arg(p.encoding)
                       .arg(p.changes.size())
                       .arg(p.unchangedRows);
    if (!p.ok())
        text += QLatin1Char(' ') +
                tr("%n row(s) do not match: nothing can be applied until the file is fixed (all or nothing).",
                   nullptr, int(p.problems.size()));
    else if (p.changes.isEmpty())
        text += QLatin1Char(' ') + tr("Nothing to apply.");
    m_summary->setText(text);
    m_apply->setEnabled(p.ok() && !p.changes.isEmpty());
}

bool BatchAssignDialog::apply()
{
    if (!m_preview || !m_preview->ok() || m_preview->changes.isEmpty())
        return false;
    EditRecord record;
    auto *command = new AssignParcelsCommand(m_editor, m_user, [&](const User &user) {
        record = BatchAssignment::apply(m_cache, user, *m_preview);
        return record;
    });
    // The dialog is usually closed when the user undoes: the window's handler (if given) outlives it.
    if (m_onChanged) {
        command->setChangedHandler(m_onChanged);
    } else {
        QPointer<BatchAssignDialog> self(this);
        command->setChangedHandler([self](const QList<qint64> &fids) {
            if (self)
                emit self->parcelsChanged(fids);
        });
    }
    try {
        CacheEditCommand::push(m_undo.data(), command); // its first redo() applies the batch
    } catch (const Error &e) {
        m_summary->setText(tr("Nothing was changed: %1").arg(e.message()));
        m_apply->setEnabled(false);
        return false;
    }
    // The first redo() applies without notifying (undo and redo notify through the handler): tell the
    // window now, or legend, table and dashboard keep the old figures until a restart.
    if (m_onChanged)
        m_onChanged(record.fids());
    else
        emit parcelsChanged(record.fids());
    m_summary->setText(tr("Applied to %n parcel(s) as one step (Edit → Undo reverts it).", nullptr,
                          int(record.changes.size())));
    m_apply->setEnabled(false);
    return true;
}

} // namespace zhili
