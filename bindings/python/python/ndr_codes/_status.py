# @generated from catalog.yaml by `cargo xtask codegen` (crates/ndr-codes-codegen). Do not edit.
"""The catalog's entries as ``Status``, an ``enum.IntEnum`` in code order.

A member's name is the UPPER_SNAKE form of the catalog id and its value the entry's (first)
code as ``class * 1_000_000 + subject * 1_000 + detail`` (5.1.1 is 5001001). Its text comes
from the native tables of ``ndr_codes._native``.
"""

from __future__ import annotations

import enum

from . import _native
from ._native import Code

__all__ = ["Status"]


class Status(enum.IntEnum):
    """An entry of the catalog: one member per code or detail range, in code order.

    ``Status("5.1.1")``, ``Status(5001001)`` and ``Status(Code("5.1.1"))`` give the member, and
    a code inside a range gives the range's member. A malformed code, or one the catalog does
    not hold, raises ``ValueError``; a value of another type raises ``TypeError``.
    ``str(member)`` is the code, such as ``"5.1.1"``.
    """

    SUCCESS = 2000000
    "2.0.0: Success."
    SUCCESS_OTHER_ADDRESS_STATUS = 2001000
    "2.1.0: Address accepted."
    DESTINATION_ADDRESS_VALID = 2001005
    "2.1.5: Destination address valid."
    MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER = 2001009
    "2.1.9: Message relayed to non-compliant mailer."
    SUCCESS_OTHER_MAIL_SYSTEM_STATUS = 2003000
    "2.3.0: Success with mail system remark."
    REQUESTED_PRIORITY_CHANGED = 2003006
    "2.3.6: Requested priority was changed."
    SUCCESS_OTHER_PROTOCOL_STATUS = 2005000
    "2.5.0: Protocol command accepted."
    SUCCESS_OTHER_MEDIA_STATUS = 2006000
    "2.6.0: Message content accepted."
    CONVERSION_WITH_LOSS_PERFORMED = 2006004
    "2.6.4: Conversion with loss performed."
    SUCCESS_UTF8_REPLY_REQUIRED = 2006008
    "2.6.8: Reply would need UTF-8 (no confirmation given)."
    SUCCESS_OTHER_SECURITY_STATUS = 2007000
    "2.7.0: Authentication succeeded."
    SUCCESS_MESSAGE_INTEGRITY_FAILURE = 2007007
    "2.7.7: Delivered, integrity not confirmed."
    TRANSIENT_OTHER_UNDEFINED_STATUS = 4000000
    "4.0.0: Temporary failure, reason not given."
    TRANSIENT_BAD_DESTINATION_MAILBOX = 4001001
    "4.1.1: Recipient address not verified yet."
    TRANSIENT_BAD_DESTINATION_SYSTEM_ADDRESS = 4001002
    "4.1.2: Recipient domain not found (temporary)."
    TRANSIENT_BAD_SENDER_MAILBOX_ADDRESS_SYNTAX = 4001007
    "4.1.7: Sender address not verified yet."
    TRANSIENT_BAD_SENDER_SYSTEM_ADDRESS = 4001008
    "4.1.8: Sender domain not found (temporary)."
    TRANSIENT_OTHER_MAILBOX_STATUS = 4002000
    "4.2.0: Temporary mailbox problem."
    TRANSIENT_MAILBOX_DISABLED = 4002001
    "4.2.1: Mailbox not accepting mail for now."
    TRANSIENT_MAILBOX_FULL = 4002002
    "4.2.2: Mailbox full (temporary)."
    TRANSIENT_MAILING_LIST_EXPANSION_PROBLEM = 4002004
    "4.2.4: Mailing list expansion failed (temporary)."
    OTHER_MAIL_SYSTEM_STATUS = 4003000
    "4.3.0: Temporary mail system error."
    MAIL_SYSTEM_FULL = 4003001
    "4.3.1: Mail system full."
    SYSTEM_NOT_ACCEPTING_MESSAGES = 4003002
    "4.3.2: System not accepting network messages."
    TRANSIENT_SYSTEM_NOT_CAPABLE_OF_FEATURES = 4003003
    "4.3.3: System not capable of selected features (transient)."
    TRANSIENT_SYSTEM_INCORRECTLY_CONFIGURED = 4003005
    "4.3.5: Server configuration problem, temporary."
    OTHER_NETWORK_ROUTING_STATUS = 4004000
    "4.4.0: Temporary network or routing problem."
    NO_ANSWER_FROM_HOST = 4004001
    "4.4.1: No answer from host."
    BAD_CONNECTION = 4004002
    "4.4.2: Bad connection."
    DIRECTORY_SERVER_FAILURE = 4004003
    "4.4.3: Directory server failure."
    TRANSIENT_UNABLE_TO_ROUTE = 4004004
    "4.4.4: Unable to route, temporary."
    MAIL_SYSTEM_CONGESTION = 4004005
    "4.4.5: Mail system congestion."
    TRANSIENT_ROUTING_LOOP_DETECTED = 4004006
    "4.4.6: Routing loop detected, temporary."
    DELIVERY_TIME_EXPIRED = 4004007
    "4.4.7: Delivery time expired."
    TRANSIENT_MTA_STS_MX_HOSTS_FAILED = 4004008
    "4.4.8: MX hosts failed MTA-STS validation (transient)."
    EXCHANGE_ROUTING_CONFIGURATION_ERROR = 4004009
    "4.4.9: Exchange connector routing error."
    REPLICATION_INSUFFICIENT_RESOURCES = 4004024
    "4.4.24: Message not replicated, resources short."
    REPLICATION_NO_HEALTHY_SECONDARY = 4004025
    "4.4.25: Message not replicated, no healthy secondary."
    REPLICATION_CANCELLED = 4004028
    "4.4.28: Message not replicated, operation cancelled."
    TRANSIENT_DNS_QUERY_FAILED = 4004312
    "4.4.312: DNS query failed, will retry (Exchange Online)."
    TRANSIENT_CONNECTION_TIMED_OUT = 4004315
    "4.4.315: Connection timed out, will retry (Exchange Online)."
    TRANSIENT_CONNECTION_REFUSED = 4004316
    "4.4.316: Connection refused, will retry (Exchange Online)."
    TRANSIENT_CANNOT_CONNECT_TO_REMOTE_SERVER = 4004317
    "4.4.317: Cannot connect to remote server, will retry (Exchange Online)."
    TRANSIENT_CONNECTION_CLOSED_ABRUPTLY = 4004318
    "4.4.318: Connection closed abruptly, will retry (Exchange Online)."
    TRANSIENT_OTHER_PROTOCOL_STATUS = 4005000
    "4.5.0: Temporary mail protocol problem."
    TRANSIENT_INVALID_COMMAND = 4005001
    "4.5.1: Invalid command (transient)."
    TRANSIENT_TOO_MANY_RECIPIENTS = 4005003
    "4.5.3: Too many recipients for this transaction."
    TRANSIENT_INVALID_COMMAND_ARGUMENTS = 4005004
    "4.5.4: Invalid command arguments (transient)."
    TRANSIENT_AUTH_EXCHANGE_LINE_TOO_LONG = 4005006
    "4.5.6: Authentication exchange line too long (transient)."
    TRANSIENT_OTHER_MEDIA_ERROR = 4006000
    "4.6.0: Temporary media error."
    TRANSIENT_CONVERSION_FAILED = 4006005
    "4.6.5: Conversion failed (transient)."
    TRANSIENT_MESSAGE_CONTENT_NOT_AVAILABLE = 4006006
    "4.6.6: Message content not available (transient)."
    TRANSIENT_OTHER_SECURITY_STATUS = 4007000
    "4.7.0: Temporary security or policy failure."
    TRANSIENT_DELIVERY_NOT_AUTHORIZED = 4007001
    "4.7.1: Delivery not authorized (transient)."
    TRANSIENT_SECURITY_CONVERSION_NOT_POSSIBLE = 4007003
    "4.7.3: Security conversion not possible (transient)."
    TRANSIENT_SECURITY_FEATURES_NOT_SUPPORTED = 4007004
    "4.7.4: Security features not supported (transient)."
    TRANSIENT_CRYPTOGRAPHIC_FAILURE = 4007005
    "4.7.5: Cryptographic failure (transient)."
    TRANSIENT_MESSAGE_INTEGRITY_FAILURE = 4007007
    "4.7.7: Message integrity failure (transient)."
    TRANSIENT_PASSWORD_TRANSITION_NEEDED = 4007012
    "4.7.12: Password transition needed."
    TRANSIENT_PRIORITY_LEVEL_TOO_LOW = 4007015
    "4.7.15: Priority level too low (transient)."
    TRANSIENT_MESSAGE_TOO_BIG_FOR_PRIORITY = 4007016
    "4.7.16: Message too big for its priority (transient)."
    TRANSIENT_SPF_VALIDATION_ERROR = 4007024
    "4.7.24: SPF validation error (transient)."
    TRANSIENT_REVERSE_DNS_VALIDATION_FAILED = 4007025
    "4.7.25: Reverse DNS validation failed (transient)."
    TRANSIENT_MULTIPLE_AUTHENTICATION_CHECKS_FAILED = 4007026
    "4.7.26: Multiple authentication checks failed (transient)."
    TRANSIENT_MAIL_FLOOD_DETECTED = 4007028
    "4.7.28: Mail flood detected (transient)."
    LEGACY_TLS_CLIENT_REFUSED = 4007066
    "4.7.66: TLS 1.0 or 1.1 submission refused."
    TRANSIENT_DANE_STARTTLS_NOT_SUPPORTED = 4007321
    "4.7.321: DANE destination without TLS (transient)."
    TRANSIENT_DANE_CERTIFICATE_EXPIRED = 4007322
    "4.7.322: DANE destination certificate expired (transient)."
    TRANSIENT_DANE_TLSA_INVALID = 4007323
    "4.7.323: DANE validation failed (transient)."
    TRANSIENT_DANE_DNSSEC_INVALID = 4007324
    "4.7.324: Destination DNSSEC records invalid (transient)."
    TRANSIENT_DANE_CERTIFICATE_HOST_MISMATCH = 4007325
    "4.7.325: DANE certificate name mismatch (transient)."
    SUSPICIOUS_SENDER_THROTTLED = 4007500
    "4.7.500-699: Sending temporarily restricted (ASxxx)."
    PFA_AGENT_BUSY = 4007700
    "4.7.700: Protection agent busy."
    SUSPICIOUS_IP_TEMPORARILY_RESTRICTED = 4007850
    "4.7.850-899: Sending IP temporarily restricted."
    OTHER_UNDEFINED_STATUS = 5000000
    "5.0.0: Permanent failure, reason not given."
    GENERIC_RECIPIENT_ORGANIZATION_ERROR = 5000350
    "5.0.350: Generic error from the recipient's organization."
    OTHER_ADDRESS_STATUS = 5001000
    "5.1.0: Address problem (unspecified)."
    BAD_DESTINATION_MAILBOX = 5001001
    "5.1.1: Bad destination mailbox address."
    BAD_DESTINATION_SYSTEM_ADDRESS = 5001002
    "5.1.2: Bad destination system address."
    BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX = 5001003
    "5.1.3: Bad destination mailbox address syntax."
    DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS = 5001004
    "5.1.4: Destination mailbox address ambiguous."
    PERMANENT_DESTINATION_ADDRESS_VALID = 5001005
    "5.1.5: Recipient domain reserved for examples."
    DESTINATION_MAILBOX_HAS_MOVED = 5001006
    "5.1.6: Destination mailbox has moved."
    BAD_SENDER_MAILBOX_ADDRESS_SYNTAX = 5001007
    "5.1.7: Bad sender address syntax."
    BAD_SENDER_SYSTEM_ADDRESS = 5001008
    "5.1.8: Bad sender's system address."
    PERMANENT_MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER = 5001009
    "5.1.9: UTF-8 sender address not supported (Exchange)."
    RECIPIENT_ADDRESS_HAS_NULL_MX = 5001010
    "5.1.10: Recipient address has null MX."
    MULTIPLE_FROM_WITHOUT_SENDER = 5001020
    "5.1.20: Several From addresses but no Sender."
    DAILY_RECIPIENT_LIMIT_REACHED = 5001090
    "5.1.90: Daily recipient limit reached."
    OTHER_MAILBOX_STATUS = 5002000
    "5.2.0: Mailbox problem (unspecified)."
    MAILBOX_DISABLED = 5002001
    "5.2.1: Mailbox disabled."
    MAILBOX_FULL = 5002002
    "5.2.2: Mailbox full."
    MESSAGE_LENGTH_EXCEEDS_ADMINISTRATIVE_LIMIT = 5002003
    "5.2.3: Message too large for this mailbox."
    MAILING_LIST_EXPANSION_PROBLEM = 5002004
    "5.2.4: Mailing list expansion failed."
    MISCONFIGURED_FORWARDING_ADDRESS = 5002014
    "5.2.14: Misconfigured forwarding address."
    RECIPIENT_HOURLY_LIMIT_FROM_SENDER_EXCEEDED = 5002121
    "5.2.121: Recipient's hourly limit from this sender exceeded."
    RECIPIENT_HOURLY_LIMIT_EXCEEDED = 5002122
    "5.2.122: Recipient's hourly receive limit exceeded."
    SENDER_THROTTLED_MAILBOX_FULL = 5002251
    "5.2.251: Sender throttled after repeated mailbox-full errors."
    SEND_AS_DENIED = 5002252
    "5.2.252: Not allowed to send as this address."
    SENDER_THROTTLED_INVALID_LICENSE = 5002253
    "5.2.253: Sender throttled after repeated invalid-licence errors."
    SENDER_THROTTLED_TOO_MANY_RECIPIENTS = 5002254
    "5.2.254: Sender throttled after repeated too-many-recipients errors."
    SENDER_THROTTLED_INVALID_RECIPIENTS = 5002255
    "5.2.255: Sender throttled after repeated invalid-recipient errors."
    PERMANENT_OTHER_MAIL_SYSTEM_STATUS = 5003000
    "5.3.0: Permanent mail system error."
    PERMANENT_MAIL_SYSTEM_FULL = 5003001
    "5.3.1: Mail system full, permanent."
    PERMANENT_SYSTEM_NOT_ACCEPTING_MESSAGES = 5003002
    "5.3.2: System does not accept mail."
    SYSTEM_NOT_CAPABLE_OF_FEATURES = 5003003
    "5.3.3: System not capable of selected features."
    MESSAGE_TOO_BIG_FOR_SYSTEM = 5003004
    "5.3.4: Message too big for system."
    SYSTEM_INCORRECTLY_CONFIGURED = 5003005
    "5.3.5: System incorrectly configured."
    JOURNALING_ARCHIVE_DISABLED = 5003190
    "5.3.190: Journaling to Microsoft 365 not allowed."
    PERMANENT_OTHER_NETWORK_ROUTING_STATUS = 5004000
    "5.4.0: Permanent network or routing problem."
    PERMANENT_NO_ANSWER_FROM_HOST = 5004001
    "5.4.1: No answer from host, or access denied (Exchange Online)."
    PERMANENT_BAD_CONNECTION = 5004002
    "5.4.2: Bad connection, permanent."
    PERMANENT_DIRECTORY_SERVER_FAILURE = 5004003
    "5.4.3: Directory or routing server failure, permanent."
    UNABLE_TO_ROUTE = 5004004
    "5.4.4: Unable to route."
    PERMANENT_MAIL_SYSTEM_CONGESTION = 5004005
    "5.4.5: Mail system congestion, permanent."
    ROUTING_LOOP_DETECTED = 5004006
    "5.4.6: Routing loop detected."
    PERMANENT_DELIVERY_TIME_EXPIRED = 5004007
    "5.4.7: Delivery time expired, permanent."
    ROUTES_BACK_TO_SELF = 5004008
    "5.4.8: MX hosts failed MTA-STS validation (older meaning routes back to self)."
    AGENT_GENERATED_MESSAGE_DEPTH_EXCEEDED = 5004011
    "5.4.11: Agent-generated message depth exceeded."
    HOP_COUNT_EXCEEDED_EXCHANGE_ONLINE = 5004014
    "5.4.14: Hop count exceeded in Exchange Online."
    MESSAGE_EXPIRED_EXCHANGE_ONLINE = 5004300
    "5.4.300: Message expired in Exchange Online."
    DNS_DOMAIN_DOES_NOT_EXIST = 5004310
    "5.4.310: Recipient DNS domain does not exist."
    DNS_QUERY_FAILED = 5004312
    "5.4.312: DNS query failed, message expired (Exchange Online)."
    CONNECTION_TIMED_OUT = 5004315
    "5.4.315: Connection timed out, message expired (Exchange Online)."
    CONNECTION_REFUSED = 5004316
    "5.4.316: Connection refused, message expired (Exchange Online)."
    CANNOT_CONNECT_TO_REMOTE_SERVER = 5004317
    "5.4.317: Cannot connect to remote server, message expired (Exchange Online)."
    CONNECTION_CLOSED_ABRUPTLY = 5004318
    "5.4.318: Connection closed abruptly, message expired (Exchange Online)."
    OTHER_PROTOCOL_STATUS = 5005000
    "5.5.0: Mail protocol error."
    INVALID_COMMAND = 5005001
    "5.5.1: Invalid command."
    SYNTAX_ERROR = 5005002
    "5.5.2: Syntax error in command."
    TOO_MANY_RECIPIENTS = 5005003
    "5.5.3: Too many recipients."
    INVALID_COMMAND_ARGUMENTS = 5005004
    "5.5.4: Invalid command arguments."
    WRONG_PROTOCOL_VERSION = 5005005
    "5.5.5: Wrong protocol version."
    AUTH_EXCHANGE_LINE_TOO_LONG = 5005006
    "5.5.6: Authentication exchange line too long."
    OTHER_MEDIA_ERROR = 5006000
    "5.6.0: Other or undefined media error."
    MEDIA_NOT_SUPPORTED = 5006001
    "5.6.1: Media not supported."
    CONVERSION_REQUIRED_AND_PROHIBITED = 5006002
    "5.6.2: Conversion required and prohibited."
    CONVERSION_REQUIRED_BUT_NOT_SUPPORTED = 5006003
    "5.6.3: Conversion required but not supported."
    PERMANENT_CONVERSION_WITH_LOSS_PERFORMED = 5006004
    "5.6.4: Conversion with loss prohibited."
    CONVERSION_FAILED = 5006005
    "5.6.5: Conversion failed."
    MESSAGE_CONTENT_NOT_AVAILABLE = 5006006
    "5.6.6: Message content not available."
    NON_ASCII_ADDRESS_NOT_PERMITTED = 5006007
    "5.6.7: Non-ASCII address not permitted."
    UTF8_REPLY_REQUIRED = 5006008
    "5.6.8: UTF-8 reply required but not permitted."
    UTF8_HEADER_NOT_TRANSFERABLE = 5006009
    "5.6.9: UTF-8 header message cannot be transferred."
    UTF8_REPLY_REQUIRED_DUPLICATE = 5006010
    "5.6.10: UTF-8 reply required (deprecated duplicate)."
    BARE_LINE_FEEDS_REJECTED = 5006011
    "5.6.11: Message contains bare line feeds."
    OTHER_SECURITY_STATUS = 5007000
    "5.7.0: Other or undefined security status."
    DELIVERY_NOT_AUTHORIZED = 5007001
    "5.7.1: Delivery not authorized, message refused."
    MAILING_LIST_EXPANSION_PROHIBITED = 5007002
    "5.7.2: Mailing list expansion prohibited."
    SECURITY_CONVERSION_NOT_POSSIBLE = 5007003
    "5.7.3: Security conversion required but not possible."
    SECURITY_FEATURES_NOT_SUPPORTED = 5007004
    "5.7.4: Security features not supported."
    CRYPTOGRAPHIC_FAILURE = 5007005
    "5.7.5: Cryptographic failure."
    CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED = 5007006
    "5.7.6: Cryptographic algorithm not supported."
    MESSAGE_INTEGRITY_FAILURE = 5007007
    "5.7.7: Message integrity failure."
    AUTHENTICATION_CREDENTIALS_INVALID = 5007008
    "5.7.8: Authentication credentials invalid."
    AUTHENTICATION_MECHANISM_TOO_WEAK = 5007009
    "5.7.9: Authentication mechanism too weak."
    ENCRYPTION_NEEDED = 5007010
    "5.7.10: Encryption needed."
    ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM = 5007011
    "5.7.11: Encryption required for authentication mechanism."
    PASSWORD_TRANSITION_NEEDED = 5007012
    "5.7.12: Password transition needed or sender not authenticated."
    USER_ACCOUNT_DISABLED = 5007013
    "5.7.13: User account disabled."
    TRUST_RELATIONSHIP_REQUIRED = 5007014
    "5.7.14: Trust relationship required."
    PRIORITY_LEVEL_TOO_LOW = 5007015
    "5.7.15: Priority level too low."
    MESSAGE_TOO_BIG_FOR_PRIORITY = 5007016
    "5.7.16: Message too big for specified priority."
    MAILBOX_OWNER_CHANGED = 5007017
    "5.7.17: Mailbox owner has changed."
    DOMAIN_OWNER_CHANGED = 5007018
    "5.7.18: Domain owner has changed."
    RRVS_TEST_NOT_COMPLETED = 5007019
    "5.7.19: RRVS test cannot be completed."
    NO_PASSING_DKIM_SIGNATURE = 5007020
    "5.7.20: No passing DKIM signature found."
    NO_ACCEPTABLE_DKIM_SIGNATURE = 5007021
    "5.7.21: No acceptable DKIM signature found."
    NO_AUTHOR_MATCHED_DKIM_SIGNATURE = 5007022
    "5.7.22: No valid author-matched DKIM signature found."
    SPF_VALIDATION_FAILED = 5007023
    "5.7.23: SPF validation failed."
    SPF_VALIDATION_ERROR = 5007024
    "5.7.24: SPF validation error."
    REVERSE_DNS_VALIDATION_FAILED = 5007025
    "5.7.25: Reverse DNS validation failed."
    MULTIPLE_AUTHENTICATION_CHECKS_FAILED = 5007026
    "5.7.26: Multiple authentication checks failed."
    SENDER_ADDRESS_HAS_NULL_MX = 5007027
    "5.7.27: Sender address has null MX."
    MAIL_FLOOD_DETECTED = 5007028
    "5.7.28: Mail flood detected."
    ARC_VALIDATION_FAILURE = 5007029
    "5.7.29: ARC validation failure."
    REQUIRE_TLS_SUPPORT_REQUIRED = 5007030
    "5.7.30: REQUIRETLS support required."
    RESTRICTED_CONNECTOR_SOURCE_MISMATCH = 5007051
    "5.7.51: Sender outside a restricted partner connector."
    UNABLE_TO_RELAY_NON_ACCEPTED_DOMAIN = 5007054
    "5.7.54: Relay to non-accepted domain refused."
    ANONYMOUS_SUBMISSION_REFUSED = 5007057
    "5.7.57: Client not authenticated to send anonymous mail."
    SEND_AS_PERMISSION_MISSING = 5007060
    "5.7.60: No permission to send as this sender."
    TENANT_ATTRIBUTION_RELAY_DENIED = 5007064
    "5.7.64: TenantAttribution relay access denied."
    DIRECT_SEND_REJECTED = 5007068
    "5.7.68: Direct Send not allowed."
    DISTRIBUTION_LIST_EXPANSION_PROHIBITED = 5007100
    "5.7.100: Sender prohibited distribution group expansion."
    GROUP_MAILBOX_DELIVERY_FAILED = 5007103
    "5.7.103: Delivery to a group mailbox failed."
    SENDER_NOT_IN_GROUP_ALLOWED_SENDERS = 5007124
    "5.7.124: Sender not in group's allowed senders list."
    SENDER_NOT_ON_RECIPIENT_ACCEPT_LIST = 5007129
    "5.7.129: Sender not on recipient's accept list."
    GROUP_REJECTS_EXTERNAL_SENDERS = 5007133
    "5.7.133: Group accepts only authenticated senders."
    MAILBOX_REJECTS_EXTERNAL_SENDERS = 5007134
    "5.7.134: Mailbox accepts only authenticated senders."
    PUBLIC_FOLDER_REJECTS_EXTERNAL_SENDERS = 5007135
    "5.7.135: Public folder accepts only authenticated senders."
    MAIL_USER_REJECTS_EXTERNAL_SENDERS = 5007136
    "5.7.136: Mail user accepts only authenticated senders."
    SMTP_AUTH_UNSUCCESSFUL = 5007139
    "5.7.139: SMTP AUTH not allowed or failed."
    MICROSOFT365_GROUP_REJECTS_EXTERNAL_SENDERS = 5007193
    "5.7.193: Microsoft 365 group does not accept external mail."
    TRIAL_TENANT_EXTERNAL_RECIPIENT_LIMIT = 5007232
    "5.7.232: Trial tenant external recipient limit reached."
    TENANT_EXTERNAL_RECIPIENT_LIMIT = 5007233
    "5.7.233: Tenant external recipient limit reached."
    ONMICROSOFT_DOMAIN_EXTERNAL_RECIPIENT_LIMIT = 5007236
    "5.7.236: onmicrosoft.com external recipient limit reached."
    ALTERNATE_RECIPIENT_PROHIBITED = 5007300
    "5.7.300: Sender prohibited redirection to an alternate recipient."
    DANE_STARTTLS_NOT_SUPPORTED = 5007321
    "5.7.321: DANE destination without TLS."
    DANE_CERTIFICATE_EXPIRED = 5007322
    "5.7.322: DANE destination certificate expired."
    DANE_TLSA_INVALID = 5007323
    "5.7.323: DANE validation failed."
    DANE_DNSSEC_INVALID = 5007324
    "5.7.324: Destination DNSSEC records invalid."
    DANE_CERTIFICATE_HOST_MISMATCH = 5007325
    "5.7.325: DANE certificate name mismatch."
    REMOTE_SERVER_DETECTED_SPAM = 5007350
    "5.7.350: Remote server rejected message as spam."
    REMOTE_SERVER_RELAY_DENIED = 5007367
    "5.7.367: Remote server refused forwarded or relayed mail."
    SPAM_ABUSE_DETECTED = 5007501
    "5.7.501: Sending account banned for spam abuse."
    BANNED_SENDER_ACCOUNT = 5007502
    "5.7.502: Sending account banned."
    BANNED_SENDER_ACCOUNT_ALTERNATE = 5007503
    "5.7.503: Sending account banned (5.7.503)."
    RECIPIENT_ADDRESS_REJECTED_ACCESS_DENIED = 5007504
    "5.7.504: Recipient address rejected, access denied."
    BANNED_RECIPIENT = 5007505
    "5.7.505: Recipient banned."
    BAD_HELO = 5007506
    "5.7.506: HELO names the receiving server."
    REJECTED_BY_RECIPIENT_ORGANIZATION = 5007507
    "5.7.507: Sending IP blocked by recipient organization."
    IPV6_RANGE_RATE_EXCEEDED = 5007508
    "5.7.508: IPv6 sending range over its limit."
    DMARC_REJECT_POLICY = 5007509
    "5.7.509: DMARC failed with reject policy."
    RECIPIENT_REFUSES_IPV6 = 5007510
    "5.7.510: Recipient does not accept mail over IPv6."
    BANNED_SENDER_IP = 5007511
    "5.7.511: Sending IP banned (5.7.511)."
    FROM_HEADER_NOT_COMPLIANT = 5007512
    "5.7.512: No valid From address."
    CUSTOMER_BLOCK_LISTED = 5007513
    "5.7.513: Sending IP on recipient's block list."
    HIGH_VOLUME_SENDER_AUTHENTICATION_REQUIRED = 5007515
    "5.7.515: Sending domain below required authentication level."
    EXTERNAL_FORWARDING_BLOCKED = 5007520
    "5.7.520: External forwarding not allowed."
    BANNED_SENDING_IP = 5007606
    "5.7.606-649: Sending IP address banned."
    TENANT_SENDING_BLOCKED = 5007700
    "5.7.700-749: Tenant blocked from sending."
    RECIPIENT_BLOCKED_BY_TENANT_ALLOW_BLOCK_LIST = 5007703
    "5.7.703: Recipient blocked by own Tenant Allow/Block List."
    TENANT_EXCEEDED_THRESHOLD = 5007705
    "5.7.705: Tenant exceeded spam threshold."
    TRAFFIC_NOT_ACCEPTED_FROM_IP = 5007708
    "5.7.708: Traffic not accepted from this IP."
    BAD_INBOUND_CONNECTOR = 5007711
    "5.7.711: Inbound connector restricted."
    UNREGISTERED_DOMAIN_SENDING_BLOCKED = 5007750
    "5.7.750: Sending from unregistered domains blocked."
    BANNED_SENDER_DOMAIN = 5007800
    "5.7.800: Sending domain banned."
    TRANSPORT_RULE_CUSTOM_REJECTION = 5007900
    "5.7.900-999: Rejected by a mail flow rule with a custom code."

    @classmethod
    def _missing_(cls, value: object) -> Status:
        "Finds the member for a code given as str, as an int key inside a range, or as a Code."
        return _native.status_for(value)

    @classmethod
    def from_diagnostic(cls, token: str) -> Status | None:
        "The member that lists an Exchange diagnostic token such as RESOLVER.ADR.RecipNotFound (ASCII case ignored), or None."
        return _native.status_from_diagnostic(token)

    def __str__(self) -> str:
        "The (first) code: \"5.1.1\"; \"5.7.606\" for the range 5.7.606-649."
        return _native.status_str(self)

    def __repr__(self) -> str:
        "<Status.BAD_DESTINATION_MAILBOX: 5.1.1>, with the range for a range entry."
        return f"<{type(self).__name__}.{self._name_}: {_native.status_notation(self)}>"

    def __format__(self, format_spec: str) -> str:
        "Formats the code as text, as str() does (f\"{status}\" is \"5.1.1\" on every Python version)."
        return format(str(self), format_spec)

    @property
    def key(self) -> int:
        "The key: class * 1_000_000 + subject * 1_000 + detail of the (first) code, the member's value."
        return self._value_

    @property
    def code(self) -> Code:
        "The (first) code."
        return _native.status_code(self)

    @property
    def notation(self) -> str:
        "The code or detail range as the catalog writes it: \"5.1.1\", \"5.7.606-649\"."
        return _native.status_notation(self)

    @property
    def title(self) -> str:
        "A short title."
        return _native.status_title(self)

    @property
    def description(self) -> str:
        "What the code means by the standard (or, for a private code, by its vendor)."
        return _native.status_description(self)

    @property
    def applies_to(self) -> str:
        "Which mail systems use the code with which meaning: for a code that means different things in different systems, each group of systems with its meaning (the registry's first, then current before older); else the systems its origin implies."
        return _native.status_applies_to(self)

    @property
    def exchange(self) -> str | None:
        "What Exchange / Exchange Online mean by the code, where that differs or adds."
        return _native.status_exchange(self)

    @property
    def remedy(self) -> str:
        "What to check or do next."
        return _native.status_remedy(self)

    @property
    def sender(self) -> str | None:
        "The step for the person who got the NDR, in plain words: what they can do themselves, and when to hand over to their mail administrator."
        return _native.status_sender(self)

    @property
    def actor(self) -> str:
        "Who usually has to act: the sender, the sender's admin, the recipient, the recipient's admin, or nobody. As its id, such as \"sender-admin\"."
        return _native.status_actor(self)

    @property
    def reason(self) -> str:
        "The bounce reason the code is filed under (the taxonomy of docs/catalog-format.md). As its id, such as \"user-unknown\"."
        return _native.status_reason(self)

    @property
    def smtp_replies(self) -> tuple[int, ...]:
        "The basic SMTP reply codes the code comes with, such as 550."
        return _native.status_smtp_replies(self)

    @property
    def origin(self) -> str:
        "Who defined the code: the IANA registry, Exchange, Exchange Online or another vendor. As its id, such as \"exchange-online\"."
        return _native.status_origin(self)

    @property
    def note(self) -> str | None:
        "Remarks, such as why the catalog lists the code in this class."
        return _native.status_note(self)

    @property
    def diagnostics(self) -> tuple[str, ...]:
        "Exchange diagnostic tokens that come with the code, such as RESOLVER.ADR.RecipNotFound."
        return _native.status_diagnostics(self)

    @property
    def references(self) -> tuple[str, ...]:
        "Sources: RFC sections, document titles, URLs."
        return _native.status_references(self)

    @property
    def is_success(self) -> bool:
        "Whether the class is 2."
        return _native.status_class(self) == 2

    @property
    def is_transient(self) -> bool:
        "Whether the class is 4: the sender's server should retry."
        return _native.status_class(self) == 4

    @property
    def is_permanent(self) -> bool:
        "Whether the class is 5: retrying unchanged fails again."
        return _native.status_class(self) == 5
