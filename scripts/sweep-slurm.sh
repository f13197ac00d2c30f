#!/usr/bin/env bash
# A tdlab sweep on a Slurm cluster: one shard per array task, then a merge job that runs once every shard
# has succeeded (afterok). See the README, "Sweeps on a cluster".
#
#   scripts/sweep-slurm.sh PRESET GRID SHARDS OUT [SWEEP OPTIONS...]
#
# Task i of the array runs   tdlab sweep -p PRESET --grid GRID --shard i/SHARDS -o OUT/shards [SWEEP OPTIONS...]
# and the merge job          tdlab merge -o OUT OUT/shards/sweep-*-of-SHARDS.csv   (OUT/sweep.csv, OUT/sweep.png).
# Logs go to OUT/logs. Environment:
#   TDLAB              the tdlab to run: the packaged app (target/dist/tdlab/bin/tdlab, the default when built),
#                      a jar (run with java -jar; default target/tdlab.jar) or any executable
#   TDLAB_SBATCH_ARGS  extra sbatch options for both jobs, e.g. "--partition=cpu --time=02:00:00"
#                      (sbatch's own SBATCH_* variables work too)
set -euo pipefail

usage() {
    cat >&2 <<'TEXT'
usage: scripts/sweep-slurm.sh PRESET GRID SHARDS OUT [SWEEP OPTIONS...]
  PRESET  preset JSON file            GRID    cells per axis (--grid)
  SHARDS  array tasks (shards), >= 1  OUT     output folder (shards/, logs/, then sweep.csv and sweep.png)
  SWEEP OPTIONS go to every 'tdlab sweep' as they are, e.g. --mode init --exact --steps 800 --threads 4
  TDLAB=path/to/tdlab-or-jar and TDLAB_SBATCH_ARGS="--partition=..." are read from the environment.
TEXT
    exit 2
}

# Runs tdlab: a jar with java -jar, anything else as an executable.
tdlab() {
    if [[ "$TDLAB" == *.jar ]]; then
        java -jar "$TDLAB" "$@"
    else
        "$TDLAB" "$@"
    fi
}

# Inside the array task: this task's shard.
if [[ "${1:-}" == "--shard-task" ]]; then
    shift
    TDLAB="$1" preset="$2" grid="$3" shards="$4" out="$5"
    shift 5
    : "${SLURM_ARRAY_TASK_ID:?runs as a Slurm array task}"
    tdlab sweep -p "$preset" --grid "$grid" --shard "$SLURM_ARRAY_TASK_ID/$shards" -o "$out/shards" "$@"
    exit
fi

# Inside the dependent job: the merge.
if [[ "${1:-}" == "--merge-task" ]]; then
    TDLAB="$2" shards="$3" out="$4"
    files=()
    for ((i = 0; i < shards; i++)); do
        files+=("$out/shards/sweep-$i-of-$shards.csv")
    done
    tdlab merge -o "$out" "${files[@]}"
    exit
fi

[[ $# -ge 4 ]] || usage
preset="$1" grid="$2" shards="$3" out="$4"
shift 4
[[ "$grid" =~ ^[1-9][0-9]*$ ]] || { echo "sweep-slurm.sh: GRID must be a positive integer, got '$grid'" >&2; usage; }
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "sweep-slurm.sh: SHARDS must be a positive integer, got '$shards'" >&2; usage; }
[[ -f "$preset" ]] || { echo "sweep-slurm.sh: no preset file '$preset'" >&2; usage; }
command -v sbatch >/dev/null || { echo "sweep-slurm.sh: sbatch not found: run this on a Slurm login node" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -z "${TDLAB:-}" ]]; then
    if [[ -x "$root/target/dist/tdlab/bin/tdlab" ]]; then
        TDLAB="$root/target/dist/tdlab/bin/tdlab"
    else
        TDLAB="$root/target/tdlab.jar"
    fi
fi
[[ -e "$TDLAB" ]] || { echo "sweep-slurm.sh: no tdlab at '$TDLAB' (build it: mvn -B package, or set TDLAB)" >&2; exit 2; }
# the jobs may start in another folder: every path absolute
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
TDLAB="$(abs "$TDLAB")"
preset="$(abs "$preset")"
mkdir -p "$out/shards" "$out/logs"
out="$(cd "$out" && pwd)"
script="$(abs "${BASH_SOURCE[0]}")"
read -r -a extra <<< "${TDLAB_SBATCH_ARGS:-}"

jobid="$(sbatch --parsable ${extra[@]+"${extra[@]}"} --job-name=tdlab-sweep --array="0-$((shards - 1))" \
    --output="$out/logs/shard-%a.log" "$script" --shard-task "$TDLAB" "$preset" "$grid" "$shards" "$out" "$@")"
jobid="${jobid%%;*}" # --parsable prints "id" or "id;cluster"
merge="$(sbatch --parsable ${extra[@]+"${extra[@]}"} --job-name=tdlab-merge --dependency="afterok:$jobid" \
    --output="$out/logs/merge.log" "$script" --merge-task "$TDLAB" "$shards" "$out")"
echo "submitted shards as array job $jobid (tasks 0-$((shards - 1))) and the merge as job ${merge%%;*};"
echo "the phase diagram will be $out/sweep.csv and $out/sweep.png"
