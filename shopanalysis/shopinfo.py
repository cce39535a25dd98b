"""The shop's own name and platform, from a small file in the data folder or, failing that, the folder.

A data folder may hold ``店铺信息.txt`` (or ``shop_info.txt``; ``.csv`` works too) with
the shop's name and platform, as a header row and a value row::

    店铺名称,平台
    木棉家居京东专营店,京东

or one ``key,value`` (``key：value``) pair a line. Without it the shop is named for
its folder and the platform is guessed from the traffic sources (京东快车 is JD,
多多搜索 is Pinduoduo, 直通车 is Tmall). The ``.txt`` name keeps the file out of
:func:`~shopanalysis.io.load_shop`'s way (it reads ``.csv`` and Excel files only).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ._errors import DataError
from .text.platform import T

__all__ = ["ShopInfo", "FILE_STEMS", "PLATFORMS", "DEFAULT_PLATFORM", "read_shop_info", "shop_info", "search_ads",
           "flash_deals", "platform_words"]

#: File names (without suffix) of the shop info file, first found wins.
FILE_STEMS = ("店铺信息", "shop_info")  # data
_SUFFIXES = (".txt", ".csv")
#: Platform codes.
PLATFORMS = ("tmall", "taobao", "jd", "pdd")
#: The platform whose words advice uses when a shop's platform is not known.
DEFAULT_PLATFORM = "tmall"
_PLATFORM_WORDS = {  # data: how people write the platform
    "tmall": "tmall", "天猫": "tmall", "天猫商城": "tmall",
    "taobao": "taobao", "淘宝": "taobao", "c店": "taobao",
    "jd": "jd", "京东": "jd", "京东商城": "jd", "jingdong": "jd",
    "pdd": "pdd", "拼多多": "pdd", "pinduoduo": "pdd",
}
_NAME_KEYS = {"店铺名称", "店铺名", "店铺", "shop_name", "shopname", "shop", "name"}  # data
_PLATFORM_KEYS = {"平台", "platform"}  # data
_AD_SOURCES = {"京东快车": "jd", "京准通": "jd", "多多搜索": "pdd", "多多场景": "pdd", "直通车": "tmall"}  # data


@dataclass(frozen=True)
class ShopInfo:
    """A shop's name and platform code (``None`` when not known); ``source`` is the file or folder they came from."""

    name: str
    platform: str | None = None
    source: Path | None = None


def _platform(value: str, path: Path) -> str | None:
    text = value.strip().lower()
    if not text:
        return None
    if text not in _PLATFORM_WORDS:
        raise DataError(T("info.bad_platform", file=path.name, value=value.strip(),
                          known=T("info.known_platforms")))
    return _PLATFORM_WORDS[text]


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read_shop_info(folder) -> ShopInfo | None:
    """Return the shop info written in ``folder`` (see the module docstring), or None when there is no such file."""
    folder = Path(folder)
    for stem in FILE_STEMS:
        for suffix in _SUFFIXES:
            path = folder / f"{stem}{suffix}"
            if path.is_file():
                return _parse(path)
    return None


def _parse(path: Path) -> ShopInfo:
    text = _decode(path.read_bytes())
    rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text.replace("：", ",").replace(":", ",")))
            if any(c.strip() for c in row)]
    pairs: dict[str, str] = {}
    if rows and len(rows) >= 2 and {c.lower() for c in rows[0]} & (_NAME_KEYS | _PLATFORM_KEYS) \
            and len(rows[0]) > 1 and rows[0][1].lower() in (_NAME_KEYS | _PLATFORM_KEYS):
        pairs = {k.lower(): v for k, v in zip(rows[0], rows[1])}
    else:
        pairs = {row[0].lower(): (row[1] if len(row) > 1 else "") for row in rows}
    name = next((v for k, v in pairs.items() if k in _NAME_KEYS and v), "")
    platform = next((v for k, v in pairs.items() if k in _PLATFORM_KEYS), "")
    if not name:
        raise DataError(T("info.no_name", file=path.name))
    return ShopInfo(name, _platform(platform, path), path)


def _guess_platform(shop) -> str | None:
    sources = getattr(shop, "traffic_sources", None)
    if sources is None or "source" not in sources:
        return None
    names = set(sources["source"].astype(str).unique())
    return next((code for word, code in _AD_SOURCES.items() if word in names), None)


def shop_info(shop) -> ShopInfo:
    """Return the shop's name and platform: from its folder's shop info file, else the folder's name.

    ``shop`` is a :class:`~shopanalysis.Shop` (or a folder). The platform missing from the
    file (or without one) is guessed from the traffic sources' ad channel, else None.
    """
    folder = Path(shop) if isinstance(shop, (str, Path)) else getattr(shop, "data_dir", None)
    info = read_shop_info(folder) if folder is not None else None
    if info is not None and info.platform:
        return info
    guess = None if isinstance(shop, (str, Path)) else _guess_platform(shop)
    if info is not None:
        return ShopInfo(info.name, guess, info.source)
    name = folder.resolve().name if folder is not None else ""
    return ShopInfo(name, guess, folder)


def search_ads(platform: str | None = None) -> str:
    """Return the platform's word for its search ads (直通车, 京东快车, 多多搜索), in the current language.

    >>> search_ads("jd")
    '京东快车'
    """
    return T(f"search_ads.{platform if platform in PLATFORMS else ''}")


def flash_deals(platform: str | None = None) -> str:
    """Return the platform's word for its flash deals (聚划算, 京东秒杀, 百亿补贴), in the current language.

    >>> flash_deals("tmall")
    '聚划算'
    """
    return T(f"flash_deals.{platform if platform in PLATFORMS else ''}")


def platform_words(platform: str | None = None, *, lang: str | None = None) -> dict[str, str]:
    """Return the platform's words that advice and sentences name, in ``lang`` (default the package's), as template values.

    ``ads`` (search ads: 直通车, 京东快车, 多多搜索), ``flash`` (flash deals: 聚划算, 京东秒杀,
    百亿补贴), ``events`` (the events advice suggests: 聚划算、淘抢购) and ``display``
    (display ads: 引力魔方, 购物触点, 多多场景). A platform that is not known (None or a
    code outside :data:`PLATFORMS`) gets Tmall's words (:data:`DEFAULT_PLATFORM`), the
    words the package was written in. Pass the dict to a template: ``T(key, **platform_words(p))``.

    >>> platform_words("jd")["ads"], platform_words("jd")["flash"]
    ('京东快车', '京东秒杀')
    >>> platform_words(None)["ads"]
    '直通车'
    """
    code = platform if platform in PLATFORMS else DEFAULT_PLATFORM
    return {word: T(f"{key}.{code}", lang=lang) for word, key in
            (("ads", "search_ads"), ("flash", "flash_deals"), ("events", "events"), ("display", "display_ads"))}
