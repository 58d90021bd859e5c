#pragma once

#include <QString>
#include <cstdint>
#include <utility>

namespace zhili {

/// Which files this process holds SQLite connections to, by device and inode (a hard link or a symlink is
/// the same file). POSIX drops every lock a process holds on a file as soon as any descriptor of that file is
/// closed, so code that reads a cache with plain file I/O (its header, its WAL state) must not do so while
/// a connection of ours holds locks on it: other programs would then take themselves for the only users
/// and checkpoint or delete the -wal under us.
class OpenFileRegistry {
public:
    using FileId = std::pair<std::uint64_t, std::uint64_t>; ///< (st_dev, st_ino)

    /// Records one more connection to `path`; returns its id, or an id of (0, 0) when the file cannot be
    /// stat()ed (nothing recorded then).
    static FileId add(const QString &path);
    /// Forgets one connection recorded by add().
    static void remove(const FileId &id);
    /// True when this process holds at least one recorded connection to the file at `path`.
    static bool isOpen(const QString &path);
};

} // namespace zhili
