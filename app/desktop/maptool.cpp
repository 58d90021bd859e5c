#include "desktop/maptool.h"

#include "desktop/mapcanvas.h"

namespace zhili {

MapTool::MapTool(MapCanvas *canvas) : QObject(canvas), m_canvas(canvas) {}

} // namespace zhili
