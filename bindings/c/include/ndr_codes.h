// @generated from catalog.yaml by `cargo xtask codegen` (crates/ndr-codes-codegen). Do not edit.
// Functions: cbindgen from crates/ndr-codes-ffi/src; constants: crates/ndr-codes-codegen/src/c.rs.
// Conventions (naming, ownership, errors, threading): bindings/c/README.md.

#ifndef NDR_CODES_H
#define NDR_CODES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** The version of this header; ndr_version() gives the library's. */
#define NDR_CODES_VERSION_MAJOR 0
#define NDR_CODES_VERSION_MINOR 1
#define NDR_CODES_VERSION_PATCH 0
#define NDR_CODES_VERSION "0.1.0"

/*
 * Status values: one per catalog entry, in code order. The value is
 * class * 1000000 + subject * 1000 + detail of the entry's (first) code.
 */
/** `2.0.0`: Success */
#define NDR_STATUS_SUCCESS                                           2000000u
/** `2.1.0`: Address accepted */
#define NDR_STATUS_SUCCESS_OTHER_ADDRESS_STATUS                      2001000u
/** `2.1.5`: Destination address valid */
#define NDR_STATUS_DESTINATION_ADDRESS_VALID                         2001005u
/** `2.1.9`: Message relayed to non-compliant mailer */
#define NDR_STATUS_MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER           2001009u
/** `2.3.0`: Success with mail system remark */
#define NDR_STATUS_SUCCESS_OTHER_MAIL_SYSTEM_STATUS                  2003000u
/** `2.3.6`: Requested priority was changed */
#define NDR_STATUS_REQUESTED_PRIORITY_CHANGED                        2003006u
/** `2.5.0`: Protocol command accepted */
#define NDR_STATUS_SUCCESS_OTHER_PROTOCOL_STATUS                     2005000u
/** `2.6.0`: Message content accepted */
#define NDR_STATUS_SUCCESS_OTHER_MEDIA_STATUS                        2006000u
/** `2.6.4`: Conversion with loss performed */
#define NDR_STATUS_CONVERSION_WITH_LOSS_PERFORMED                    2006004u
/** `2.6.8`: Reply would need UTF-8 (no confirmation given) */
#define NDR_STATUS_SUCCESS_UTF8_REPLY_REQUIRED                       2006008u
/** `2.7.0`: Authentication succeeded */
#define NDR_STATUS_SUCCESS_OTHER_SECURITY_STATUS                     2007000u
/** `2.7.7`: Delivered, integrity not confirmed */
#define NDR_STATUS_SUCCESS_MESSAGE_INTEGRITY_FAILURE                 2007007u
/** `4.0.0`: Temporary failure, reason not given */
#define NDR_STATUS_TRANSIENT_OTHER_UNDEFINED_STATUS                  4000000u
/** `4.1.1`: Recipient address not verified yet */
#define NDR_STATUS_TRANSIENT_BAD_DESTINATION_MAILBOX                 4001001u
/** `4.1.2`: Recipient domain not found (temporary) */
#define NDR_STATUS_TRANSIENT_BAD_DESTINATION_SYSTEM_ADDRESS          4001002u
/** `4.1.7`: Sender address not verified yet */
#define NDR_STATUS_TRANSIENT_BAD_SENDER_MAILBOX_ADDRESS_SYNTAX       4001007u
/** `4.1.8`: Sender domain not found (temporary) */
#define NDR_STATUS_TRANSIENT_BAD_SENDER_SYSTEM_ADDRESS               4001008u
/** `4.2.0`: Temporary mailbox problem */
#define NDR_STATUS_TRANSIENT_OTHER_MAILBOX_STATUS                    4002000u
/** `4.2.1`: Mailbox not accepting mail for now */
#define NDR_STATUS_TRANSIENT_MAILBOX_DISABLED                        4002001u
/** `4.2.2`: Mailbox full (temporary) */
#define NDR_STATUS_TRANSIENT_MAILBOX_FULL                            4002002u
/** `4.2.4`: Mailing list expansion failed (temporary) */
#define NDR_STATUS_TRANSIENT_MAILING_LIST_EXPANSION_PROBLEM          4002004u
/** `4.3.0`: Temporary mail system error */
#define NDR_STATUS_OTHER_MAIL_SYSTEM_STATUS                          4003000u
/** `4.3.1`: Mail system full */
#define NDR_STATUS_MAIL_SYSTEM_FULL                                  4003001u
/** `4.3.2`: System not accepting network messages */
#define NDR_STATUS_SYSTEM_NOT_ACCEPTING_MESSAGES                     4003002u
/** `4.3.3`: System not capable of selected features (transient) */
#define NDR_STATUS_TRANSIENT_SYSTEM_NOT_CAPABLE_OF_FEATURES          4003003u
/** `4.3.5`: Server configuration problem, temporary */
#define NDR_STATUS_TRANSIENT_SYSTEM_INCORRECTLY_CONFIGURED           4003005u
/** `4.4.0`: Temporary network or routing problem */
#define NDR_STATUS_OTHER_NETWORK_ROUTING_STATUS                      4004000u
/** `4.4.1`: No answer from host */
#define NDR_STATUS_NO_ANSWER_FROM_HOST                               4004001u
/** `4.4.2`: Bad connection */
#define NDR_STATUS_BAD_CONNECTION                                    4004002u
/** `4.4.3`: Directory server failure */
#define NDR_STATUS_DIRECTORY_SERVER_FAILURE                          4004003u
/** `4.4.4`: Unable to route, temporary */
#define NDR_STATUS_TRANSIENT_UNABLE_TO_ROUTE                         4004004u
/** `4.4.5`: Mail system congestion */
#define NDR_STATUS_MAIL_SYSTEM_CONGESTION                            4004005u
/** `4.4.6`: Routing loop detected, temporary */
#define NDR_STATUS_TRANSIENT_ROUTING_LOOP_DETECTED                   4004006u
/** `4.4.7`: Delivery time expired */
#define NDR_STATUS_DELIVERY_TIME_EXPIRED                             4004007u
/** `4.4.8`: MX hosts failed MTA-STS validation (transient) */
#define NDR_STATUS_TRANSIENT_MTA_STS_MX_HOSTS_FAILED                 4004008u
/** `4.4.9`: Exchange connector routing error */
#define NDR_STATUS_EXCHANGE_ROUTING_CONFIGURATION_ERROR              4004009u
/** `4.4.24`: Message not replicated, resources short */
#define NDR_STATUS_REPLICATION_INSUFFICIENT_RESOURCES                4004024u
/** `4.4.25`: Message not replicated, no healthy secondary */
#define NDR_STATUS_REPLICATION_NO_HEALTHY_SECONDARY                  4004025u
/** `4.4.28`: Message not replicated, operation cancelled */
#define NDR_STATUS_REPLICATION_CANCELLED                             4004028u
/** `4.4.312`: DNS query failed, will retry (Exchange Online) */
#define NDR_STATUS_TRANSIENT_DNS_QUERY_FAILED                        4004312u
/** `4.4.315`: Connection timed out, will retry (Exchange Online) */
#define NDR_STATUS_TRANSIENT_CONNECTION_TIMED_OUT                    4004315u
/** `4.4.316`: Connection refused, will retry (Exchange Online) */
#define NDR_STATUS_TRANSIENT_CONNECTION_REFUSED                      4004316u
/** `4.4.317`: Cannot connect to remote server, will retry (Exchange Online) */
#define NDR_STATUS_TRANSIENT_CANNOT_CONNECT_TO_REMOTE_SERVER         4004317u
/** `4.4.318`: Connection closed abruptly, will retry (Exchange Online) */
#define NDR_STATUS_TRANSIENT_CONNECTION_CLOSED_ABRUPTLY              4004318u
/** `4.5.0`: Temporary mail protocol problem */
#define NDR_STATUS_TRANSIENT_OTHER_PROTOCOL_STATUS                   4005000u
/** `4.5.1`: Invalid command (transient) */
#define NDR_STATUS_TRANSIENT_INVALID_COMMAND                         4005001u
/** `4.5.3`: Too many recipients for this transaction */
#define NDR_STATUS_TRANSIENT_TOO_MANY_RECIPIENTS                     4005003u
/** `4.5.4`: Invalid command arguments (transient) */
#define NDR_STATUS_TRANSIENT_INVALID_COMMAND_ARGUMENTS               4005004u
/** `4.5.6`: Authentication exchange line too long (transient) */
#define NDR_STATUS_TRANSIENT_AUTH_EXCHANGE_LINE_TOO_LONG             4005006u
/** `4.6.0`: Temporary media error */
#define NDR_STATUS_TRANSIENT_OTHER_MEDIA_ERROR                       4006000u
/** `4.6.5`: Conversion failed (transient) */
#define NDR_STATUS_TRANSIENT_CONVERSION_FAILED                       4006005u
/** `4.6.6`: Message content not available (transient) */
#define NDR_STATUS_TRANSIENT_MESSAGE_CONTENT_NOT_AVAILABLE           4006006u
/** `4.7.0`: Temporary security or policy failure */
#define NDR_STATUS_TRANSIENT_OTHER_SECURITY_STATUS                   4007000u
/** `4.7.1`: Delivery not authorized (transient) */
#define NDR_STATUS_TRANSIENT_DELIVERY_NOT_AUTHORIZED                 4007001u
/** `4.7.3`: Security conversion not possible (transient) */
#define NDR_STATUS_TRANSIENT_SECURITY_CONVERSION_NOT_POSSIBLE        4007003u
/** `4.7.4`: Security features not supported (transient) */
#define NDR_STATUS_TRANSIENT_SECURITY_FEATURES_NOT_SUPPORTED         4007004u
/** `4.7.5`: Cryptographic failure (transient) */
#define NDR_STATUS_TRANSIENT_CRYPTOGRAPHIC_FAILURE                   4007005u
/** `4.7.7`: Message integrity failure (transient) */
#define NDR_STATUS_TRANSIENT_MESSAGE_INTEGRITY_FAILURE               4007007u
/** `4.7.12`: Password transition needed */
#define NDR_STATUS_TRANSIENT_PASSWORD_TRANSITION_NEEDED              4007012u
/** `4.7.15`: Priority level too low (transient) */
#define NDR_STATUS_TRANSIENT_PRIORITY_LEVEL_TOO_LOW                  4007015u
/** `4.7.16`: Message too big for its priority (transient) */
#define NDR_STATUS_TRANSIENT_MESSAGE_TOO_BIG_FOR_PRIORITY            4007016u
/** `4.7.24`: SPF validation error (transient) */
#define NDR_STATUS_TRANSIENT_SPF_VALIDATION_ERROR                    4007024u
/** `4.7.25`: Reverse DNS validation failed (transient) */
#define NDR_STATUS_TRANSIENT_REVERSE_DNS_VALIDATION_FAILED           4007025u
/** `4.7.26`: Multiple authentication checks failed (transient) */
#define NDR_STATUS_TRANSIENT_MULTIPLE_AUTHENTICATION_CHECKS_FAILED   4007026u
/** `4.7.28`: Mail flood detected (transient) */
#define NDR_STATUS_TRANSIENT_MAIL_FLOOD_DETECTED                     4007028u
/** `4.7.66`: TLS 1.0 or 1.1 submission refused */
#define NDR_STATUS_LEGACY_TLS_CLIENT_REFUSED                         4007066u
/** `4.7.321`: DANE destination without TLS (transient) */
#define NDR_STATUS_TRANSIENT_DANE_STARTTLS_NOT_SUPPORTED             4007321u
/** `4.7.322`: DANE destination certificate expired (transient) */
#define NDR_STATUS_TRANSIENT_DANE_CERTIFICATE_EXPIRED                4007322u
/** `4.7.323`: DANE validation failed (transient) */
#define NDR_STATUS_TRANSIENT_DANE_TLSA_INVALID                       4007323u
/** `4.7.324`: Destination DNSSEC records invalid (transient) */
#define NDR_STATUS_TRANSIENT_DANE_DNSSEC_INVALID                     4007324u
/** `4.7.325`: DANE certificate name mismatch (transient) */
#define NDR_STATUS_TRANSIENT_DANE_CERTIFICATE_HOST_MISMATCH          4007325u
/** `4.7.500-699`: Sending temporarily restricted (ASxxx) */
#define NDR_STATUS_SUSPICIOUS_SENDER_THROTTLED                       4007500u
/** `4.7.700`: Protection agent busy */
#define NDR_STATUS_PFA_AGENT_BUSY                                    4007700u
/** `4.7.850-899`: Sending IP temporarily restricted */
#define NDR_STATUS_SUSPICIOUS_IP_TEMPORARILY_RESTRICTED              4007850u
/** `5.0.0`: Permanent failure, reason not given */
#define NDR_STATUS_OTHER_UNDEFINED_STATUS                            5000000u
/** `5.0.350`: Generic error from the recipient's organization */
#define NDR_STATUS_GENERIC_RECIPIENT_ORGANIZATION_ERROR              5000350u
/** `5.1.0`: Address problem (unspecified) */
#define NDR_STATUS_OTHER_ADDRESS_STATUS                              5001000u
/** `5.1.1`: Bad destination mailbox address */
#define NDR_STATUS_BAD_DESTINATION_MAILBOX                           5001001u
/** `5.1.2`: Bad destination system address */
#define NDR_STATUS_BAD_DESTINATION_SYSTEM_ADDRESS                    5001002u
/** `5.1.3`: Bad destination mailbox address syntax */
#define NDR_STATUS_BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX            5001003u
/** `5.1.4`: Destination mailbox address ambiguous */
#define NDR_STATUS_DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS             5001004u
/** `5.1.5`: Recipient domain reserved for examples */
#define NDR_STATUS_PERMANENT_DESTINATION_ADDRESS_VALID               5001005u
/** `5.1.6`: Destination mailbox has moved */
#define NDR_STATUS_DESTINATION_MAILBOX_HAS_MOVED                     5001006u
/** `5.1.7`: Bad sender address syntax */
#define NDR_STATUS_BAD_SENDER_MAILBOX_ADDRESS_SYNTAX                 5001007u
/** `5.1.8`: Bad sender's system address */
#define NDR_STATUS_BAD_SENDER_SYSTEM_ADDRESS                         5001008u
/** `5.1.9`: UTF-8 sender address not supported (Exchange) */
#define NDR_STATUS_PERMANENT_MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER 5001009u
/** `5.1.10`: Recipient address has null MX */
#define NDR_STATUS_RECIPIENT_ADDRESS_HAS_NULL_MX                     5001010u
/** `5.1.20`: Several From addresses but no Sender */
#define NDR_STATUS_MULTIPLE_FROM_WITHOUT_SENDER                      5001020u
/** `5.1.90`: Daily recipient limit reached */
#define NDR_STATUS_DAILY_RECIPIENT_LIMIT_REACHED                     5001090u
/** `5.2.0`: Mailbox problem (unspecified) */
#define NDR_STATUS_OTHER_MAILBOX_STATUS                              5002000u
/** `5.2.1`: Mailbox disabled */
#define NDR_STATUS_MAILBOX_DISABLED                                  5002001u
/** `5.2.2`: Mailbox full */
#define NDR_STATUS_MAILBOX_FULL                                      5002002u
/** `5.2.3`: Message too large for this mailbox */
#define NDR_STATUS_MESSAGE_LENGTH_EXCEEDS_ADMINISTRATIVE_LIMIT       5002003u
/** `5.2.4`: Mailing list expansion failed */
#define NDR_STATUS_MAILING_LIST_EXPANSION_PROBLEM                    5002004u
/** `5.2.14`: Misconfigured forwarding address */
#define NDR_STATUS_MISCONFIGURED_FORWARDING_ADDRESS                  5002014u
/** `5.2.121`: Recipient's hourly limit from this sender exceeded */
#define NDR_STATUS_RECIPIENT_HOURLY_LIMIT_FROM_SENDER_EXCEEDED       5002121u
/** `5.2.122`: Recipient's hourly receive limit exceeded */
#define NDR_STATUS_RECIPIENT_HOURLY_LIMIT_EXCEEDED                   5002122u
/** `5.2.251`: Sender throttled after repeated mailbox-full errors */
#define NDR_STATUS_SENDER_THROTTLED_MAILBOX_FULL                     5002251u
/** `5.2.252`: Not allowed to send as this address */
#define NDR_STATUS_SEND_AS_DENIED                                    5002252u
/** `5.2.253`: Sender throttled after repeated invalid-licence errors */
#define NDR_STATUS_SENDER_THROTTLED_INVALID_LICENSE                  5002253u
/** `5.2.254`: Sender throttled after repeated too-many-recipients errors */
#define NDR_STATUS_SENDER_THROTTLED_TOO_MANY_RECIPIENTS              5002254u
/** `5.2.255`: Sender throttled after repeated invalid-recipient errors */
#define NDR_STATUS_SENDER_THROTTLED_INVALID_RECIPIENTS               5002255u
/** `5.3.0`: Permanent mail system error */
#define NDR_STATUS_PERMANENT_OTHER_MAIL_SYSTEM_STATUS                5003000u
/** `5.3.1`: Mail system full, permanent */
#define NDR_STATUS_PERMANENT_MAIL_SYSTEM_FULL                        5003001u
/** `5.3.2`: System does not accept mail */
#define NDR_STATUS_PERMANENT_SYSTEM_NOT_ACCEPTING_MESSAGES           5003002u
/** `5.3.3`: System not capable of selected features */
#define NDR_STATUS_SYSTEM_NOT_CAPABLE_OF_FEATURES                    5003003u
/** `5.3.4`: Message too big for system */
#define NDR_STATUS_MESSAGE_TOO_BIG_FOR_SYSTEM                        5003004u
/** `5.3.5`: System incorrectly configured */
#define NDR_STATUS_SYSTEM_INCORRECTLY_CONFIGURED                     5003005u
/** `5.3.190`: Journaling to Microsoft 365 not allowed */
#define NDR_STATUS_JOURNALING_ARCHIVE_DISABLED                       5003190u
/** `5.4.0`: Permanent network or routing problem */
#define NDR_STATUS_PERMANENT_OTHER_NETWORK_ROUTING_STATUS            5004000u
/** `5.4.1`: No answer from host, or access denied (Exchange Online) */
#define NDR_STATUS_PERMANENT_NO_ANSWER_FROM_HOST                     5004001u
/** `5.4.2`: Bad connection, permanent */
#define NDR_STATUS_PERMANENT_BAD_CONNECTION                          5004002u
/** `5.4.3`: Directory or routing server failure, permanent */
#define NDR_STATUS_PERMANENT_DIRECTORY_SERVER_FAILURE                5004003u
/** `5.4.4`: Unable to route */
#define NDR_STATUS_UNABLE_TO_ROUTE                                   5004004u
/** `5.4.5`: Mail system congestion, permanent */
#define NDR_STATUS_PERMANENT_MAIL_SYSTEM_CONGESTION                  5004005u
/** `5.4.6`: Routing loop detected */
#define NDR_STATUS_ROUTING_LOOP_DETECTED                             5004006u
/** `5.4.7`: Delivery time expired, permanent */
#define NDR_STATUS_PERMANENT_DELIVERY_TIME_EXPIRED                   5004007u
/** `5.4.8`: MX hosts failed MTA-STS validation (older meaning routes back to self) */
#define NDR_STATUS_ROUTES_BACK_TO_SELF                               5004008u
/** `5.4.11`: Agent-generated message depth exceeded */
#define NDR_STATUS_AGENT_GENERATED_MESSAGE_DEPTH_EXCEEDED            5004011u
/** `5.4.14`: Hop count exceeded in Exchange Online */
#define NDR_STATUS_HOP_COUNT_EXCEEDED_EXCHANGE_ONLINE                5004014u
/** `5.4.300`: Message expired in Exchange Online */
#define NDR_STATUS_MESSAGE_EXPIRED_EXCHANGE_ONLINE                   5004300u
/** `5.4.310`: Recipient DNS domain does not exist */
#define NDR_STATUS_DNS_DOMAIN_DOES_NOT_EXIST                         5004310u
/** `5.4.312`: DNS query failed, message expired (Exchange Online) */
#define NDR_STATUS_DNS_QUERY_FAILED                                  5004312u
/** `5.4.315`: Connection timed out, message expired (Exchange Online) */
#define NDR_STATUS_CONNECTION_TIMED_OUT                              5004315u
/** `5.4.316`: Connection refused, message expired (Exchange Online) */
#define NDR_STATUS_CONNECTION_REFUSED                                5004316u
/** `5.4.317`: Cannot connect to remote server, message expired (Exchange Online) */
#define NDR_STATUS_CANNOT_CONNECT_TO_REMOTE_SERVER                   5004317u
/** `5.4.318`: Connection closed abruptly, message expired (Exchange Online) */
#define NDR_STATUS_CONNECTION_CLOSED_ABRUPTLY                        5004318u
/** `5.5.0`: Mail protocol error */
#define NDR_STATUS_OTHER_PROTOCOL_STATUS                             5005000u
/** `5.5.1`: Invalid command */
#define NDR_STATUS_INVALID_COMMAND                                   5005001u
/** `5.5.2`: Syntax error in command */
#define NDR_STATUS_SYNTAX_ERROR                                      5005002u
/** `5.5.3`: Too many recipients */
#define NDR_STATUS_TOO_MANY_RECIPIENTS                               5005003u
/** `5.5.4`: Invalid command arguments */
#define NDR_STATUS_INVALID_COMMAND_ARGUMENTS                         5005004u
/** `5.5.5`: Wrong protocol version */
#define NDR_STATUS_WRONG_PROTOCOL_VERSION                            5005005u
/** `5.5.6`: Authentication exchange line too long */
#define NDR_STATUS_AUTH_EXCHANGE_LINE_TOO_LONG                       5005006u
/** `5.6.0`: Other or undefined media error */
#define NDR_STATUS_OTHER_MEDIA_ERROR                                 5006000u
/** `5.6.1`: Media not supported */
#define NDR_STATUS_MEDIA_NOT_SUPPORTED                               5006001u
/** `5.6.2`: Conversion required and prohibited */
#define NDR_STATUS_CONVERSION_REQUIRED_AND_PROHIBITED                5006002u
/** `5.6.3`: Conversion required but not supported */
#define NDR_STATUS_CONVERSION_REQUIRED_BUT_NOT_SUPPORTED             5006003u
/** `5.6.4`: Conversion with loss prohibited */
#define NDR_STATUS_PERMANENT_CONVERSION_WITH_LOSS_PERFORMED          5006004u
/** `5.6.5`: Conversion failed */
#define NDR_STATUS_CONVERSION_FAILED                                 5006005u
/** `5.6.6`: Message content not available */
#define NDR_STATUS_MESSAGE_CONTENT_NOT_AVAILABLE                     5006006u
/** `5.6.7`: Non-ASCII address not permitted */
#define NDR_STATUS_NON_ASCII_ADDRESS_NOT_PERMITTED                   5006007u
/** `5.6.8`: UTF-8 reply required but not permitted */
#define NDR_STATUS_UTF8_REPLY_REQUIRED                               5006008u
/** `5.6.9`: UTF-8 header message cannot be transferred */
#define NDR_STATUS_UTF8_HEADER_NOT_TRANSFERABLE                      5006009u
/** `5.6.10`: UTF-8 reply required (deprecated duplicate) */
#define NDR_STATUS_UTF8_REPLY_REQUIRED_DUPLICATE                     5006010u
/** `5.6.11`: Message contains bare line feeds */
#define NDR_STATUS_BARE_LINE_FEEDS_REJECTED                          5006011u
/** `5.7.0`: Other or undefined security status */
#define NDR_STATUS_OTHER_SECURITY_STATUS                             5007000u
/** `5.7.1`: Delivery not authorized, message refused */
#define NDR_STATUS_DELIVERY_NOT_AUTHORIZED                           5007001u
/** `5.7.2`: Mailing list expansion prohibited */
#define NDR_STATUS_MAILING_LIST_EXPANSION_PROHIBITED                 5007002u
/** `5.7.3`: Security conversion required but not possible */
#define NDR_STATUS_SECURITY_CONVERSION_NOT_POSSIBLE                  5007003u
/** `5.7.4`: Security features not supported */
#define NDR_STATUS_SECURITY_FEATURES_NOT_SUPPORTED                   5007004u
/** `5.7.5`: Cryptographic failure */
#define NDR_STATUS_CRYPTOGRAPHIC_FAILURE                             5007005u
/** `5.7.6`: Cryptographic algorithm not supported */
#define NDR_STATUS_CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED             5007006u
/** `5.7.7`: Message integrity failure */
#define NDR_STATUS_MESSAGE_INTEGRITY_FAILURE                         5007007u
/** `5.7.8`: Authentication credentials invalid */
#define NDR_STATUS_AUTHENTICATION_CREDENTIALS_INVALID                5007008u
/** `5.7.9`: Authentication mechanism too weak */
#define NDR_STATUS_AUTHENTICATION_MECHANISM_TOO_WEAK                 5007009u
/** `5.7.10`: Encryption needed */
#define NDR_STATUS_ENCRYPTION_NEEDED                                 5007010u
/** `5.7.11`: Encryption required for authentication mechanism */
#define NDR_STATUS_ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM            5007011u
/** `5.7.12`: Password transition needed or sender not authenticated */
#define NDR_STATUS_PASSWORD_TRANSITION_NEEDED                        5007012u
/** `5.7.13`: User account disabled */
#define NDR_STATUS_USER_ACCOUNT_DISABLED                             5007013u
/** `5.7.14`: Trust relationship required */
#define NDR_STATUS_TRUST_RELATIONSHIP_REQUIRED                       5007014u
/** `5.7.15`: Priority level too low */
#define NDR_STATUS_PRIORITY_LEVEL_TOO_LOW                            5007015u
/** `5.7.16`: Message too big for specified priority */
#define NDR_STATUS_MESSAGE_TOO_BIG_FOR_PRIORITY                      5007016u
/** `5.7.17`: Mailbox owner has changed */
#define NDR_STATUS_MAILBOX_OWNER_CHANGED                             5007017u
/** `5.7.18`: Domain owner has changed */
#define NDR_STATUS_DOMAIN_OWNER_CHANGED                              5007018u
/** `5.7.19`: RRVS test cannot be completed */
#define NDR_STATUS_RRVS_TEST_NOT_COMPLETED                           5007019u
/** `5.7.20`: No passing DKIM signature found */
#define NDR_STATUS_NO_PASSING_DKIM_SIGNATURE                         5007020u
/** `5.7.21`: No acceptable DKIM signature found */
#define NDR_STATUS_NO_ACCEPTABLE_DKIM_SIGNATURE                      5007021u
/** `5.7.22`: No valid author-matched DKIM signature found */
#define NDR_STATUS_NO_AUTHOR_MATCHED_DKIM_SIGNATURE                  5007022u
/** `5.7.23`: SPF validation failed */
#define NDR_STATUS_SPF_VALIDATION_FAILED                             5007023u
/** `5.7.24`: SPF validation error */
#define NDR_STATUS_SPF_VALIDATION_ERROR                              5007024u
/** `5.7.25`: Reverse DNS validation failed */
#define NDR_STATUS_REVERSE_DNS_VALIDATION_FAILED                     5007025u
/** `5.7.26`: Multiple authentication checks failed */
#define NDR_STATUS_MULTIPLE_AUTHENTICATION_CHECKS_FAILED             5007026u
/** `5.7.27`: Sender address has null MX */
#define NDR_STATUS_SENDER_ADDRESS_HAS_NULL_MX                        5007027u
/** `5.7.28`: Mail flood detected */
#define NDR_STATUS_MAIL_FLOOD_DETECTED                               5007028u
/** `5.7.29`: ARC validation failure */
#define NDR_STATUS_ARC_VALIDATION_FAILURE                            5007029u
/** `5.7.30`: REQUIRETLS support required */
#define NDR_STATUS_REQUIRE_TLS_SUPPORT_REQUIRED                      5007030u
/** `5.7.51`: Sender outside a restricted partner connector */
#define NDR_STATUS_RESTRICTED_CONNECTOR_SOURCE_MISMATCH              5007051u
/** `5.7.54`: Relay to non-accepted domain refused */
#define NDR_STATUS_UNABLE_TO_RELAY_NON_ACCEPTED_DOMAIN               5007054u
/** `5.7.57`: Client not authenticated to send anonymous mail */
#define NDR_STATUS_ANONYMOUS_SUBMISSION_REFUSED                      5007057u
/** `5.7.60`: No permission to send as this sender */
#define NDR_STATUS_SEND_AS_PERMISSION_MISSING                        5007060u
/** `5.7.64`: TenantAttribution relay access denied */
#define NDR_STATUS_TENANT_ATTRIBUTION_RELAY_DENIED                   5007064u
/** `5.7.68`: Direct Send not allowed */
#define NDR_STATUS_DIRECT_SEND_REJECTED                              5007068u
/** `5.7.100`: Sender prohibited distribution group expansion */
#define NDR_STATUS_DISTRIBUTION_LIST_EXPANSION_PROHIBITED            5007100u
/** `5.7.103`: Delivery to a group mailbox failed */
#define NDR_STATUS_GROUP_MAILBOX_DELIVERY_FAILED                     5007103u
/** `5.7.124`: Sender not in group's allowed senders list */
#define NDR_STATUS_SENDER_NOT_IN_GROUP_ALLOWED_SENDERS               5007124u
/** `5.7.129`: Sender not on recipient's accept list */
#define NDR_STATUS_SENDER_NOT_ON_RECIPIENT_ACCEPT_LIST               5007129u
/** `5.7.133`: Group accepts only authenticated senders */
#define NDR_STATUS_GROUP_REJECTS_EXTERNAL_SENDERS                    5007133u
/** `5.7.134`: Mailbox accepts only authenticated senders */
#define NDR_STATUS_MAILBOX_REJECTS_EXTERNAL_SENDERS                  5007134u
/** `5.7.135`: Public folder accepts only authenticated senders */
#define NDR_STATUS_PUBLIC_FOLDER_REJECTS_EXTERNAL_SENDERS            5007135u
/** `5.7.136`: Mail user accepts only authenticated senders */
#define NDR_STATUS_MAIL_USER_REJECTS_EXTERNAL_SENDERS                5007136u
/** `5.7.139`: SMTP AUTH not allowed or failed */
#define NDR_STATUS_SMTP_AUTH_UNSUCCESSFUL                            5007139u
/** `5.7.193`: Microsoft 365 group does not accept external mail */
#define NDR_STATUS_MICROSOFT365_GROUP_REJECTS_EXTERNAL_SENDERS       5007193u
/** `5.7.232`: Trial tenant external recipient limit reached */
#define NDR_STATUS_TRIAL_TENANT_EXTERNAL_RECIPIENT_LIMIT             5007232u
/** `5.7.233`: Tenant external recipient limit reached */
#define NDR_STATUS_TENANT_EXTERNAL_RECIPIENT_LIMIT                   5007233u
/** `5.7.236`: onmicrosoft.com external recipient limit reached */
#define NDR_STATUS_ONMICROSOFT_DOMAIN_EXTERNAL_RECIPIENT_LIMIT       5007236u
/** `5.7.300`: Sender prohibited redirection to an alternate recipient */
#define NDR_STATUS_ALTERNATE_RECIPIENT_PROHIBITED                    5007300u
/** `5.7.321`: DANE destination without TLS */
#define NDR_STATUS_DANE_STARTTLS_NOT_SUPPORTED                       5007321u
/** `5.7.322`: DANE destination certificate expired */
#define NDR_STATUS_DANE_CERTIFICATE_EXPIRED                          5007322u
/** `5.7.323`: DANE validation failed */
#define NDR_STATUS_DANE_TLSA_INVALID                                 5007323u
/** `5.7.324`: Destination DNSSEC records invalid */
#define NDR_STATUS_DANE_DNSSEC_INVALID                               5007324u
/** `5.7.325`: DANE certificate name mismatch */
#define NDR_STATUS_DANE_CERTIFICATE_HOST_MISMATCH                    5007325u
/** `5.7.350`: Remote server rejected message as spam */
#define NDR_STATUS_REMOTE_SERVER_DETECTED_SPAM                       5007350u
/** `5.7.367`: Remote server refused forwarded or relayed mail */
#define NDR_STATUS_REMOTE_SERVER_RELAY_DENIED                        5007367u
/** `5.7.501`: Sending account banned for spam abuse */
#define NDR_STATUS_SPAM_ABUSE_DETECTED                               5007501u
/** `5.7.502`: Sending account banned */
#define NDR_STATUS_BANNED_SENDER_ACCOUNT                             5007502u
/** `5.7.503`: Sending account banned (5.7.503) */
#define NDR_STATUS_BANNED_SENDER_ACCOUNT_ALTERNATE                   5007503u
/** `5.7.504`: Recipient address rejected, access denied */
#define NDR_STATUS_RECIPIENT_ADDRESS_REJECTED_ACCESS_DENIED          5007504u
/** `5.7.505`: Recipient banned */
#define NDR_STATUS_BANNED_RECIPIENT                                  5007505u
/** `5.7.506`: HELO names the receiving server */
#define NDR_STATUS_BAD_HELO                                          5007506u
/** `5.7.507`: Sending IP blocked by recipient organization */
#define NDR_STATUS_REJECTED_BY_RECIPIENT_ORGANIZATION                5007507u
/** `5.7.508`: IPv6 sending range over its limit */
#define NDR_STATUS_IPV6_RANGE_RATE_EXCEEDED                          5007508u
/** `5.7.509`: DMARC failed with reject policy */
#define NDR_STATUS_DMARC_REJECT_POLICY                               5007509u
/** `5.7.510`: Recipient does not accept mail over IPv6 */
#define NDR_STATUS_RECIPIENT_REFUSES_IPV6                            5007510u
/** `5.7.511`: Sending IP banned (5.7.511) */
#define NDR_STATUS_BANNED_SENDER_IP                                  5007511u
/** `5.7.512`: No valid From address */
#define NDR_STATUS_FROM_HEADER_NOT_COMPLIANT                         5007512u
/** `5.7.513`: Sending IP on recipient's block list */
#define NDR_STATUS_CUSTOMER_BLOCK_LISTED                             5007513u
/** `5.7.515`: Sending domain below required authentication level */
#define NDR_STATUS_HIGH_VOLUME_SENDER_AUTHENTICATION_REQUIRED        5007515u
/** `5.7.520`: External forwarding not allowed */
#define NDR_STATUS_EXTERNAL_FORWARDING_BLOCKED                       5007520u
/** `5.7.606-649`: Sending IP address banned */
#define NDR_STATUS_BANNED_SENDING_IP                                 5007606u
/** `5.7.700-749`: Tenant blocked from sending */
#define NDR_STATUS_TENANT_SENDING_BLOCKED                            5007700u
/** `5.7.703`: Recipient blocked by own Tenant Allow/Block List */
#define NDR_STATUS_RECIPIENT_BLOCKED_BY_TENANT_ALLOW_BLOCK_LIST      5007703u
/** `5.7.705`: Tenant exceeded spam threshold */
#define NDR_STATUS_TENANT_EXCEEDED_THRESHOLD                         5007705u
/** `5.7.708`: Traffic not accepted from this IP */
#define NDR_STATUS_TRAFFIC_NOT_ACCEPTED_FROM_IP                      5007708u
/** `5.7.711`: Inbound connector restricted */
#define NDR_STATUS_BAD_INBOUND_CONNECTOR                             5007711u
/** `5.7.750`: Sending from unregistered domains blocked */
#define NDR_STATUS_UNREGISTERED_DOMAIN_SENDING_BLOCKED               5007750u
/** `5.7.800`: Sending domain banned */
#define NDR_STATUS_BANNED_SENDER_DOMAIN                              5007800u
/** `5.7.900-999`: Rejected by a mail flow rule with a custom code */
#define NDR_STATUS_TRANSPORT_RULE_CUSTOM_REJECTION                   5007900u

/** The number of status values; ndr_status_count() returns the same. */
#define NDR_STATUS_COUNT 228u


/**
 * What a function did: `NDR_OK`, or why it did nothing.
 *
 * The numbers are part of the ABI and never change; new results get new numbers.
 * Functions only ever return these values; `ndr_result_describe` takes any `uint32_t`.
 *
 */
enum ndr_result
#if defined(__cplusplus) || __STDC_VERSION__ >= 202311L
  : uint32_t
#endif // defined(__cplusplus) || __STDC_VERSION__ >= 202311L
 {
    /**
     * Success; out-parameters were written.
     */
    NDR_OK = 0,
    /**
     * A required pointer was NULL (or text was NULL with a length over 0).
     */
    NDR_ERR_NULL = 1,
    /**
     * The text (or message) is empty.
     */
    NDR_ERR_EMPTY = 2,
    /**
     * The class is not 2, 4 or 5, or is not followed by '.'.
     */
    NDR_ERR_BAD_CLASS = 3,
    /**
     * The subject is missing, over 3 digits, has a leading zero, or is not followed by '.'.
     */
    NDR_ERR_BAD_SUBJECT = 4,
    /**
     * The detail is missing, over 3 digits or has a leading zero.
     */
    NDR_ERR_BAD_DETAIL = 5,
    /**
     * A well-formed code is followed by more text.
     */
    NDR_ERR_TRAILING = 6,
    /**
     * The code is well formed, but the catalog has no entry for it.
     */
    NDR_ERR_UNKNOWN = 7,
    /**
     * The value is not one of the NDR_STATUS_* values.
     */
    NDR_ERR_INVALID_STATUS = 8,
    /**
     * Nothing was found: no (further) code in the text, or no such diagnostic token.
     */
    NDR_ERR_NOT_FOUND = 9,
    /**
     * An internal error was caught before it could cross into C; nothing was written.
     */
    NDR_ERR_PANIC = 10,
    /**
     * The value is not the key of a well-formed code (class*1000000 + subject*1000 + detail).
     */
    NDR_ERR_INVALID_CODE = 11,
    /**
     * An index or offset is past the end.
     */
    NDR_ERR_OUT_OF_RANGE = 12,
    /**
     * A length is over PTRDIFF_MAX, which no C object can have.
     */
    NDR_ERR_TOO_LONG = 13,
    /**
     * The text is not a well-formed code for a reason this version does not name.
     */
    NDR_ERR_MALFORMED = 14,
    /**
     * The input is not a mail message: it does not start with a header block.
     */
    NDR_ERR_NOT_MAIL = 15,
    /**
     * The message is over the size ndr_bounce_parse reads.
     */
    NDR_ERR_MESSAGE_TOO_LARGE = 16,
};
#ifndef __cplusplus
#if __STDC_VERSION__ >= 202311L
typedef enum ndr_result ndr_result;
#else
typedef uint32_t ndr_result;
#endif // __STDC_VERSION__ >= 202311L
#endif // __cplusplus

/**
 * Where an explanation found its answer, from the most to the least precise.
 *
 */
enum ndr_level
#if defined(__cplusplus) || __STDC_VERSION__ >= 202311L
  : uint32_t
#endif // defined(__cplusplus) || __STDC_VERSION__ >= 202311L
 {
    /**
     * The catalog has an entry for the code (or a range that holds it).
     */
    NDR_LEVEL_EXACT = 1,
    /**
     * No entry for the code, but one for the same subject.detail in the other failure class
     * (4.1.1 explained by 5.1.1): same meaning, other permanence.
     */
    NDR_LEVEL_OTHER_CLASS = 2,
    /**
     * Only the subject (0 to 7) is known.
     */
    NDR_LEVEL_SUBJECT = 3,
    /**
     * Only the class is known (the subject is over 7).
     */
    NDR_LEVEL_CLASS = 4,
};
#ifndef __cplusplus
#if __STDC_VERSION__ >= 202311L
typedef enum ndr_level ndr_level;
#else
typedef uint32_t ndr_level;
#endif // __STDC_VERSION__ >= 202311L
#endif // __cplusplus

/**
 * A parsed message (opaque to C: `typedef struct ndr_bounce ndr_bounce;`).
 */
typedef struct ndr_bounce ndr_bounce;

/**
 * One recipient of a bounce, as `ndr_bounce_recipient` gives it.
 *
 * The text pointers point into the bounce and stay valid until `ndr_bounce_free`; each comes
 * with its length in bytes (without the terminating NUL). The identifiers (`reason`, `rule`,
 * `action`, `status_source`) are static strings that never need freeing.
 */
typedef struct ndr_recipient {
    /**
     * The recipient address (DSN Final-Recipient, or as the text bounce names it); never NULL.
     */
    const char *address;
    /**
     * Length of `address` in bytes.
     */
    size_t address_len;
    /**
     * The address as originally given (DSN Original-Recipient); NULL when absent.
     */
    const char *original_address;
    /**
     * Length of `original_address` in bytes (0 when absent).
     */
    size_t original_address_len;
    /**
     * What the reporting system did: "failed", "delayed", "delivered", "relayed" or
     * "expanded"; NULL when the message does not say.
     */
    const char *action;
    /**
     * The most specific enhanced status code the message supports, as a code key
     * (class*1000000 + subject*1000 + detail, for ndr_explain); 0 when the message has none.
     */
    uint32_t code;
    /**
     * The catalog entry of `code` (an NDR_STATUS_* value); 0 when there is no code or the
     * catalog has no entry for it.
     */
    uint32_t status;
    /**
     * Where `code` came from: "dsn-status", "diagnostic", "body-text" or "reply-code" (only
     * the basic reply code is known); NULL when nothing was found.
     */
    const char *status_source;
    /**
     * The basic SMTP reply code (550, 421, ...); 0 when none is known.
     */
    uint16_t reply_code;
    /**
     * Whether this is a hard bounce: permanent, and the address itself is bad.
     */
    bool hard;
    /**
     * Why delivery failed: the reason id ("user-unknown", "mailbox-full", ...); never NULL.
     */
    const char *reason;
    /**
     * The id of the rule that decided `reason`; never NULL.
     */
    const char *rule;
    /**
     * The remote server's words (or the bounce's own), unfolded into one line; never NULL,
     * "" when the message gives none.
     */
    const char *diagnostic;
    /**
     * Length of `diagnostic` in bytes.
     */
    size_t diagnostic_len;
    /**
     * The remote server that answered; NULL when unknown.
     */
    const char *remote_mta;
    /**
     * Length of `remote_mta` in bytes (0 when unknown).
     */
    size_t remote_mta_len;
    /**
     * The SMTP command that failed ("RCPT", "DATA", ...); NULL when unknown.
     */
    const char *command;
    /**
     * Length of `command` in bytes (0 when unknown).
     */
    size_t command_len;
} ndr_recipient;

/**
 * The headers of the message a bounce returns, as `ndr_bounce_original` gives them. Each
 * pointer is NULL when the header is absent (its length then 0), else points into the bounce
 * and stays valid until `ndr_bounce_free`.
 */
typedef struct ndr_original {
    /**
     * Message-ID.
     */
    const char *message_id;
    /**
     * Length of `message_id` in bytes.
     */
    size_t message_id_len;
    /**
     * From.
     */
    const char *from;
    /**
     * Length of `from` in bytes.
     */
    size_t from_len;
    /**
     * To.
     */
    const char *to;
    /**
     * Length of `to` in bytes.
     */
    size_t to_len;
    /**
     * Subject.
     */
    const char *subject;
    /**
     * Length of `subject` in bytes.
     */
    size_t subject_len;
    /**
     * Date.
     */
    const char *date;
    /**
     * Length of `date` in bytes.
     */
    size_t date_len;
} ndr_original;

/**
 * The reason a text gives, as `ndr_classify` writes it.
 */
typedef struct ndr_classification {
    /**
     * The reason id ("user-unknown", "blocked", ...); static, never NULL.
     */
    const char *reason;
    /**
     * The id of the rule that decided it (a rule of catalog.yaml, or the step of the order
     * of decision that answered); static, never NULL.
     */
    const char *rule;
    /**
     * The enhanced status code found in the text, as a code key (class*1000000 +
     * subject*1000 + detail, for ndr_explain); 0 when the text has none.
     */
    uint32_t code;
    /**
     * The catalog entry of `code` (an NDR_STATUS_* value); 0 when there is no code or the
     * catalog has no entry for it.
     */
    uint32_t status;
} ndr_classification;

/**
 * What ndr_classify_with decides from: the text, and what else is known about it.
 */
typedef struct ndr_context {
    /**
     * The reply, diagnostic or log line (any bytes, not NUL-terminated); NULL only when
     * `text_len` is 0.
     */
    const char *text;
    /**
     * Length of `text` in bytes.
     */
    size_t text_len;
    /**
     * The code key when the caller knows the code better than the text does (a DSN Status
     * field); 0 to take the first code in the text.
     */
    uint32_t code;
    /**
     * The remote host that gave the reply ("mx.example.com"), for host rules; NULL when
     * unknown.
     */
    const char *remote_host;
    /**
     * Length of `remote_host` in bytes (0 when unknown).
     */
    size_t remote_host_len;
    /**
     * The system that reported the failure (DSN Reporting-MTA); NULL when unknown.
     */
    const char *reporting_mta;
    /**
     * Length of `reporting_mta` in bytes (0 when unknown).
     */
    size_t reporting_mta_len;
} ndr_context;

/**
 * What the catalog says about a code, from the closest entry it has.
 */
typedef struct ndr_explanation {
    /**
     * The code key that was explained.
     */
    uint32_t code;
    /**
     * Where the answer came from.
     */
    ndr_level level;
    /**
     * The status used at NDR_LEVEL_EXACT and NDR_LEVEL_OTHER_CLASS; 0 at the other levels.
     */
    uint32_t status;
    /**
     * The title of the entry, subject or class the answer came from (static, never NULL).
     */
    const char *title;
    /**
     * The description of the entry, subject or class the answer came from (static, never NULL).
     */
    const char *description;
    /**
     * The remedy of the entry used; NULL at NDR_LEVEL_SUBJECT and NDR_LEVEL_CLASS.
     */
    const char *remedy;
} ndr_explanation;

/**
 * A code found in a text.
 */
typedef struct ndr_found {
    /**
     * The code key (class*1000000 + subject*1000 + detail), for ndr_status_from_code or
     * ndr_explain.
     */
    uint32_t code;
    /**
     * Byte offset of the code's first byte in the text.
     */
    size_t start;
    /**
     * Byte offset just past the code: `text[start..end]` is the code; pass it as the next
     * `from`.
     */
    size_t end;
} ndr_found;

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * Reads the mail message in `msg` (`len` bytes, raw: any bytes, any line ends) and, on
 * NDR_OK, writes a new bounce to `*out`, which the caller frees with ndr_bounce_free.
 *
 * Any message is NDR_OK, bounce or not (ndr_bounce_kind then says "not-bounce"), including
 * broken MIME, which is read as far as it goes (see ndr_bounce_warning). Errors are only for
 * input that is no message at all: NDR_ERR_EMPTY (empty or only whitespace), NDR_ERR_NOT_MAIL
 * (no header block at the start), NDR_ERR_MESSAGE_TOO_LARGE; and NDR_ERR_NULL,
 * NDR_ERR_TOO_LONG.
 *
 * # Safety
 * Unless NULL or `len` is 0, `msg` must point to `len` readable bytes; `out` must be NULL or
 * writable.
 */
ndr_result ndr_bounce_parse(const uint8_t *msg, size_t len, struct ndr_bounce **out);

/**
 * Frees a bounce from ndr_bounce_parse, and every string it handed out. NULL does nothing.
 *
 * # Safety
 * `bounce` must be NULL or a pointer from ndr_bounce_parse not yet freed; it must not be
 * used afterwards.
 */
void ndr_bounce_free(struct ndr_bounce *bounce);

/**
 * What kind of message it is: "failure", "delay", "delivered", "feedback" (an RFC 5965
 * report), "auto-reply" (RFC 3834) or "not-bounce". Static; NULL only for a NULL bounce.
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse.
 */
const char *ndr_bounce_kind(const struct ndr_bounce *bounce);

/**
 * Which reader understood the message: "rfc3464", "arf", "exchange", "exim", ... ("none" for
 * a message that is not a bounce). Static; NULL only for a NULL bounce. New formats may be
 * added.
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse.
 */
const char *ndr_bounce_format(const struct ndr_bounce *bounce);

/**
 * The system that wrote the report (DSN Reporting-MTA), valid until the bounce is freed; NULL
 * when unknown or for a NULL bounce. When not NULL and `len` is not NULL, writes its length
 * in bytes to `*len`.
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse; `len` NULL or writable.
 */
const char *ndr_bounce_reporting_mta(const struct ndr_bounce *bounce, size_t *len);

/**
 * How many recipients the message reports on; 0 for a NULL bounce or a message without any.
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse.
 */
size_t ndr_bounce_recipient_count(const struct ndr_bounce *bounce);

/**
 * Writes recipient `index` (from 0, in message order) to `*out`.
 *
 * Returns NDR_OK; NDR_ERR_NULL (bounce or out NULL); NDR_ERR_OUT_OF_RANGE (index not below
 * ndr_bounce_recipient_count).
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse; `out` NULL or writable.
 */
ndr_result ndr_bounce_recipient(const struct ndr_bounce *bounce,
                                size_t index,
                                struct ndr_recipient *out);

/**
 * Writes the headers of the returned message (where the bounce includes them) to `*out`.
 *
 * Returns NDR_OK or NDR_ERR_NULL.
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse; `out` NULL or writable.
 */
ndr_result ndr_bounce_original(const struct ndr_bounce *bounce, struct ndr_original *out);

/**
 * How many warnings reading the message gave (odd things that did not stop it: broken MIME,
 * bare CR line ends, NUL bytes, ...); 0 for a NULL bounce.
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse.
 */
size_t ndr_bounce_warning_count(const struct ndr_bounce *bounce);

/**
 * Warning `index` (from 0) as a static sentence; NULL past the end or for a NULL bounce.
 *
 * # Safety
 * `bounce` must be NULL or a live pointer from ndr_bounce_parse.
 */
const char *ndr_bounce_warning(const struct ndr_bounce *bounce, size_t index);

/**
 * Classifies one SMTP reply, diagnostic or log line (`len` bytes, any bytes, not
 * NUL-terminated) by the rules of catalog.yaml: a phrase rule, else the catalog reason of the
 * code in the text, else its class. Every text gets an answer (an empty one is "undefined").
 *
 * Returns NDR_OK and writes `*out`; NDR_ERR_NULL; NDR_ERR_TOO_LONG. Allocates nothing once
 * each rule id has been handed out.
 *
 * # Safety
 * Unless NULL or `len` is 0, `text` must point to `len` readable bytes; `out` must be NULL or
 * writable.
 */
ndr_result ndr_classify(const char *text, size_t len, struct ndr_classification *out);

/**
 * Like ndr_classify, with what else is known: the code, the remote host (host rules such as
 * Gmail's or Exchange Online's apply only to their hosts), the reporting system.
 *
 * Returns NDR_OK and writes `*out`; NDR_ERR_NULL (context or out NULL, or a text NULL with a
 * length over 0); NDR_ERR_TOO_LONG; NDR_ERR_INVALID_CODE (`code` neither 0 nor a code key).
 *
 * # Safety
 * `context` must be NULL or readable, and its pointers must each be NULL or point to their
 * length in readable bytes; `out` must be NULL or writable.
 */
ndr_result ndr_classify_with(const struct ndr_context *context, struct ndr_classification *out);

/**
 * Explains any well-formed code key (from ndr_code_parse or ndr_find_code): the exact entry,
 * else the same subject.detail in the other failure class, else the subject, else the class.
 *
 * Returns NDR_OK and writes `*out`; NDR_ERR_NULL; NDR_ERR_INVALID_CODE (not the key of a
 * well-formed code).
 *
 * # Safety
 * `out` must be NULL or writable.
 */
ndr_result ndr_explain(uint32_t code, struct ndr_explanation *out);

/**
 * "exact", "other-class", "subject" or "class"; NULL for a number that is no ndr_level.
 */
const char *ndr_level_name(uint32_t level);

/**
 * The title of class 2, 4 or 5 ("Permanent failure"); NULL for any other number.
 */
const char *ndr_class_title(uint32_t class_);

/**
 * What class 2, 4 or 5 means; NULL for any other number.
 */
const char *ndr_class_description(uint32_t class_);

/**
 * The title of subject 0 to 7 ("Addressing status"); NULL for any other number.
 */
const char *ndr_subject_title(uint32_t subject);

/**
 * What codes of subject 0 to 7 are about; NULL for any other number.
 */
const char *ndr_subject_description(uint32_t subject);

/**
 * A short title. NULL if `status` is not a status key.
 */
const char *ndr_status_title(uint32_t status);

/**
 * What the code means by the standard (or, for a private code, by its vendor). NULL if `status` is
 * not a status key.
 */
const char *ndr_status_description(uint32_t status);

/**
 * Which mail systems use the code with which meaning: for a code that means different things in
 * different systems, each group of systems with its meaning (the registry's first, then current
 * before older); else the systems its origin implies. NULL if `status` is not a status key.
 */
const char *ndr_status_applies_to(uint32_t status);

/**
 * What Exchange / Exchange Online mean by the code, where that differs or adds. NULL when the
 * entry has none, or if `status` is not a status key.
 */
const char *ndr_status_exchange(uint32_t status);

/**
 * What to check or do next. NULL if `status` is not a status key.
 */
const char *ndr_status_remedy(uint32_t status);

/**
 * The step for the person who got the NDR, in plain words: what they can do themselves, and when
 * to hand over to their mail administrator. NULL when the entry has none, or if `status` is not a
 * status key.
 */
const char *ndr_status_sender(uint32_t status);

/**
 * Who usually has to act: the sender, the sender's admin, the recipient, the recipient's admin, or
 * nobody. As its id, such as "sender-admin"; NULL if `status` is not a status key.
 */
const char *ndr_status_actor(uint32_t status);

/**
 * The bounce reason the code is filed under (the taxonomy of docs/catalog-format.md). As its id,
 * such as "user-unknown"; NULL if `status` is not a status key.
 */
const char *ndr_status_reason(uint32_t status);

/**
 * Item `index` (from 0) of the list: The basic SMTP reply codes the code comes with, such as 550.
 * 0 past the last one, or if `status` is not a status key.
 */
uint16_t ndr_status_smtp_reply(uint32_t status, size_t index);

/**
 * Who defined the code: the IANA registry, Exchange, Exchange Online or another vendor. As its id,
 * such as "exchange-online"; NULL if `status` is not a status key.
 */
const char *ndr_status_origin(uint32_t status);

/**
 * Remarks, such as why the catalog lists the code in this class. NULL when the entry has none, or
 * if `status` is not a status key.
 */
const char *ndr_status_note(uint32_t status);

/**
 * Item `index` (from 0) of the list: Exchange diagnostic tokens that come with the code, such as
 * RESOLVER.ADR.RecipNotFound. NULL past the last one, or if `status` is not a status key.
 */
const char *ndr_status_diagnostic(uint32_t status, size_t index);

/**
 * Item `index` (from 0) of the list: Sources: RFC sections, document titles, URLs. NULL past the
 * last one, or if `status` is not a status key.
 */
const char *ndr_status_reference(uint32_t status, size_t index);

/**
 * Finds the next code in `text` (`len` bytes, any bytes, not NUL-terminated) that starts at
 * or after byte offset `from`, by the rule of find_codes: a well-formed code not preceded by a
 * letter, digit or '.', and not followed by a letter, digit, or '.' and a digit. So
 * "550 5.1.1" and "[4.4.7]" are found; "10.5.1.1", "v5.1.1" and "5.1.1.3" are not.
 *
 * To visit every code: start with `from = 0`, and after each NDR_OK pass `out->end` as the
 * next `from`, until NDR_ERR_NOT_FOUND.
 *
 * Returns NDR_OK and writes `*out`; NDR_ERR_NOT_FOUND (no code from `from` on, including
 * `from == len`); NDR_ERR_OUT_OF_RANGE (`from > len`); NDR_ERR_NULL; NDR_ERR_TOO_LONG.
 *
 * # Safety
 * Unless NULL or `len` is 0, `text` must point to `len` readable bytes; `out` must be NULL or
 * writable.
 */
ndr_result ndr_find_code(const uint8_t *text, size_t len, size_t from, struct ndr_found *out);

/**
 * Parses a code such as "5.1.1" and gives the status key of its catalog entry.
 *
 * `text` holds `len` bytes, need not be NUL-terminated nor UTF-8, and may be NULL when `len`
 * is 0. The whole text must be the code. A code inside a range entry (5.7.620 in
 * 5.7.606-649) gives the range's status. Returns NDR_OK and writes `*out_status`; or
 * NDR_ERR_NULL, NDR_ERR_TOO_LONG, NDR_ERR_EMPTY, NDR_ERR_BAD_CLASS, NDR_ERR_BAD_SUBJECT,
 * NDR_ERR_BAD_DETAIL, NDR_ERR_TRAILING (not a well-formed code), NDR_ERR_UNKNOWN (well
 * formed, not in the catalog).
 *
 * # Safety
 * Unless NULL or `len` is 0, `text` must point to `len` readable bytes; `out_status` must be
 * NULL or writable.
 */
ndr_result ndr_status_parse(const char *text, size_t len, uint32_t *out_status);

/**
 * Parses any well-formed code, known to the catalog or not, to its numeric key
 * `class * 1000000 + subject * 1000 + detail` (5.1.1 is 5001001).
 *
 * Same text rules and parse errors as ndr_status_parse, but never NDR_ERR_UNKNOWN.
 *
 * # Safety
 * As for ndr_status_parse.
 */
ndr_result ndr_code_parse(const char *text, size_t len, uint32_t *out_code);

/**
 * Gives the status of the catalog entry for a code key (from ndr_code_parse or
 * ndr_find_code): the exact entry, else the range entry that holds the code.
 *
 * Returns NDR_OK and writes `*out_status`; NDR_ERR_NULL; NDR_ERR_INVALID_CODE (not the key
 * of a well-formed code); NDR_ERR_UNKNOWN (no entry).
 *
 * # Safety
 * `out_status` must be NULL or writable.
 */
ndr_result ndr_status_from_code(uint32_t code, uint32_t *out_status);

/**
 * Gives the status of the entry that lists an Exchange diagnostic token such as
 * "RESOLVER.ADR.RecipNotFound"; ASCII case is ignored.
 *
 * Returns NDR_OK and writes `*out_status`; NDR_ERR_NULL; NDR_ERR_TOO_LONG; NDR_ERR_EMPTY;
 * NDR_ERR_NOT_FOUND (no entry lists the token, which includes any text that is not UTF-8).
 *
 * # Safety
 * As for ndr_status_parse.
 */
ndr_result ndr_status_from_diagnostic(const char *token, size_t len, uint32_t *out_status);

/**
 * A static, NUL-terminated sentence describing `result`; for a number that is no
 * `ndr_result`, "unknown result". Never NULL.
 */
const char *ndr_result_describe(uint32_t result);

/**
 * Whether `status` is one of the NDR_STATUS_* values. All other functions check this too.
 */
bool ndr_status_is_valid(uint32_t status);

/**
 * The stable identifier, the Rust variant name: "BadDestinationMailbox" (NDR_STATUS_ and its
 * UPPER_SNAKE form name the constant). NULL if `status` is not a status key.
 */
const char *ndr_status_name(uint32_t status);

/**
 * The (first) code as text: "5.1.1", or "5.7.606" for the range 5.7.606-649. NULL if
 * `status` is not a status key.
 */
const char *ndr_status_code_str(uint32_t status);

/**
 * The code or range as the catalog writes it: "5.1.1", "5.7.606-649". NULL if `status` is
 * not a status key.
 */
const char *ndr_status_notation(uint32_t status);

/**
 * Writes the class, 2, 4 or 5, to `*out_class`. Returns NDR_OK, NDR_ERR_NULL or
 * NDR_ERR_INVALID_STATUS.
 *
 * # Safety
 * `out_class` must be NULL or writable.
 */
ndr_result ndr_status_class(uint32_t status, uint32_t *out_class);

/**
 * Writes the subject, 0 to 7, to `*out_subject`. Returns NDR_OK, NDR_ERR_NULL or
 * NDR_ERR_INVALID_STATUS.
 *
 * # Safety
 * `out_subject` must be NULL or writable.
 */
ndr_result ndr_status_subject(uint32_t status, uint32_t *out_subject);

/**
 * Whether the class is 2 (success). False if `status` is not a status key.
 */
bool ndr_status_is_success(uint32_t status);

/**
 * Whether the class is 4: the sending server retries. False if `status` is not a status key.
 */
bool ndr_status_is_transient(uint32_t status);

/**
 * Whether the class is 5: sending again unchanged fails again. False if `status` is not a
 * status key.
 */
bool ndr_status_is_permanent(uint32_t status);

/**
 * The number of status keys (NDR_STATUS_COUNT for the header this library was built with).
 */
size_t ndr_status_count(void);

/**
 * Writes the `index`-th status key, in code order, to `*out_status`: indices 0 to
 * ndr_status_count() - 1 visit every status once. Returns NDR_OK, NDR_ERR_NULL or
 * NDR_ERR_OUT_OF_RANGE.
 *
 * # Safety
 * `out_status` must be NULL or writable.
 */
ndr_result ndr_status_at(size_t index, uint32_t *out_status);

/**
 * The library's version as "MAJOR.MINOR.PATCH" (static, NUL-terminated). Compare it with the
 * header's NDR_CODES_VERSION_MAJOR / _MINOR / _PATCH to catch a header and library mismatch.
 */
const char *ndr_version(void);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* NDR_CODES_H */
