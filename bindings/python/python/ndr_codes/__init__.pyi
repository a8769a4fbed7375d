from ._native import (
    Bounce as Bounce,
    Recipient as Recipient,
    parse_bounce as parse_bounce,
    read_bounces as read_bounces,
)
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
    "Bounce",
    "Code",
    "Explanation",
    "Found",
    "Recipient",
    "Status",
    "__version__",
    "explain",
    "find_codes",
    "lookup",
    "parse_bounce",
    "read_bounces",
]
