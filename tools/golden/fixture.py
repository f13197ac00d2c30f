"""Shared writer for golden fixtures (run by hand, never by CI; see README.md).

A fixture is one JSON object, the same layout for every model:

  {"source":    {"repo": "owner/name", "path": "file in that repo", "commit": "40 hex"},
   "config":    {...free-form: the paper's configuration as the generator used it...},
   "params":    {name: {"shape": [d0, d1, ...], "data": [flat row-major floats]}},
   "batch":     {...free-form: e.g. "x"/"y" as tensors in the same {"shape","data"} form...},
   "loss":      float,
   "grads":     {name: {"shape", "data"}}            # d loss / d params, same names
   "optimizer": {...free-form: type, hyper-parameters, e.g. "step_lr": [rate of updates 1, 2, 3]...},
   "steps":     [{"loss": float, "params": {name: {"shape","data"}}} x 3]}

Conventions (readers rely on them):
- every number is written with Python's repr of a float64, which round-trips exactly; a float32
  tensor is widened to float64 first, so the JSON holds its exact value;
- integer tensors (token batches) keep integer values in "data";
- "steps"[k]["loss"] is the loss at the batch BEFORE the (k+1)-th update (the value the optimizer's
  gradient came from), "steps"[k]["params"] the weights AFTER it;
- tensor names are the reference's own (e.g. torch's named_parameters()), so a reader maps them.
Only the standard library and numpy are needed here; torch tensors are accepted (anything with
.detach()/.cpu()/.numpy(), or array-likes).
"""
import atexit
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import types

import numpy as np

# Where the developer keeps snapshots of the papers' repositories: REFS/<owner>+<name> is a git directory
# (bare, as the snapshot tool writes it under .../repo, or a clone). Never inside this repository.
REFS = os.environ.get("GOLDEN_REFS", "/work/.mirror")

# Where fixtures go: src/test/resources/golden/ of this repository.
OUT_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                        "src", "test", "resources", "golden"))


def _as_array(t):
    if hasattr(t, "detach"):
        t = t.detach().cpu()
        if hasattr(t, "double") and t.is_floating_point():
            t = t.double()
        t = t.numpy()
    return np.asarray(t)


def tensor(t):
    """One tensor as {"shape": [...], "data": [flat row-major numbers]}."""
    a = _as_array(t)
    if np.issubdtype(a.dtype, np.integer) or a.dtype == np.bool_:
        data = [int(v) for v in a.reshape(-1)]
    else:
        data = [float(v) for v in a.astype(np.float64).reshape(-1)]
        if not all(math.isfinite(v) for v in data):
            raise ValueError("non-finite value in a fixture tensor")
    return {"shape": [int(s) for s in a.shape], "data": data}


def tensors(named):
    """A dict (or iterable of (name, tensor) pairs) as {name: tensor(...)}, in the given order."""
    items = named.items() if hasattr(named, "items") else named
    return {str(n): tensor(t) for n, t in items}


def git_commit(git_dir):
    """The commit HEAD names in a snapshot's git directory (bare or not)."""
    return subprocess.check_output(["git", "--git-dir", git_dir, "rev-parse", "HEAD"], text=True).strip()


def git_dir_of(repo):
    """The git directory of the snapshot of "owner/name" under REFS."""
    base = os.path.join(REFS, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo"), os.path.join(base, ".git"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    raise SystemExit(f"no snapshot of {repo} under {REFS} (set GOLDEN_REFS; see README.md)")


def checkout(repo, subdir):
    """Extracts `subdir` of the snapshot's HEAD into a fresh temporary folder (outside this repository,
    removed when the script exits).

    Returns (folder holding `subdir`, commit). Only the subfolder: some snapshots lack large files elsewhere.
    """
    git_dir = git_dir_of(repo)
    dest = tempfile.mkdtemp(prefix="golden-ref-")
    atexit.register(shutil.rmtree, dest, True)
    archive = subprocess.Popen(["git", "--git-dir", git_dir, "archive", "HEAD", subdir], stdout=subprocess.PIPE)
    subprocess.check_call(["tar", "-x", "-C", dest], stdin=archive.stdout)
    if archive.wait() != 0:
        raise SystemExit(f"git archive of {repo}:{subdir} failed")
    return dest, git_commit(git_dir)


def stub_modules(names=("wandb", "tiktoken", "matplotlib", "matplotlib.pyplot")):
    """Empty stand-ins for logging/plotting packages a reference imports but its training step never needs.

    Any attribute is a no-op callable, so `wandb.log(...)` or `tiktoken.get_encoding("gpt2")` still run.
    """
    class _NoOp(types.ModuleType):
        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            return lambda *a, **k: None
    for n in names:
        if n not in sys.modules:
            sys.modules[n] = _NoOp(n)
    if "matplotlib" in sys.modules and "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib"].pyplot = sys.modules["matplotlib.pyplot"]


def source(repo, path, commit):
    return {"repo": repo, "path": path, "commit": commit}


def step(loss, params):
    """One entry of "steps": the loss before the update and the weights after it."""
    return {"loss": float(loss), "params": tensors(params)}


def write_fixture(out_path, *, source, config, params, batch, loss, grads, optimizer, steps):
    """Writes the fixture (keys in the documented order); returns its size in bytes.

    A bare file name goes to OUT_DIR (src/test/resources/golden/)."""
    if os.path.dirname(out_path) == "":
        os.makedirs(OUT_DIR, exist_ok=True)
        out_path = os.path.join(OUT_DIR, out_path)
    if len(steps) != 3:
        raise ValueError("a fixture holds exactly three optimizer steps")
    missing = set(params) ^ set(grads)
    if missing:
        raise ValueError(f"params and grads name different tensors: {sorted(missing)}")
    doc = {"source": source, "config": config, "params": params, "batch": batch,
           "loss": float(loss), "grads": grads, "optimizer": optimizer, "steps": steps}
    text = json.dumps(doc, separators=(",", ":"), allow_nan=False)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)
        f.write("\n")
    return len(text) + 1
