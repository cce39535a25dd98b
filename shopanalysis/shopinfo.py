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

from . import vocab
from ._errors import DataError
from ._schema import TABLES
from .text.platform import T

__all__ = ["ShopInfo", "FILE_STEMS", "PLATFORMS", "DEFAULT_PLATFORM", "PLATFORM_WORDS", "read_shop_info", "shop_info",
           "search_ads", "flash_deals", "platform_words", "table_label", "export_file"]

#: File names (without suffix) of the shop info file, first found wins.
FILE_STEMS = ("店铺信息", "shop_info")  # data
_SUFFIXES = (".txt", ".csv")
#: Platform codes.
PLATFORMS = ("tmall", "taobao", "jd", "pdd")
#: The platform whose words advice uses when a shop's platform is not known.
DEFAULT_PLATFORM = "tmall"
#: The words :func:`platform_words` gives, placeholder -> key prefix in :mod:`shopanalysis.text.platform`.
PLATFORM_WORDS = {
    "ads": "search_ads",  # search ads: 直通车, 京东快车, 多多搜索
    "flash": "flash_deals",  # flash deals: 聚划算, 京东秒杀, 百亿补贴
    "events": "events",  # the events advice suggests: 聚划算、淘抢购
    "display": "display_ads",  # display ads: 引力魔方, 购物触点, 多多场景
    "search": "search_source",  # the free search source: 手淘搜索, 京东搜索
    "recommend": "recommend_source",  # the free recommendation source: 手淘推荐, 京东推荐
    "my_page": "my_page",  # the buyer's own page returning visitors come from: 我的淘宝, 我的京东
    "feed": "feed",  # what the shop posts for its followers: 微淘内容, 店铺动态
    "cs_tool": "cs_tool",  # the customer-service workbench: 赤兔, 京麦（咚咚）
}
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
    百亿补贴), ``events`` (the events advice suggests: 聚划算、淘抢购), ``display``
    (display ads: 引力魔方, 购物触点, 多多场景), ``search`` and ``recommend`` (the free
    search and recommendation sources as the traffic export names them: 手淘搜索, 京东搜索;
    手淘推荐, 京东推荐), ``my_page`` (the buyer's own page: 我的淘宝, 我的京东), ``feed``
    (what the shop posts for followers: 微淘内容, 店铺动态) and ``cs_tool`` (the
    customer-service workbench: 赤兔, 京麦（咚咚）); :data:`PLATFORM_WORDS` lists them. A
    platform that is not known (None or a code outside :data:`PLATFORMS`) gets Tmall's
    words (:data:`DEFAULT_PLATFORM`), the words the package was written in. Pass the dict
    to a template: ``T(key, **platform_words(p))``.

    >>> platform_words("jd")["ads"], platform_words("jd")["flash"], platform_words("jd")["search"]
    ('京东快车', '京东秒杀', '京东搜索')
    >>> platform_words(None)["ads"], platform_words("tmall")["cs_tool"]
    ('直通车', '赤兔')
    """
    code = platform if platform in PLATFORMS else DEFAULT_PLATFORM
    return {word: T(f"{key}.{code}", lang=lang) for word, key in PLATFORM_WORDS.items()}


def table_label(table: str, platform: str | None = None, *, lang: str | None = None) -> str:
    """Return a table's name in ``lang``, in the platform's words: the PPC tables are named for its search ads.

    The vocabulary names the PPC tables for Tmall's search ads (直通车关键词, 直通车计划,
    直通车搜索词, the titles of :data:`shopanalysis._schema.TABLES`); on another
    platform they take its own word (京东快车关键词). The templates are the ``table.*``
    keys of :mod:`shopanalysis.text.platform`; any other table keeps its vocabulary
    label (店铺整体). ``platform`` is the shop's code (``shop.platform``); not known:
    Tmall's words, as :func:`platform_words`. The one place a table is named in the
    platform's words: the morning checklist and the missing-data notes of the reports
    call it.

    Parameters
    ----------
    table : str
        A table of the data contract (``ppc_keywords``).
    platform : {'tmall', 'taobao', 'jd', 'pdd'} or None, default None
    lang : {'zh', 'en'} or None, default None
        None follows :func:`shopanalysis.set_language`.

    Examples
    --------
    >>> table_label("ppc_keywords", "jd"), table_label("ppc_keywords"), table_label("shop_daily", "jd")
    ('京东快车关键词', '直通车关键词', '店铺整体')
    >>> table_label("ppc_campaigns", "pdd", lang="en")
    'PPC campaigns (Duoduo Search)'
    """
    key = f"table.{table}"
    if key in T:
        return T(key, lang=lang, **platform_words(platform, lang=lang))
    return vocab.value_label("table", table, lang=lang, default=table)


def export_file(table: str, platform: str | None = None) -> str:
    """Return the file name to save a table's export as so the reader finds it, in the platform's words.

    Of the table's file names (``TABLES[table].file_aliases``, which
    :func:`shopanalysis.load_shop` recognises), the first that names the platform's own
    search ads (京东快车关键词 on JD), else the first that names no platform's ads
    (推广计划 rather than 直通车计划 on JD), else the first. Not known: Tmall's, as
    :func:`platform_words`.

    Examples
    --------
    >>> export_file("ppc_keywords", "jd"), export_file("ppc_campaigns", "jd"), export_file("ppc_campaigns")
    ('京东快车关键词.csv', '推广计划.csv', '直通车计划.csv')
    >>> export_file("shop_daily", "jd")
    '店铺整体.csv'
    """
    spec = TABLES[table]
    names = spec.file_aliases or (spec.title,)
    own = platform_words(platform, lang="zh")["ads"]
    every = {T(f"search_ads.{code}", lang="zh") for code in PLATFORMS}
    named_for_own = [n for n in names if own in n]
    named_for_none = [n for n in names if not any(word in n for word in every)]
    return f"{(named_for_own or named_for_none or names)[0]}.csv"  # data: a file name
