"""SMTP enhanced status codes (RFC 3463) with their Exchange / Exchange Online meanings.

    >>> import ndr_codes
    >>> status = ndr_codes.Status("5.1.1")
    >>> status
    <Status.BAD_DESTINATION_MAILBOX: 5.1.1>
    >>> status.is_permanent, status.reason
    (True, 'user-unknown')
    >>> ndr_codes.lookup("not a code") is None
    True
    >>> [str(m.code) for m in ndr_codes.find_codes("550 5.1.1 from 10.5.1.1")]
    ['5.1.1']

``Status`` is an ``enum.IntEnum`` with one member per catalog entry; ``Code`` is any
well-formed code, known or not; ``explain`` answers for every code from the closest entry;
``find_codes`` finds codes in SMTP replies, NDRs and logs (``str`` or ``bytes``).
``parse_bounce`` reads a whole bounce message (``bytes``) into a ``Bounce`` with one
``Recipient`` per failed recipient (code, reason, hard or soft, the server's words);
``read_bounces`` walks files, mbox, maildir, directories and ``.gz``; ``classify`` gives the
reason a single reply or log line states.
``__version__`` is the version of the ndr-codes crates the package was built from.
"""

from ._native import Code, Explanation, Found, __version__, explain, find_codes, lookup
from ._native import Bounce, Classification, Recipient, classify, parse_bounce, read_bounces
from ._status import Status

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
