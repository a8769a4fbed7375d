from ._native import (
    Bounce as Bounce,
    Classification as Classification,
    Recipient as Recipient,
    classify as classify,
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
    "Classification",
    "Code",
    "Explanation",
    "Found",
    "Recipient",
    "Status",
    "__version__",
    "explain",
    "find_codes",
    "lookup",
    "classify",
    "parse_bounce",
    "read_bounces",
]
