#!/usr/bin/env bash
# `ndr bounce --json` against Sisimai (Debian's libsisimai-perl) on the same messages, in the
# same run: both read one directory holding the bounce corpus COPIES times over and write
# JSON to /dev/null. Prints the median of ROUNDS alternating runs of each, in messages/s.
#
#   crates/ndr-bounce/benches/vs-sisimai.sh [CORPUS_DIR] [COPIES] [ROUNDS]
#
# CORPUS_DIR defaults to ../shared/corpus/bounces (its emails/ folder is read).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
corpus=${1:-$root/../shared/corpus/bounces}
copies=${2:-10}
rounds=${3:-5}
target=${CARGO_TARGET_DIR:-$root/target}

perl -MSisimai -e 1 2>/dev/null || { echo "Sisimai is missing: apt-get install libsisimai-perl" >&2; exit 2; }
cargo build --quiet --release -p ndr-codes-cli --manifest-path "$root/Cargo.toml"
ndr=$target/release/ndr

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  for f in "$corpus"/emails/*; do cp "$f" "$work/$i-$(basename "$f")"; done
done
messages=$(ls "$work" | wc -l)

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ours=(); theirs=()
for r in $(seq 1 "$rounds"); do
  ours+=("$(seconds "$ndr" bounce --json "$work")")
  theirs+=("$(seconds perl -MSisimai -e 'print Sisimai->dump($ARGV[0]) // ""' "$work")")
done
t_ours=$(printf '%s\n' "${ours[@]}" | median)
t_theirs=$(printf '%s\n' "${theirs[@]}" | median)
sisimai_version=$(perl -MSisimai -e 'print Sisimai->version')
printf 'messages: %d (%d copies of %s), median of %d runs each\n' "$messages" "$copies" "$corpus/emails" "$rounds"
printf '%-34s %8.3f s  %10.0f messages/s\n' "ndr bounce --json" "$t_ours" "$(echo "$messages / $t_ours" | bc -l)"
printf '%-34s %8.3f s  %10.0f messages/s\n' "Sisimai $sisimai_version ->dump (JSON)" "$t_theirs" "$(echo "$messages / $t_theirs" | bc -l)"
printf 'ndr is %.1fx faster\n' "$(echo "$t_theirs / $t_ours" | bc -l)"
