/* Every status, through every accessor: the list C sees is the list Rust sees. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static int non_empty(const char *text) {
    return text != NULL && text[0] != '\0';
}

/* The code text "C.S.D" of a key. */
static void key_text(uint32_t key, char *buffer, size_t size) {
    snprintf(buffer, size, "%u.%u.%u", (unsigned)(key / 1000000u), (unsigned)(key / 1000u % 1000u),
             (unsigned)(key % 1000u));
}

static void texts(uint32_t status) {
    const char *exchange = ndr_status_exchange(status);
    CHECK(non_empty(ndr_status_title(status)));
    CHECK(non_empty(ndr_status_description(status)));
    CHECK(exchange == NULL || exchange[0] != '\0');
    CHECK(non_empty(ndr_status_remedy(status)));
    CHECK(non_empty(ndr_status_reason(status)));
    CHECK(non_empty(ndr_status_actor(status)));
    CHECK(non_empty(ndr_status_origin(status)));
    CHECK(non_empty(ndr_status_name(status)));
    CHECK(isupper((unsigned char)ndr_status_name(status)[0]));
    CHECK(non_empty(ndr_status_reference(status, 0)));
}

/* code_str -> parse -> the same value, and the number is the code's key. */
static void round_trip(uint32_t status) {
    char expected[16];
    const char *code = ndr_status_code_str(status);
    uint32_t parsed = 0, key = 0, from_code = 0;
    key_text(status, expected, sizeof expected);
    CHECK_STR(code, expected);
    if (code == NULL) {
        return;
    }
    CHECK_RESULT(ndr_status_parse(code, strlen(code), &parsed), NDR_OK);
    CHECK_EQ(parsed, status);
    CHECK_RESULT(ndr_code_parse(code, strlen(code), &key), NDR_OK);
    CHECK_EQ(key, status);
    CHECK_RESULT(ndr_status_from_code(key, &from_code), NDR_OK);
    CHECK_EQ(from_code, status);
    CHECK(strncmp(ndr_status_notation(status), code, strlen(code)) == 0);
}

/* Every code of a range "C.S.D-LAST" resolves to the range, unless it has an entry of its own. */
static void range_members(uint32_t status) {
    const char *notation = ndr_status_notation(status);
    const char *dash = notation ? strchr(notation, '-') : NULL;
    uint32_t key, last, found;
    char text[16];
    if (dash == NULL) {
        CHECK_STR(notation, ndr_status_code_str(status));
        return;
    }
    last = status - status % 1000u + (uint32_t)strtoul(dash + 1, NULL, 10);
    CHECK(last > status && last / 1000u == status / 1000u);
    for (key = status; key <= last; key++) {
        uint32_t expected = ndr_status_is_valid(key) ? key : status;
        found = 0;
        key_text(key, text, sizeof text);
        CHECK_RESULT(ndr_status_parse(text, strlen(text), &found), NDR_OK);
        CHECK_EQ(found, expected);
    }
}

static void numbers(uint32_t status) {
    uint32_t class_ = 0, subject = 0;
    CHECK_RESULT(ndr_status_class(status, &class_), NDR_OK);
    CHECK_EQ(class_, status / 1000000u);
    CHECK_RESULT(ndr_status_subject(status, &subject), NDR_OK);
    CHECK_EQ(subject, status / 1000u % 1000u);
    CHECK(subject <= 7);
    CHECK(ndr_status_is_success(status) == (class_ == 2));
    CHECK(ndr_status_is_transient(status) == (class_ == 4));
    CHECK(ndr_status_is_permanent(status) == (class_ == 5));
}

static void lists(uint32_t status) {
    size_t i;
    uint16_t reply;
    const char *token;
    for (i = 0; (reply = ndr_status_smtp_reply(status, i)) != 0; i++) {
        CHECK(reply >= 200 && reply <= 599);
    }
    /* Each Exchange diagnostic token leads back to its entry, in any ASCII case. */
    for (i = 0; (token = ndr_status_diagnostic(status, i)) != NULL; i++) {
        char lower[256];
        size_t j, len = strlen(token);
        uint32_t found = 0;
        CHECK_RESULT(ndr_status_from_diagnostic(token, len, &found), NDR_OK);
        CHECK_EQ(found, status);
        CHECK(len < sizeof lower);
        for (j = 0; j < len && j < sizeof lower; j++) {
            lower[j] = (char)tolower((unsigned char)token[j]);
        }
        found = 0;
        CHECK_RESULT(ndr_status_from_diagnostic(lower, j, &found), NDR_OK);
        CHECK_EQ(found, status);
    }
    CHECK(ndr_status_diagnostic(status, i) == NULL);
}

static void every_status(void) {
    size_t count = ndr_status_count(), index;
    uint32_t previous = 0, status = 0;
    CHECK_EQ(count, NDR_STATUS_COUNT);
    CHECK(count > 0);
    for (index = 0; index < count; index++) {
        CHECK_RESULT(ndr_status_at(index, &status), NDR_OK);
        CHECK(status > previous); /* code order, each once */
        CHECK(ndr_status_is_valid(status));
        previous = status;
        texts(status);
        round_trip(status);
        range_members(status);
        numbers(status);
        lists(status);
    }
    CHECK_RESULT(ndr_status_at(count, &status), NDR_ERR_OUT_OF_RANGE);
}

/* The header's constants and version are the library's. */
static void header_matches_library(void) {
    char version[64];
    snprintf(version, sizeof version, "%d.%d.%d", NDR_CODES_VERSION_MAJOR, NDR_CODES_VERSION_MINOR,
             NDR_CODES_VERSION_PATCH);
    CHECK_STR(ndr_version(), version);
    CHECK_STR(ndr_version(), NDR_CODES_VERSION);
    CHECK_STR(ndr_status_code_str(NDR_STATUS_BAD_DESTINATION_MAILBOX), "5.1.1");
    CHECK_STR(ndr_status_name(NDR_STATUS_BAD_DESTINATION_MAILBOX), "BadDestinationMailbox");
    CHECK(ndr_status_is_permanent(NDR_STATUS_BAD_DESTINATION_MAILBOX));
}

/* The optional step for the person who got the NDR: a string where the catalog has one, else
   NULL, and NULL for a value that is no status. */
static void sender_steps(void) {
    const char *step = ndr_status_sender(NDR_STATUS_BAD_DESTINATION_MAILBOX);
    CHECK(step != NULL && strstr(step, "address") != NULL);
    CHECK(non_empty(ndr_status_sender(NDR_STATUS_MAILBOX_FULL)));
    CHECK(non_empty(ndr_status_sender(NDR_STATUS_DELIVERY_TIME_EXPIRED)));
    CHECK(ndr_status_sender(NDR_STATUS_SUCCESS) == NULL);
    CHECK(ndr_status_sender(5001999u) == NULL);
    CHECK(ndr_status_sender(0u) == NULL);
}

/* Which systems use a code with which meaning: text for every status, NULL for a value that is
   no status. 5.4.8 has two meanings, Exchange Online's first. */
static void applies_to(void) {
    const char *both = ndr_status_applies_to(NDR_STATUS_ROUTES_BACK_TO_SELF);
    CHECK(both != NULL && strstr(both, "Exchange Online") != NULL);
    CHECK(both != NULL && strstr(both, "Exchange 2000") != NULL);
    const char *registry = ndr_status_applies_to(NDR_STATUS_BAD_DESTINATION_MAILBOX);
    CHECK(registry != NULL && strstr(registry, "RFC 3463") != NULL);
    CHECK(ndr_status_applies_to(5001999u) == NULL);
}

void test_status(void) {
    sender_steps();
    applies_to();
    every_status();
    header_matches_library();
}
