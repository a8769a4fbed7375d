/* explain: what an enhanced status code means, for a code or a whole SMTP reply.
 *
 *   explain 5.1.1
 *   explain "550 5.7.1 Service unavailable; client host blocked"
 *
 * Build: cc -std=c99 explain.c $(pkg-config --cflags --libs ndr_codes) -o explain
 * Exit status: 0 explained, 1 no code in the text, 2 bad usage. */
#include <stdio.h>
#include <string.h>

#include "ndr_codes.h"

static void print_entry(uint32_t status) {
    const char *exchange = ndr_status_exchange(status);
    size_t i;
    uint16_t reply;
    printf("  entry:       %s (%s)\n", ndr_status_notation(status), ndr_status_name(status));
    if (exchange != NULL) {
        printf("  exchange:    %s\n", exchange);
    }
    printf("  remedy:      %s\n", ndr_status_remedy(status));
    printf("  reason:      %s; usually acts: %s; defined by: %s\n", ndr_status_reason(status),
           ndr_status_actor(status), ndr_status_origin(status));
    printf("  smtp:       ");
    for (i = 0; (reply = ndr_status_smtp_reply(status, i)) != 0; i++) {
        printf(" %u", (unsigned)reply);
    }
    printf("\n");
}

/* Explains the code `text[0..len]` (already known to be a well-formed code with key `code`). */
static void explain(const char *text, size_t len, uint32_t code) {
    ndr_explanation e;
    ndr_result result = ndr_explain(code, &e);
    if (result != NDR_OK) {
        printf("%.*s: %s\n", (int)len, text, ndr_result_describe(result));
        return;
    }
    printf("%.*s: %s\n", (int)len, text, e.title);
    printf("  answered by: %s\n", ndr_level_name(e.level));
    printf("  class:       %u, %s\n", (unsigned)(code / 1000000u), ndr_class_title(code / 1000000u));
    printf("  meaning:     %s\n", e.description);
    if (e.level == NDR_LEVEL_OTHER_CLASS) {
        printf("  note:        no entry for this class; this is the meaning of %s\n",
               ndr_status_notation(e.status));
    }
    if (e.status != 0) {
        print_entry(e.status);
    }
}

int main(int argc, char **argv) {
    const char *text;
    size_t len, from = 0, count = 0;
    uint32_t code;
    ndr_found found;
    if (argc != 2) {
        fprintf(stderr, "usage: %s CODE-OR-SMTP-REPLY   (e.g. %s 5.1.1)\n", argv[0], argv[0]);
        return 2;
    }
    text = argv[1];
    len = strlen(text);
    /* The whole argument as one code first, so that a bare code is explained even where the
     * scanning rule would not find it; else every code in the text. */
    if (ndr_code_parse(text, len, &code) == NDR_OK) {
        explain(text, len, code);
        return 0;
    }
    while (ndr_find_code((const uint8_t *)text, len, from, &found) == NDR_OK) {
        explain(text + found.start, found.end - found.start, found.code);
        from = found.end;
        count++;
    }
    if (count == 0) {
        printf("no enhanced status code (such as 5.1.1) in: %s\n", text);
        return 1;
    }
    return 0;
}
