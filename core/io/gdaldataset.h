#pragma once

#include <gdal_priv.h>

#include <memory>

namespace zhili {

/// Closes a GDAL dataset: GDALClose also flushes what a writer wrote (internal to core/io).
struct GdalDatasetCloser {
    void operator()(GDALDataset *ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};

/// An owned GDAL dataset, closed once whether the reader or writer finishes or throws.
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

} // namespace zhili
