"""Which paths are read: regular files only, links kept inside their folder, nothing opened to decide.

A named pipe given as an article would block the reader forever, a device would be read
without end, and a link in a folder may point anywhere on the machine (``x.txt ->
/etc/passwd``). Kinds are decided on the file's status before anything is opened; files are
then opened without blocking and checked again on the opened descriptor, so that a file
swapped for a pipe in between is still refused.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError

log = logging.getLogger(__name__)

_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def not_regular(mode: int) -> str | None:
    """Why a file of this mode is refused, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for is_kind, name in _KINDS if is_kind(mode)), "a special file")
    return f"{kind}, not a regular file: refused"


def refusal(path: Path) -> str | None:
    """Why a path given as a file cannot be read, decided on its status without opening it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "no such file or folder" if not path.is_symlink() else f"a link to {os.readlink(path)}, which is missing"
    except OSError as error:
        return f"cannot read ({error.strerror or error})"
    return not_regular(mode)


def open_regular(path: Path) -> BinaryIO:
    """The file opened for reading in binary; anything but a regular file raises an InputError.

    The open never blocks (a pipe opened this way returns at once), and the kind is checked
    on the opened descriptor, not on the name.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        reason = not_regular(os.fstat(fd).st_mode)
        if reason:
            raise InputError(reason, where=str(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def folder_files(folder: Path, wanted: Callable[[Path], bool] | None = None) -> Iterator[tuple[Path, str | None]]:
    """The files under a folder in a stable order, each with the reason it is refused (or None).

    Hidden files and folders are skipped. A link is followed only when it resolves inside
    the folder, to a file (linked folders are not walked, their files being reached where
    they are); a link leading out of the folder is skipped with a warning naming its target.
    """
    root = folder.resolve()
    found: list[Path] = []
    for current, folders, names in os.walk(folder, followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        links = [name for name in folders if os.path.islink(os.path.join(current, name))]
        for name in (*names, *links):
            path = Path(current, name)
            if name.startswith(".") or (wanted is not None and not wanted(path)):
                continue
            if path.is_symlink() and not _followed(path, root, folder):
                continue
            found.append(path)
    for path in sorted(found, key=lambda path: path.relative_to(folder).parts):
        yield path, refusal(path)


def _followed(link: Path, root: Path, folder: Path) -> bool:
    try:
        target = link.resolve()
    except (OSError, RuntimeError) as error:  # a loop of links
        log.warning("%s: skipped, a link that cannot be resolved (%s)", link, error)
        return False
    if not target.is_relative_to(root):
        log.warning("%s: skipped, a link to %s, outside %s", link, target, folder)
        return False
    return not target.is_dir()
