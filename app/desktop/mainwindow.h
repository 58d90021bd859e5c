#pragma once

#include <QMainWindow>

namespace zhili {

/// The main window. For now it lists the districts of the open cache with their parcel counts.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    /// Opens a cache; throws zhili::Error with a message for people.
    void openCache(const QString &path);
};

} // namespace zhili
