/* The C test program:
 *   ndr_codes_tests FIND_CODES_FIXTURE LABEL BOUNCE_CORPUS BOUNCE_REFERENCE REASONS_FIXTURE
 * (tests/find_codes.txt, "shared" or "static", the folder holding emails/ and expected.jsonl,
 * what the Rust parser reads from it (written by the suite), tests/reasons.txt). Runs every suite against the installed library and ends with
 * "LABEL: N passed, N failed". */
#include <stdio.h>

#include "check.h"

int main(int argc, char **argv) {
    if (argc < 6) {
        fprintf(stderr,
                "usage: %s tests/find_codes.txt LABEL BOUNCE_CORPUS BOUNCE_REFERENCE "
                "tests/reasons.txt\n",
                argv[0]);
        return 2;
    }
    test_parse();
    test_status();
    test_explain();
    test_find(argv[1]);
    test_bad_input();
    test_bounce(argv[3], argv[4]);
    test_classify(argv[5]);
    return check_report(argv[2]);
}
