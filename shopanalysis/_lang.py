"""The language every word a user sees is written in: ``zh`` (default) or ``en``.

One setting for the whole package. It comes, in this order, from
:func:`language` (a ``with`` block), :func:`set_language`, the environment variable
``SHOPANALYSIS_LANG``, and the default ``zh``. The text layer
(:mod:`shopanalysis.text`), the vocabulary (:mod:`shopanalysis.vocab`) and the number
formats (``shopanalysis._format``) read it; a report notebook sets it from its ``lang``
parameter.

Examples
--------
>>> with language("en"):
...     get_language()
'en'
>>> get_language(None) in LANGUAGES
True
"""

from __future__ import annotations

import contextlib
import contextvars
import os

__all__ = ["LANGUAGES", "DEFAULT_LANGUAGE", "get_language", "set_language", "language"]

#: The languages every text and label exists in; the first is the default.
LANGUAGES: tuple[str, ...] = ("zh", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]
_ENV = "SHOPANALYSIS_LANG"

_chosen: str | None = None  # set_language()
_scoped: contextvars.ContextVar[str | None] = contextvars.ContextVar("shopanalysis_language", default=None)


def _check(lang: str, where: str = "lang") -> str:
    code = str(lang).strip().lower().replace("_", "-")
    code = {"zh-cn": "zh", "zh-hans": "zh", "cn": "zh", "chinese": "zh", "中文": "zh",
            "en-us": "en", "en-gb": "en", "english": "en"}.get(code, code)
    if code not in LANGUAGES:
        # Bilingual on purpose: this is the one message that cannot know which language the reader wants.
        raise ValueError(f"{where}: 语言只能是 zh（中文）或 en（English）/ the language is 'zh' or 'en'; got {lang!r}")
    return code


def get_language(lang: str | None = None) -> str:
    """Return the language to write in: ``lang`` if given, else the package's setting.

    Parameters
    ----------
    lang : {'zh', 'en'} or None, default None
        An explicit choice (a function's ``lang=`` argument); None means the setting
        from :func:`language`, :func:`set_language` or ``SHOPANALYSIS_LANG``.

    Returns
    -------
    str
        ``'zh'`` or ``'en'``.
    """
    if lang is not None:
        return lang if lang in LANGUAGES else _check(lang)
    scoped = _scoped.get()
    if scoped is not None:
        return scoped
    if _chosen is not None:
        return _chosen
    env = os.environ.get(_ENV, "").strip()
    return _check(env, _ENV) if env else DEFAULT_LANGUAGE


def set_language(lang: str | None) -> str:
    """Set the language of everything the package writes from now on; return it.

    Parameters
    ----------
    lang : {'zh', 'en'} or None
        None forgets the choice (back to ``SHOPANALYSIS_LANG`` or ``zh``).
    """
    global _chosen
    _chosen = None if lang is None else _check(lang)
    return get_language()


@contextlib.contextmanager
def language(lang: str | None):
    """Write in ``lang`` inside a ``with`` block (None keeps the current language, an outer block's too).

    Examples
    --------
    >>> with language("en"):
    ...     with language(None):
    ...         inner = get_language()
    >>> inner
    'en'
    """
    token = _scoped.set(_scoped.get() if lang is None else _check(lang))
    try:
        yield get_language()
    finally:
        _scoped.reset(token)
