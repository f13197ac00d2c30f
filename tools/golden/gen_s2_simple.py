"""Golden fixture of the simple one-layer transformer of Local to Global (presets S2a-S2c): the paper code's
Markov-Simple2/src/models/base.py (GPTBase: scalar embedding x e, learned positions, one head, ReLU MLP 4d, no
LayerNorm, sigmoid output tied to e with a bias b) with the defaults of Markov-Simple2/src/config/markov.py and
the step of its training (main.py, optim/base.py): AdamW (0.9, 0.95) with the model's own decay groups and
OneCycleLR (cos, 2% warm-up, div 100, final div 0.05), on one batch of the code's get_batch. S2a's chain and
rates; the sequence length is 64 instead of S2a's 256, so that the positions table (and the file) is a
quarter as large. The schedule runs over S2a's 600 steps. Run by hand, never by CI (README.md, MODELS.md):

    python3 gen_s2_simple.py        # snapshot of Bond1995/Markov under $GOLDEN_REFS
"""
import argparse
import contextlib
import importlib
import os
import sys
import tempfile

import torch

import fixture
import reference

REPO = "Bond1995/Markov"
SUBDIR = "Markov-Simple2/src"
PRESET = "s2a-simple-transformer-standard-init"
P, Q = 0.5, 0.8  # S2a's chain
SEQUENCE_LENGTH = 64
ITERATIONS = 600  # S2a's steps: the length of the one-cycle schedule


def load(ref):
    """The code's own packages (config, models, optim) from its src/ folder, as main.py imports them."""
    sys.path.insert(0, os.path.join(ref, SUBDIR))
    return (importlib.import_module("config"), importlib.import_module("models.utils"),
            importlib.import_module("optim.utils"))


def paper_args(config):
    parser = argparse.ArgumentParser(allow_abbrev=False)
    return config.parse_args_with_format(
        "markov", parser, ["--p", str(P), "--q", str(Q), "--device", "cpu", "--sequence_length",
                           str(SEQUENCE_LENGTH), "--iterations", str(ITERATIONS)], argparse.Namespace())


def loss_of(model, x, y):
    # forward() casts the tokens with .type(torch.float32) and the targets with .float()
    with reference.widened_float() if model.b.dtype == torch.float64 else contextlib.nullcontext():
        return model(x, targets=y)["loss"]


def optimizer_of(args, model):
    """main.py's AdamW over the model's own decay groups, and its OneCycleLR."""
    named = dict(model.named_parameters())
    groups = model.get_parameter_group_specs()
    for g in groups:
        g["params"] = [named[n] for n in g["params"]]
    opt = torch.optim.AdamW(groups, lr=args.lr, betas=(args.beta1, args.beta2), weight_decay=args.weight_decay)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimizer=opt, max_lr=args.lr, total_steps=args.iterations, pct_start=args.warmup_percent,
        anneal_strategy=args.scheduler, cycle_momentum=False, div_factor=1e2, final_div_factor=.05)
    return opt, scheduler


def run(args, models, utils, seed, dtype):
    torch.manual_seed(seed)
    model = models.get_model(args).to(dtype)  # init "base": N(0, 0.02^2), c_proj N(0, (0.02/sqrt 2)^2), b = 0
    x, y = utils.get_batch(torch.Tensor([[1 - P, P], [Q, 1 - Q]]), args.sequence_length, args.batch_size,
                           torch.Generator().manual_seed(seed + 1), args)
    params0, loss, grads = reference.loss_and_grads(model, lambda: loss_of(model, x, y))
    opt, scheduler = optimizer_of(args, model)
    steps, rates = [], []
    for _ in range(3):  # train_base's step with acc_steps 1 and grad_clip 0, on the one fixed batch
        rates.append(scheduler.get_last_lr()[0])
        step_loss = loss_of(model, x, y)
        step_loss.backward()
        opt.step()
        scheduler.step()
        opt.zero_grad(set_to_none=True)
        steps.append(fixture.step(step_loss.item(), model.named_parameters()))
    decay = model.get_parameter_group_specs()
    return x, y, params0, loss, grads, steps, rates, decay


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    a = parser.parse_args()
    ref, commit = reference.prepare(REPO, SUBDIR)
    config, models, utils = load(ref)
    args = paper_args(config)
    # the model saves weight snapshots (.npy) into the working folder on its first forward
    os.chdir(tempfile.mkdtemp(prefix="golden-simple2-"))
    with contextlib.redirect_stdout(open(os.devnull, "w")):  # and prints them
        x, y, params0, loss, grads, steps, rates, groups = run(args, models, utils, a.seed, torch.float64)
        loss32 = run(args, models, utils, a.seed, torch.float32)[3]
    print(f"loss float64 {loss!r}, float32 {loss32!r}, relative {abs(loss32 - loss) / loss:.2e}")
    size = fixture.write_fixture(
        "simple-s2a.json", source=fixture.source(REPO, SUBDIR + "/models/base.py", commit),
        config={"model": "GPTBase", "p": P, "q": Q, "n_embd": args.n_embd, "n_head": args.n_head,
                "n_layer": args.n_layer, "sequence_length": args.sequence_length, "batch_size": args.batch_size,
                "initial": args.initial, "init": args.init, "tying": not args.no_tying, "seed": a.seed,
                "dtype": "float64", "preset": PRESET},
        params=params0, batch={"x": fixture.tensor(x), "y": fixture.tensor(y)}, loss=loss, grads=grads,
        optimizer={"type": "adamw", "lr": rates, "max_lr": args.lr, "betas": [args.beta1, args.beta2],
                   "eps": 1e-8, "weight_decay": args.weight_decay, "decay": sorted(groups[0]["params"]),
                   "no_decay": sorted(groups[1]["params"]), "schedule": "one_cycle", "anneal": args.scheduler,
                   "iterations": args.iterations, "warmup_percent": args.warmup_percent, "div_factor": 100,
                   "final_div_factor": 0.05, "grad_clip": args.grad_clip},
        steps=steps)
    print(f"wrote simple-s2a.json ({size} bytes)")


if __name__ == "__main__":
    main()
