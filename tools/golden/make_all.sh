#!/bin/sh
# Regenerates every golden fixture: runs each tools/golden/gen_*.py in turn (see README.md).
# Never run by CI. Snapshots of the papers' repositories are read from $GOLDEN_REFS (default /work/.mirror).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-/usr/bin/python3}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
found=0
for gen in "$here"/gen_*.py; do
    [ -e "$gen" ] || continue
    found=1
    echo "== $(basename "$gen")"
    "$python" "$gen"
done
[ "$found" = 1 ] || { echo "no gen_*.py in $here" >&2; exit 1; }
echo "fixtures in $(cd "$here/../../src/test/resources/golden" && pwd):"
ls -l "$here/../../src/test/resources/golden"
