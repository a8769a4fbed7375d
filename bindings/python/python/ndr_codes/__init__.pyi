from ._native import (
    Code as Code,
    Explanation as Explanation,
    Found as Found,
    __version__ as __version__,
    explain as explain,
    find_codes as find_codes,
    lookup as lookup,
)
from ._status import Status as Status

__all__ = [
    "Code",
    "Explanation",
    "Found",
    "Status",
    "__version__",
    "explain",
    "find_codes",
    "lookup",
]
