"""Which reader a path needs, recognised by its shape when the user did not say.

Every reader module offers the same four things:
  NAME                     the --input-format name
  files_in(folder)         the files it would read in a folder ([] if the folder is not its kind)
  claims(file)             whether one file looks like its format (file name first, then content)
  read(files, options)     Posts and Unreadables from those files, lazily
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from postcheck.errors import InputError
from postcheck.inputs import (
    csv_posts,
    drafts,
    facebook,
    instagram,
    jsonl_posts,
    linkedin,
    mastodon,
    x_archive,
)

# Order matters: the specific shapes are tried before the generic ones (LinkedIn's
# Shares.csv before any CSV; an export folder before a folder of drafts).
READERS: tuple[ModuleType, ...] = (
    x_archive,
    mastodon,
    linkedin,
    facebook,
    instagram,
    jsonl_posts,
    csv_posts,
    drafts,
)
BY_NAME = {reader.NAME: reader for reader in READERS}


def detect(path: Path, fmt: str | None = None) -> tuple[ModuleType, list[Path]]:
    """The reader for `path` and the files it should read, in order."""
    if not path.exists():
        raise InputError(f"{path} does not exist")
    if fmt is not None:
        if fmt not in BY_NAME:
            raise InputError(f"unknown input format '{fmt}'; choose one of: {', '.join(BY_NAME)}")
        reader = BY_NAME[fmt]
        files = _files_for(reader, path)
        if not files:
            raise InputError(f"no {fmt} files found in folder {path}")
        return reader, files
    for reader in READERS:
        files = _files_for(reader, path, sniffing=True)
        if files:
            _refuse_mixed_folder(path, reader, files)
            return reader, files
    kind = "folder" if path.is_dir() else "file"
    raise InputError(
        f"cannot tell the format of {kind} {path}; name it with --input-format ({', '.join(BY_NAME)})"
    )


def _refuse_mixed_folder(path: Path, reader: ModuleType, export_files: list[Path]) -> None:
    """A folder that looks like an export but also holds drafts of its own is ambiguous: reading
    it as the export would skip every draft and pass them unscreened, so say so instead."""
    if reader is drafts or not path.is_dir():
        return
    loose = [f for f in path.iterdir() if drafts.claims(f)]
    if loose:
        shown = ", ".join(f.name for f in export_files[:3]) + (", …" if len(export_files) > 3 else "")
        raise InputError(
            f"folder {path} holds {reader.NAME} export files ({shown}) and also {len(loose)} draft file(s); "
            f"scan the drafts and the export separately, or name one with --input-format"
        )


def _files_for(reader: ModuleType, path: Path, sniffing: bool = False) -> list[Path]:
    if path.is_dir():
        return reader.files_in(path)
    return [path] if not sniffing or reader.claims(path) else []
