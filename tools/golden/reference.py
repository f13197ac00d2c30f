"""Helpers shared by gen_canonical.py, gen_s3_minimal.py and gen_s4_yz.py: importing a file of a reference
snapshot, recording the snapshot's commit, and turning tensors into the fixture layout of fixture.py."""
import importlib.util
import subprocess
import sys
import types


def stub_missing(*names):
    """The references import wandb and matplotlib at module level but use them only for logging and plots;
    where they are not installed, empty modules stand in so that the model code itself can be imported."""
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            module = types.ModuleType(name)
            module.__getattr__ = lambda attr: None
            sys.modules[name] = module


def stub_hydra():
    """decoder_only.py decorates its main() with hydra.main at import time; a pass-through decorator
    stands in where hydra is not installed (the generators never call main())."""
    try:
        importlib.import_module("hydra")
    except ImportError:
        module = types.ModuleType("hydra")
        module.main = lambda *args, **kwargs: (lambda f: f)
        sys.modules["hydra"] = module


class widened_float:
    """Within this block Tensor.float() casts to float64: for a reference whose forward casts its one-hot
    inputs with .float(), so that the module run in float64 (.double()) stays in float64 throughout."""

    def __enter__(self):
        import torch
        self.saved = torch.Tensor.float
        torch.Tensor.float = lambda t, *args, **kwargs: t.to(torch.float64)
        return self

    def __exit__(self, *exc):
        import torch
        torch.Tensor.float = self.saved
        return False


def import_file(name, path, search_dir=None):
    """Imports one file of a snapshot as module `name`; `search_dir` goes on sys.path for its own imports."""
    if search_dir is not None and search_dir not in sys.path:
        sys.path.insert(0, search_dir)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def commit_of(git_dir):
    """The commit of the snapshot a reference was extracted from (HEAD of the fetched mirror)."""
    return subprocess.check_output(["git", "--git-dir", git_dir, "rev-parse", "HEAD"], text=True).strip()


DIGITS = 10


def entry(t):
    """One tensor as {"shape": [...], "data": [flat row-major]} (fixture.py's layout). Real values keep DIGITS
    significant digits: four orders below the tests' tolerances, and the files a third smaller than with full repr."""
    t = t.detach().cpu()
    data = t.reshape(-1).tolist()
    if t.is_floating_point():
        data = [float(f"{v:.{DIGITS}g}") for v in data]
    return {"shape": list(t.shape), "data": data}


def entries(named):
    return {name: entry(t) for name, t in named}


def write(path, fixture):
    import json
    with open(path, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
        f.write("\n")
