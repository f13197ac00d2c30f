"""What gen_canonical.py, gen_s3_minimal.py and gen_s4_yz.py need beyond fixture.py: importing one file of an
extracted snapshot, stand-ins for the configuration packages two references import at module level, and a
float64 run of a forward that casts its inputs with .float()."""
import importlib.util
import sys
import types


def prepare(repo, subdir):
    """What every generator does first: one thread (reproducible sums), the snapshot's `subdir` extracted, the
    logging packages stubbed. Returns (folder holding `subdir`, commit)."""
    import torch
    import fixture
    torch.set_num_threads(1)
    ref, commit = fixture.checkout(repo, subdir)
    fixture.stub_modules()
    return ref, commit


def loss_and_grads(module, compute_loss):
    """The fixture's "params", "loss" and "grads": the weights, one forward and backward, every gradient; the
    gradients are cleared again before the optimizer's steps."""
    import fixture
    params = fixture.tensors(module.named_parameters())
    loss = compute_loss()
    loss.backward()
    grads = fixture.tensors((n, p.grad) for n, p in module.named_parameters() if p.grad is not None)
    module.zero_grad()
    return params, loss.item(), grads


def import_file(name, path, search_dir=None):
    """Imports one file of a snapshot as module `name`; `search_dir` goes on sys.path for its own imports."""
    if search_dir is not None and search_dir not in sys.path:
        sys.path.insert(0, search_dir)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def stub_config_packages():
    """decoder_only.py decorates its main() with hydra.main at import time, and IL-SAP's src/utils.py imports
    OmegaConf, DictConfig and pandas for config helpers; where they are not installed, stand-ins let the model
    code import (the generators never call main() or those helpers)."""
    def missing(name):
        try:
            importlib.import_module(name)
            return False
        except ImportError:
            return True
    if missing("hydra"):
        hydra = types.ModuleType("hydra")
        hydra.main = lambda *args, **kwargs: (lambda f: f)
        sys.modules["hydra"] = hydra
    if missing("omegaconf"):
        omegaconf = types.ModuleType("omegaconf")
        omegaconf.OmegaConf = object
        omegaconf.DictConfig = dict
        sys.modules["omegaconf"] = omegaconf
    for name in ("pandas", "common_utils"):
        if missing(name):
            sys.modules[name] = types.ModuleType(name)


class widened_float:
    """Within this block Tensor.float() and Tensor.type(torch.float32) cast to float64: for a reference whose
    forward casts its inputs or targets to float32, so that the module run in float64 (.double()) stays in
    float64 throughout."""

    def __enter__(self):
        import torch
        self.saved = (torch.Tensor.float, torch.Tensor.type)
        saved_type = torch.Tensor.type
        torch.Tensor.float = lambda t, *args, **kwargs: t.to(torch.float64)
        torch.Tensor.type = lambda t, dtype=None, *args, **kwargs: (
            saved_type(t) if dtype is None
            else saved_type(t, torch.float64 if dtype is torch.float32 else dtype, *args, **kwargs))
        return self

    def __exit__(self, *exc):
        import torch
        torch.Tensor.float, torch.Tensor.type = self.saved
        return False
