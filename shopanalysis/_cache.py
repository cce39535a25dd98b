"""The parsed-table cache: each export is parsed once, then read back from Parquet.

:func:`shopanalysis.io.load_shop` asks :func:`read` for every file it places. The
cache keeps, per file and table, the canonical DataFrame the reader produced, the
file's row numbers (for the messages of :func:`shopanalysis.io._combine`), its label
and the warnings the read raised, as one Parquet file. A batch of 31 daily reviews
therefore parses each export once; the data checks (``check=True``) still run on every
load, since their findings are the operator's.

Where it lives
    ``$SHOPANALYSIS_CACHE_DIR``, else ``$XDG_CACHE_HOME/shopanalysis``, else
    ``~/.cache/shopanalysis`` (:func:`cache_dir`). Clear it with :func:`clear_cache`
    or by deleting that folder; nothing else refers to it. The folder is kept under
    ``SHOPANALYSIS_CACHE_MAX_MB`` megabytes (default 1024), the least recently used
    entries going first.
Turning it off
    ``SHOPANALYSIS_NO_CACHE=1`` (what ``shopanalysis run --no-cache`` gives the report
    kernels) or ``set_cache(False)``; ``set_cache(None)`` goes back to the variable.
Never stale
    An entry is found by a SHA-256 of: the file's bytes (hashed on every load; size
    and modification time are never trusted, so a file rewritten in place with the
    same size and time is read again), the file's path as given (the messages name
    it), the table's spec, the reader's arguments, the
    package version, the source of the reader (``io.py``, ``_schema.py`` and the
    modules they word their messages with), the versions of pandas, NumPy, pyarrow,
    openpyxl and python-calamine, and the language (the warnings are worded in it). A cached read is
    also refused when "today" (``SHOPANALYSIS_TODAY``) has moved back before a date
    of the table that may not lie ahead, so that read fails as a fresh one would.
    Reads that raise are never cached.
Warnings
    A cached read re-issues the warnings the first read raised (same category, same
    text, same order), attributed to the caller's line as the reader does.
Safety
    Entries are written to a temporary file and moved into place (``os.replace``),
    so two kernels of a ``-j 2`` batch never see half a file. An entry that cannot be
    read (truncated, corrupt, from an older layout) is deleted and the file parsed
    again, without a word to the user; so is any failure to write the cache.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import json
import os
import sys
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

__all__ = ["cache_dir", "cache_enabled", "set_cache", "clear_cache", "read"]

ENV_DIR = "SHOPANALYSIS_CACHE_DIR"
ENV_OFF = "SHOPANALYSIS_NO_CACHE"
ENV_MAX_MB = "SHOPANALYSIS_CACHE_MAX_MB"
_DEFAULT_MAX_MB = 1024
#: Bump when the layout of an entry changes: older entries are then never looked up.
_LAYOUT = 1
_SUFFIX = ".parquet"
_META = b"shopanalysis"  # data: the Parquet metadata key of an entry's extras
_ROWS = "__shopanalysis_row__"  # data: the column holding each row's number in the file
#: The modules whose source decides what a read returns or how its warnings are worded.
_SOURCES = ("io.py", "_schema.py", "_cache.py", "_errors.py", "vocab.py", "_lang.py", "_format.py",
            "text/__init__.py", "text/io.py", "text/common.py")
_LIBRARIES = ("pandas", "numpy", "pyarrow", "openpyxl", "python-calamine")  # data: distribution names
#: Modules whose frames a re-issued warning skips to reach the caller's line (as ``io._warn`` does).
_INTERNAL = frozenset({"shopanalysis.io", __name__})
_PACKAGE = Path(__file__).resolve().parent

_enabled: bool | None = None  # set_cache()


def set_cache(enabled: bool | None) -> None:
    """Turn the cache on (True) or off (False) for this process; None follows ``SHOPANALYSIS_NO_CACHE``.

    Examples
    --------
    >>> set_cache(False); cache_enabled()
    False
    >>> set_cache(None)
    """
    global _enabled
    _enabled = None if enabled is None else bool(enabled)


def cache_enabled() -> bool:
    """Return whether :func:`read` uses the cache: :func:`set_cache`, else not ``SHOPANALYSIS_NO_CACHE=1``."""
    if _enabled is not None:
        return _enabled
    return os.environ.get(ENV_OFF, "").strip().lower() not in {"1", "true", "yes", "on"}


def cache_dir() -> Path:
    """Return the cache folder: ``$SHOPANALYSIS_CACHE_DIR``, ``$XDG_CACHE_HOME/shopanalysis`` or ``~/.cache/shopanalysis``.

    Examples
    --------
    >>> cache_dir().name in {"shopanalysis"} or "SHOPANALYSIS_CACHE_DIR" in os.environ
    True
    """
    given = os.environ.get(ENV_DIR)
    if given:
        return Path(given).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "shopanalysis"


def _entries(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.suffix == _SUFFIX and not p.name.startswith(".")]
    except OSError:
        return []


def clear_cache() -> int:
    """Delete every entry of the cache folder; return how many were deleted.

    Examples
    --------
    >>> isinstance(clear_cache(), int)  # doctest: +SKIP
    True
    """
    removed = 0
    folder = cache_dir()
    for p in _entries(folder) + [p for p in _tmp_files(folder)]:
        try:
            p.unlink()
            removed += p.suffix == _SUFFIX
        except OSError:
            pass
    return removed


def _tmp_files(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]
    except OSError:
        return []


# --- the key ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _environment() -> str:
    """Return a hash of what a read depends on besides the file: versions and the reader's source.

    Computed once per process, i.e. of the code this process runs.
    """
    from . import __version__

    h = hashlib.sha256(f"layout={_LAYOUT};shopanalysis={__version__};python={sys.version_info[:2]}".encode())
    for lib in _LIBRARIES:
        try:  # the installed version, without importing the library into every kernel
            version = importlib.metadata.version(lib)
        except importlib.metadata.PackageNotFoundError:  # not installed: it cannot have parsed anything
            version = "-"
        h.update(f";{lib}={version}".encode())
    for name in _SOURCES:
        h.update(f";{name}=".encode())
        try:
            h.update((_PACKAGE / name).read_bytes())
        except OSError:
            h.update(b"-")
    return h.hexdigest()


def _key(digest: str, spec, arguments: dict) -> str:
    """Return the entry name of one read: the hash of the file's bytes, the spec, the arguments and the code."""
    from ._lang import get_language

    h = hashlib.sha256(digest.encode())
    h.update(_environment().encode())
    h.update(repr(spec).encode())
    h.update(json.dumps({**arguments, "lang": get_language()}, sort_keys=True, default=str).encode())
    return h.hexdigest()


# --- reading and writing entries ------------------------------------------------------------


def _today():
    """'Today' as the reader sees it (``shopanalysis.io._today``): ``SHOPANALYSIS_TODAY`` or the clock's."""
    import pandas as pd

    given = os.environ.get("SHOPANALYSIS_TODAY")
    return (pd.Timestamp(given) if given else pd.Timestamp.today()).normalize()


def _latest_past_date(frame, spec) -> str | None:
    """Return the latest value of the table's date columns that may not lie ahead (ISO), or None."""
    latest = None
    for col in spec.columns:
        if col.kind in {"date", "datetime"} and not col.future and col.name in frame.columns:
            value = frame[col.name].max()
            if value == value and value is not None and (latest is None or value > latest):  # not NaT
                latest = value
    return None if latest is None else latest.isoformat()


def _still_valid(meta: dict) -> bool:
    """Whether a cached read would still pass the reader's "not after today" check."""
    import pandas as pd

    latest = meta.get("latest")
    return latest is None or pd.Timestamp(latest) < _today() + pd.Timedelta(days=2)


def _load(entry: Path):
    """Return (meta, frame, rows, warnings) of an entry, or None when it is missing; raise when it is corrupt."""
    import numpy as np
    import pandas as pd
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(entry)
    except FileNotFoundError:
        return None
    meta = json.loads(table.schema.metadata[_META])
    if meta.get("layout") != _LAYOUT:
        raise ValueError("layout")
    rows = table.column(_ROWS).to_numpy()
    frame = table.drop_columns([_ROWS]).to_pandas()
    if [str(t) for t in frame.dtypes] != meta["dtypes"] or list(frame.columns) != meta["columns"]:
        raise ValueError("dtypes")  # a library that restores differently: parse again rather than guess
    if len(rows) != len(frame):
        raise ValueError("rows")
    for name in meta["nan"]:  # Arrow gives None for the missing values of an object column; the reader had NaN
        values = frame[name].to_numpy(dtype=object, copy=True)
        values[pd.isna(values)] = np.nan
        frame[name] = pd.Series(values, index=frame.index, dtype=object, name=name)
    caught = [(_category(c), m) for c, m in meta["warnings"]]
    return meta, frame, rows, caught


def _nan_missing(s) -> bool:
    """Whether every missing value of an object column is a float NaN (not None)."""
    missing = s[s.isna()]
    return all(isinstance(v, float) for v in missing)


def _store(folder: Path, entry: Path, label: str, frame, rows, caught: list, latest: str | None) -> None:
    """Write an entry atomically: a temporary file in the same folder, then ``os.replace``."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    meta = {
        "layout": _LAYOUT, "label": label, "latest": latest,
        "columns": [str(c) for c in frame.columns], "dtypes": [str(t) for t in frame.dtypes],
        "warnings": caught,
        # object columns (yes/no with blanks) whose missing values are NaN, as the reader leaves them
        "nan": [str(c) for c in frame.columns if frame[c].dtype == object and _nan_missing(frame[c])],
    }
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.append_column(_ROWS, pa.array(np.asarray(rows, dtype=np.int64)))
    table = table.replace_schema_metadata({**(table.schema.metadata or {}),
                                           _META: json.dumps(meta, ensure_ascii=False).encode()})
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{entry.stem[:16]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            pq.write_table(table, fh)
        os.replace(tmp, entry)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _prune(folder, keep=entry)


def _prune(folder: Path, keep: Path) -> None:
    """Delete the least recently used entries while the folder holds more than ``SHOPANALYSIS_CACHE_MAX_MB``."""
    try:
        limit = float(os.environ.get(ENV_MAX_MB, _DEFAULT_MAX_MB)) * 1024 * 1024
    except ValueError:
        limit = _DEFAULT_MAX_MB * 1024 * 1024
    sized = []
    for p in _entries(folder):
        try:
            st = p.stat()
        except OSError:
            continue
        sized.append((st.st_mtime_ns, st.st_size, p))
    total = sum(s for _, s, _ in sized)
    for _, size, p in sorted(sized):
        if total <= limit:
            break
        if p == keep:
            continue
        try:
            p.unlink()
        except OSError:
            continue
        total -= size


def _caller_stacklevel() -> int:
    """Return the ``stacklevel`` for ``warnings.warn`` in :func:`_reissue` naming the first frame outside the reader."""
    frame, level = sys._getframe(2), 2  # _reissue's caller, i.e. stacklevel=2 from _reissue
    while frame is not None and frame.f_globals.get("__name__") in _INTERNAL:
        frame, level = frame.f_back, level + 1
    return level


def _category_name(category: type[Warning]) -> str:
    return f"{category.__module__}:{category.__qualname__}"


def _category(name: str) -> type[Warning]:
    """Return the warning class named ``module:qualname``; raise when it is not one."""
    module, _, qualname = name.partition(":")
    obj = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if not (isinstance(obj, type) and issubclass(obj, Warning)):
        raise TypeError(name)
    return obj


def _reissue(caught: list[tuple[type[Warning], str]]) -> None:
    """Warn the recorded warnings again, in order, each attributed to the first line outside the reader."""
    level = _caller_stacklevel()
    for category, message in caught:
        warnings.warn(message, category, stacklevel=level)


def _digest(path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def read(path, spec, parse, **arguments):
    """Return ``(label, frame, rows)`` of one file read as one table, from the cache when it can.

    Parameters
    ----------
    path : Path
        The export file.
    spec : Table
        The table it is read as.
    parse : callable
        ``parse() -> (label, frame, rows)``: the reader, called on a miss (or with the
        cache off). Its exceptions propagate and nothing is cached.
    **arguments
        Reader arguments that change what it returns (``encoding``, ``sheet_name``);
        part of the key, with the path as given (the label the messages name).

    Returns
    -------
    tuple
        The file's label in messages, the canonical frame, each row's number in the file.
    """
    if not cache_enabled():
        return parse()
    folder = cache_dir()
    digest = _digest(path)
    if digest is None:
        return parse()  # the reader words this error
    entry = folder / (_key(digest, spec, {**arguments, "path": str(path)}) + _SUFFIX)
    try:
        found = _load(entry)
    except Exception:  # corrupt, truncated, another layout, an unknown warning class: parse again, quietly
        found = None
        try:
            entry.unlink()
        except OSError:
            pass
    if found is not None and _still_valid(found[0]):
        meta, frame, rows, caught = found
        try:
            os.utime(entry)  # recently used: pruned last
        except OSError:
            pass
        _reissue(caught)
        return meta["label"], frame, rows
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        label, frame, rows = parse()
    caught = [(w.category, str(w.message)) for w in records]
    try:
        # the reader opened the file again: cache only if it still holds the bytes the key was made of
        if _digest(path) == digest and all(_category(_category_name(c)) is c for c, _ in caught):
            _store(folder, entry, label, frame, rows, [(_category_name(c), m) for c, m in caught],
                   _latest_past_date(frame, spec))
    except Exception:  # a read-only or full disk, an unwritable dtype, a local warning class: the read is fine
        pass
    _reissue(caught)
    return label, frame, rows
