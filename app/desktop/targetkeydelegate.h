#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace zhili {

/// Editor of the targets table's key cells: a list of the five ecosystems for the ecosystem column and of the
/// cache's districts (with 全市 city-wide first) for the district column, so a target cannot be moved to a
/// misspelt key; other columns get the default editors.
class TargetKeyDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit TargetKeyDelegate(QObject *parent = nullptr);

    /// The districts offered (the cache's).
    void setDistricts(const QStringList &districts) { m_districts = districts; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_districts;
};

} // namespace zhili
