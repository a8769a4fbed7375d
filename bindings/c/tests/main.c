/* The C test program: ndr_codes_tests FIND_CODES_FIXTURE [LABEL]
 * Runs every suite against the installed library and ends with "N passed, N failed". */
#include <stdio.h>

#include "check.h"

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s tests/find_codes.txt [label]\n", argv[0]);
        return 2;
    }
    test_parse();
    test_status();
    test_explain();
    test_find(argv[1]);
    test_bad_input();
    return check_report(argc > 2 ? argv[2] : NULL);
}
