#include "desktop/screenshottaker.h"

#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>

namespace zhili {

namespace {
constexpr int kPollMs = 50;
// The render must stay complete for a few ticks: docks that lay out late resize the canvas and re-render.
constexpr int kStableTicks = 4;
} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &path, int timeoutMs)
    : QObject(window), m_window(window), m_path(path), m_timeoutMs(timeoutMs)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotTaker::poll);
}

void ScreenshotTaker::start()
{
    m_elapsedMs = 0;
    m_stableTicks = 0;
    m_timer.start();
}

void ScreenshotTaker::poll()
{
    m_elapsedMs += kPollMs;
    const bool noMap = !m_window->canvas()->scene() || m_window->canvas()->extent().isNull();
    const bool ready = m_window->isVisible() && (m_window->canvas()->isRenderComplete() || noMap);
    m_stableTicks = ready ? m_stableTicks + 1 : 0;
    if (m_stableTicks < kStableTicks) {
        if (m_elapsedMs >= m_timeoutMs) {
            m_timer.stop();
            emit finished(false, tr("The map did not finish drawing within %1 s; no screenshot was written.")
                                     .arg(m_timeoutMs / 1000));
        }
        return;
    }
    m_timer.stop();
    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    const QPixmap pm = m_window->grab();
    QImageWriter writer(m_path);
    if (!writer.write(pm.toImage())) {
        emit finished(false,
                      tr("Cannot write the screenshot %1: %2")
                          .arg(QDir::toNativeSeparators(info.absoluteFilePath()), writer.errorString()));
        return;
    }
    emit finished(true, QString());
}

} // namespace zhili
