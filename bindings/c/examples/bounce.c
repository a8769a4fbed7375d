/* bounce: who a bounce message is about, and why delivery failed.
 *
 *   bounce message.eml
 *
 * Prints one line per recipient, fields separated by tabs:
 *   ADDRESS  CODE (5.1.1, or - when the message has none)  REASON  hard|soft  DIAGNOSTIC
 *
 * Build: cc -std=c99 bounce.c $(pkg-config --cflags --libs ndr_codes) -o bounce
 * Exit status: 0 at least one recipient, 1 none (not a bounce), 2 bad usage or unreadable. */
#include <stdio.h>
#include <stdlib.h>

#include "ndr_codes.h"

/* Reads the whole file at `path`; NULL on failure (with errno's message printed). */
static unsigned char *read_all(const char *path, size_t *len) {
    FILE *file = fopen(path, "rb");
    unsigned char *data = NULL;
    size_t size = 0, used = 0, got;
    if (file == NULL) {
        perror(path);
        return NULL;
    }
    do {
        if (used == size) {
            unsigned char *bigger;
            size = size == 0 ? 65536 : size * 2;
            bigger = (unsigned char *)realloc(data, size);
            if (bigger == NULL) {
                fprintf(stderr, "%s: out of memory\n", path);
                free(data);
                fclose(file);
                return NULL;
            }
            data = bigger;
        }
        got = fread(data + used, 1, size - used, file);
        used += got;
    } while (got > 0);
    if (ferror(file)) {
        perror(path);
        free(data);
        data = NULL;
    }
    fclose(file);
    *len = used;
    return data;
}

/* Prints `len` bytes of `text`, with tabs and line ends as spaces so the line stays one line
 * with five fields. */
static void print_field(const char *text, size_t len) {
    size_t i;
    for (i = 0; i < len; i++) {
        char c = text[i];
        putchar(c == '\t' || c == '\n' || c == '\r' || c == '\0' ? ' ' : c);
    }
}

int main(int argc, char **argv) {
    unsigned char *msg;
    size_t len = 0, i, count;
    ndr_bounce *bounce = NULL;
    ndr_result result;
    if (argc != 2) {
        fprintf(stderr, "usage: %s MESSAGE-FILE\n", argc > 0 ? argv[0] : "bounce");
        return 2;
    }
    msg = read_all(argv[1], &len);
    if (msg == NULL) return 2;
    result = ndr_bounce_parse(msg, len, &bounce);
    /* The bounce holds copies of everything it hands out. */
    free(msg);
    if (result != NDR_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], ndr_result_describe(result));
        return 2;
    }
    count = ndr_bounce_recipient_count(bounce);
    for (i = 0; i < count; i++) {
        ndr_recipient r;
        if (ndr_bounce_recipient(bounce, i, &r) != NDR_OK) continue;
        print_field(r.address, r.address_len);
        if (r.code != 0) {
            /* A code key is class*1000000 + subject*1000 + detail. */
            printf("\t%u.%u.%u", (unsigned)(r.code / 1000000u), (unsigned)(r.code / 1000u % 1000u),
                   (unsigned)(r.code % 1000u));
        } else {
            printf("\t-");
        }
        printf("\t%s\t%s\t", r.reason, r.hard ? "hard" : "soft");
        print_field(r.diagnostic, r.diagnostic_len);
        putchar('\n');
    }
    ndr_bounce_free(bounce);
    return count > 0 ? 0 : 1;
}
