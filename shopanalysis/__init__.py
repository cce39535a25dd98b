"""shopanalysis: turn marketplace exports into the reviews an online-shop operator needs.

Read exports with :func:`read_table` / :func:`load_shop`, compute metrics with the
domain modules (:mod:`shopanalysis.metrics`, ...), draw with
:mod:`shopanalysis.plotting`, and run report notebooks with ``shopanalysis run``.
"""

from ._errors import DataError, DataWarning
from ._shop import Shop

__version__ = "0.1.0"

__all__ = ["DataError", "DataWarning", "Shop", "__version__"]
