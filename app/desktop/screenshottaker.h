#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace zhili {

class MainWindow;

/// Saves a picture of the whole main window once the map has finished rendering (for `--screenshot`, docs
/// and tests). Uses QWidget::grab(), so it works on the offscreen platform too.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, const QString &path, int timeoutMs = 120000);
    void start();

signals:
    /// ok = the file was written; message says what went wrong otherwise.
    void finished(bool ok, const QString &message);

private:
    void poll();

    MainWindow *m_window;
    QString m_path;
    int m_timeoutMs;
    int m_elapsedMs = 0;
    int m_stableTicks = 0;
    QTimer m_timer;
};

} // namespace zhili
