/* ndr_bounce_*: every message of the bounce corpus (CORPUS/emails) read through C gives what the
 * Rust parser gives (REFERENCE, written by the suite from ndr_bounce::parse); the corpus's own
 * expectations (CORPUS/expected.jsonl) on the common formats; the lifetime of the strings a
 * bounce hands out; and bad input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define MAX_LINE 65536

/* Formats (the corpus's `format` field) checked against expected.jsonl: the standard DSN and
 * the most common text and vendor bounces. */
static const char *const FORMATS[] = {"RFC3464", "Postfix", "Sendmail", "Exim", "qmail",
                                      "Exchange2007", "Office365", "Gmail", "AmazonSES"};

/* Reads a whole file; NULL if it cannot. The caller frees it. */
static unsigned char *read_file(const char *path, size_t *len) {
    FILE *file = fopen(path, "rb");
    unsigned char *data = NULL;
    size_t size = 0, used = 0, got;
    if (file == NULL) return NULL;
    do {
        if (used == size) {
            unsigned char *bigger;
            size = size == 0 ? 65536 : size * 2;
            bigger = (unsigned char *)realloc(data, size);
            if (bigger == NULL) {
                free(data);
                fclose(file);
                return NULL;
            }
            data = bigger;
        }
        got = fread(data + used, 1, size - used, file);
        used += got;
    } while (got > 0);
    fclose(file);
    *len = used;
    return data;
}

/* The value of `"key": "..."` in a JSON line, copied into `out` (no escapes in the values
 * read here); 0 if absent. */
static int json_string(const char *line, const char *key, char *out, size_t size) {
    char pattern[64];
    const char *start, *end;
    sprintf(pattern, "\"%s\": \"", key);
    start = strstr(line, pattern);
    if (start == NULL) return 0;
    start += strlen(pattern);
    end = strchr(start, '"');
    if (end == NULL || (size_t)(end - start) >= size) return 0;
    memcpy(out, start, (size_t)(end - start));
    out[end - start] = '\0';
    return 1;
}

/* The value of `"key": <number or true/false>` in a JSON line; -1 if absent. */
static long json_number(const char *line, const char *key) {
    char pattern[64];
    const char *start;
    sprintf(pattern, "\"%s\": ", key);
    start = strstr(line, pattern);
    if (start == NULL) return -1;
    start += strlen(pattern);
    if (strncmp(start, "true", 4) == 0) return 1;
    if (strncmp(start, "false", 5) == 0) return 0;
    return strtol(start, NULL, 10);
}

static int is_representative(const char *format) {
    size_t i;
    for (i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++) {
        if (strcmp(format, FORMATS[i]) == 0) return 1;
    }
    return 0;
}

static ndr_bounce *parse_file(const char *path) {
    size_t len = 0;
    unsigned char *msg = read_file(path, &len);
    ndr_bounce *bounce = NULL;
    CHECK(msg != NULL);
    if (msg == NULL) return NULL;
    CHECK_RESULT(ndr_bounce_parse(msg, len, &bounce), NDR_OK);
    /* The bounce keeps its own copies: the message can go at once. */
    free(msg);
    return bounce;
}

/* The invariants of every recipient, whatever the message. */
static void check_recipient(const ndr_recipient *r) {
    CHECK(r->address != NULL && strlen(r->address) <= r->address_len);
    CHECK(r->address[r->address_len] == '\0');
    CHECK(r->diagnostic != NULL && r->diagnostic[r->diagnostic_len] == '\0');
    CHECK(r->reason != NULL && r->reason[0] != '\0');
    CHECK(r->rule != NULL && r->rule[0] != '\0');
    CHECK(r->remote_mta == NULL ? r->remote_mta_len == 0
                                : r->remote_mta[r->remote_mta_len] == '\0');
    CHECK(r->command == NULL ? r->command_len == 0 : r->command[r->command_len] == '\0');
    if (r->code != 0) {
        ndr_explanation e;
        CHECK_RESULT(ndr_explain(r->code, &e), NDR_OK);
        /* The status is the catalog entry of the code, exactly when there is one. */
        CHECK_EQ(r->status, e.level == NDR_LEVEL_EXACT ? e.status : 0);
    } else {
        CHECK_EQ(r->status, 0);
    }
    if (r->status != 0 && strncmp(r->rule, "status:", 7) == 0) {
        /* Decided by the catalog entry of the code: the reason is that entry's. */
        CHECK_STR(r->reason, ndr_status_reason(r->status));
    }
}

/* Every row of expected.jsonl: each message parses, its recipients keep the invariants, and
 * on the representative formats the codes are compared with the corpus's and the figure printed
 * (how often the parser is right is the Rust suite's and `cargo xtask eval-bounces`' to assert;
 * that C sees exactly what Rust reads is asserted by matches_the_rust_parser). */
static void corpus_matches_expectations(const char *corpus) {
    char path[4096], line[MAX_LINE], file[512], format[64], status[32], kind[32];
    FILE *expected;
    unsigned rows = 0, coded = 0, agree = 0, found = 0;
    sprintf(path, "%s/expected.jsonl", corpus);
    expected = fopen(path, "r");
    CHECK(expected != NULL);
    if (expected == NULL) return;
    while (fgets(line, sizeof line, expected) != NULL) {
        ndr_bounce *bounce;
        long index = json_number(line, "recipient_index");
        size_t count, i;
        ndr_recipient r;
        if (!json_string(line, "file", file, sizeof file) ||
            !json_string(line, "format", format, sizeof format) ||
            json_number(line, "has_expectation") != 1) {
            continue;
        }
        sprintf(path, "%s/%s", corpus, file);
        bounce = parse_file(path);
        if (bounce == NULL) continue;
        rows++;
        CHECK(ndr_bounce_kind(bounce) != NULL && ndr_bounce_format(bounce) != NULL);
        count = ndr_bounce_recipient_count(bounce);
        for (i = 0; i < count; i++) {
            CHECK_RESULT(ndr_bounce_recipient(bounce, i, &r), NDR_OK);
            check_recipient(&r);
        }
        if (json_number(line, "expect_bounce") == 0) {
            strcpy(kind, ndr_bounce_kind(bounce));
            CHECK(strcmp(kind, "failure") != 0 && strcmp(kind, "delay") != 0);
        }
        if (is_representative(format) && json_string(line, "status_kind", kind, sizeof kind) &&
            strcmp(kind, "rfc3463") == 0 && json_string(line, "status", status, sizeof status) &&
            index >= 1) {
            uint32_t key = 0;
            coded++;
            CHECK_RESULT(ndr_code_parse(status, strlen(status), &key), NDR_OK);
            if ((size_t)index <= count &&
                ndr_bounce_recipient(bounce, (size_t)index - 1, &r) == NDR_OK) {
                found++;
                if (r.code == key) {
                    agree++;
                } else {
                    printf("  note: %s recipient %ld: expected %s, got key %u (%s)\n", file,
                           index, status, (unsigned)r.code, r.rule);
                }
            }
        }
        ndr_bounce_free(bounce);
    }
    fclose(expected);
    printf("bounce corpus: %u rows read; representative formats: %u of %u codes agree, %u "
           "recipients found\n",
           rows, agree, coded, found);
    CHECK(rows >= 100);
    CHECK(coded >= 50);
}

/* Decodes the reference's escapes (\\ \t \n \r \0) in place; gives the byte length. */
static size_t unescape(char *text) {
    size_t in = 0, out = 0;
    while (text[in] != '\0') {
        char c = text[in++];
        if (c == '\\' && text[in] != '\0') {
            c = text[in++];
            c = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == '0' ? '\0' : c;
        }
        text[out++] = c;
    }
    return out;
}

/* The reference, one line per message, then one per recipient:
 *   FILE 0 KIND COUNT                     (FILE 0 - when the message is refused)
 *   FILE INDEX CODE STATUS REPLY HARD REASON RULE ADDRESS DIAGNOSTIC   (escaped texts)
 * Every field of every recipient must be what C reads. */
static void matches_the_rust_parser(const char *corpus, const char *reference) {
    static char line[1 << 20];
    char path[4096];
    FILE *file = fopen(reference, "r");
    ndr_bounce *bounce = NULL;
    unsigned messages = 0, recipients = 0;
    CHECK(file != NULL);
    if (file == NULL) return;
    while (fgets(line, sizeof line, file) != NULL) {
        char *f[10];
        int count;
        line[strcspn(line, "\n")] = '\0';
        count = split_tabs(line, f, 10);
        if (count >= 3 && strcmp(f[1], "0") == 0) {
            size_t len = 0;
            unsigned char *msg;
            ndr_bounce_free(bounce);
            bounce = NULL;
            sprintf(path, "%s/emails/%s", corpus, f[0]);
            msg = read_file(path, &len);
            CHECK(msg != NULL);
            if (msg == NULL) continue;
            messages++;
            if (strcmp(f[2], "-") == 0) {
                CHECK(ndr_bounce_parse(msg, len, &bounce) != NDR_OK);
                bounce = NULL;
            } else {
                CHECK_RESULT(ndr_bounce_parse(msg, len, &bounce), NDR_OK);
                CHECK_STR(ndr_bounce_kind(bounce), f[2]);
                CHECK_EQ(ndr_bounce_recipient_count(bounce), count > 3 ? strtoul(f[3], NULL, 10) : 0);
            }
            free(msg);
        } else if (count == 10 && bounce != NULL) {
            ndr_recipient r;
            size_t address_len, diagnostic_len;
            CHECK_RESULT(ndr_bounce_recipient(bounce, strtoul(f[1], NULL, 10) - 1, &r), NDR_OK);
            recipients++;
            CHECK_EQ(r.code, strtoul(f[2], NULL, 10));
            CHECK_EQ(r.status, strtoul(f[3], NULL, 10));
            CHECK_EQ(r.reply_code, strtoul(f[4], NULL, 10));
            CHECK_EQ(r.hard, strtoul(f[5], NULL, 10));
            CHECK_STR(r.reason, f[6]);
            CHECK_STR(r.rule, f[7]);
            address_len = unescape(f[8]);
            diagnostic_len = unescape(f[9]);
            CHECK_EQ(r.address_len, address_len);
            CHECK(r.address_len == address_len && memcmp(r.address, f[8], address_len) == 0);
            CHECK_EQ(r.diagnostic_len, diagnostic_len);
            CHECK(r.diagnostic_len == diagnostic_len &&
                  memcmp(r.diagnostic, f[9], diagnostic_len) == 0);
        } else {
            CHECK(!"a reference line of 3, 4 or 10 fields after its message line");
        }
    }
    ndr_bounce_free(bounce);
    fclose(file);
    printf("bounce reference: %u messages, %u recipients compared with the Rust parser\n",
           messages, recipients);
    CHECK(messages >= 200 && recipients >= 200);
}

/* Strings of one bounce stay valid while other bounces come and go, and match their lengths. */
static void strings_live_until_free(const char *corpus) {
    char path[4096], address[1024];
    ndr_bounce *first, *second;
    ndr_recipient r;
    const char *mta;
    size_t mta_len = 12345;
    sprintf(path, "%s/emails/rfc3464-01.eml", corpus);
    first = parse_file(path);
    if (first == NULL) return;
    CHECK_STR(ndr_bounce_kind(first), "failure");
    CHECK_STR(ndr_bounce_format(first), "rfc3464");
    CHECK(ndr_bounce_recipient_count(first) >= 1);
    CHECK_RESULT(ndr_bounce_recipient(first, 0, &r), NDR_OK);
    CHECK(r.address_len > 0 && r.address_len < sizeof address);
    memcpy(address, r.address, r.address_len + 1);
    mta = ndr_bounce_reporting_mta(first, &mta_len);
    CHECK(mta == NULL ? mta_len == 12345 : strlen(mta) == mta_len);

    sprintf(path, "%s/emails/lhost-postfix-02.eml", corpus);
    second = parse_file(path);
    ndr_bounce_free(second);
    /* First's strings are untouched by parsing and freeing another bounce. */
    CHECK_STR(r.address, address);
    CHECK_EQ(strlen(r.address), r.address_len);
    ndr_bounce_free(first);
}

static void bad_input(const char *corpus) {
    static const unsigned char not_utf8[] = "Subject: \xff\xfe\r\nFrom: \xc3\x28\r\n\r\n\xff\x00\xfe body";
    static const unsigned char garbage[] = "\x00\x01\x02 this is not a mail message \xff";
    static const unsigned char no_bounce[] =
        "From: a@example.com\r\nTo: b@example.com\r\nSubject: lunch\r\n\r\nNoon?\r\n";
    static char marker_storage;
    /* A marker: the out-parameter must keep it on every error. */
    ndr_bounce *const marker = (ndr_bounce *)(void *)&marker_storage;
    ndr_bounce *bounce = marker;
    ndr_recipient r;
    ndr_original original;
    char path[4096];
    unsigned char *msg;
    size_t len = 0;

    CHECK_RESULT(ndr_bounce_parse(NULL, 10, &bounce), NDR_ERR_NULL);
    CHECK_RESULT(ndr_bounce_parse(no_bounce, sizeof no_bounce - 1, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_bounce_parse(NULL, 0, &bounce), NDR_ERR_EMPTY);
    CHECK_RESULT(ndr_bounce_parse(no_bounce, 0, &bounce), NDR_ERR_EMPTY);
    CHECK_RESULT(ndr_bounce_parse((const uint8_t *)"  \r\n\r\n", 6, &bounce), NDR_ERR_EMPTY);
    CHECK_RESULT(ndr_bounce_parse(garbage, sizeof garbage - 1, &bounce), NDR_ERR_NOT_MAIL);
    CHECK_RESULT(ndr_bounce_parse(no_bounce, (size_t)-1, &bounce), NDR_ERR_TOO_LONG);
    CHECK(bounce == marker);
    CHECK(strstr(ndr_result_describe(NDR_ERR_NOT_MAIL), "mail") != NULL);
    CHECK(strstr(ndr_result_describe(NDR_ERR_MESSAGE_TOO_LARGE), "message") != NULL);

    /* NULL bounces are answered, never dereferenced. */
    ndr_bounce_free(NULL);
    CHECK(ndr_bounce_kind(NULL) == NULL);
    CHECK(ndr_bounce_format(NULL) == NULL);
    CHECK(ndr_bounce_reporting_mta(NULL, &len) == NULL);
    CHECK_EQ(ndr_bounce_recipient_count(NULL), 0);
    CHECK_EQ(ndr_bounce_warning_count(NULL), 0);
    CHECK(ndr_bounce_warning(NULL, 0) == NULL);
    CHECK_RESULT(ndr_bounce_recipient(NULL, 0, &r), NDR_ERR_NULL);
    CHECK_RESULT(ndr_bounce_original(NULL, &original), NDR_ERR_NULL);

    /* Mail that is no bounce; bytes that are not UTF-8. */
    CHECK_RESULT(ndr_bounce_parse(no_bounce, sizeof no_bounce - 1, &bounce), NDR_OK);
    CHECK_STR(ndr_bounce_kind(bounce), "not-bounce");
    CHECK_EQ(ndr_bounce_recipient_count(bounce), 0);
    CHECK_RESULT(ndr_bounce_recipient(bounce, 0, &r), NDR_ERR_OUT_OF_RANGE);
    CHECK_RESULT(ndr_bounce_recipient(bounce, (size_t)-1, &r), NDR_ERR_OUT_OF_RANGE);
    CHECK_RESULT(ndr_bounce_recipient(bounce, 0, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_bounce_original(bounce, &original), NDR_OK);
    CHECK(ndr_bounce_warning(bounce, ndr_bounce_warning_count(bounce)) == NULL);
    ndr_bounce_free(bounce);
    CHECK_RESULT(ndr_bounce_parse(not_utf8, sizeof not_utf8 - 1, &bounce), NDR_OK);
    CHECK(ndr_bounce_kind(bounce) != NULL);
    ndr_bounce_free(bounce);

    /* A real bounce cut in half, then cut at every 997th byte: read as far as it goes. */
    sprintf(path, "%s/emails/rfc3464-01.eml", corpus);
    msg = read_file(path, &len);
    CHECK(msg != NULL);
    if (msg != NULL) {
        size_t cut;
        for (cut = 1; cut < len; cut += 997) {
            ndr_result result = ndr_bounce_parse(msg, cut, &bounce);
            CHECK(result == NDR_OK || result == NDR_ERR_NOT_MAIL || result == NDR_ERR_EMPTY);
            if (result == NDR_OK) {
                size_t i, count = ndr_bounce_recipient_count(bounce);
                for (i = 0; i < count; i++) {
                    CHECK_RESULT(ndr_bounce_recipient(bounce, i, &r), NDR_OK);
                    check_recipient(&r);
                }
                ndr_bounce_free(bounce);
            }
        }
        free(msg);
    }
}

void test_bounce(const char *corpus, const char *reference) {
    matches_the_rust_parser(corpus, reference);
    corpus_matches_expectations(corpus);
    strings_live_until_free(corpus);
    bad_input(corpus);
}
