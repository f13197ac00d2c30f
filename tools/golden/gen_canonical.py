"""Golden fixtures of the canonical (e, w, b) model of Local to Global (presets S1a, S1c): the paper code's
Markov-Fixed/src/models/base.py (MarkovFixed) with the defaults of Markov-Fixed/src/config/markov.py and the
step of its training loop (main.py, optim/base.py: SGD with momentum 0.9, no schedule), on one batch drawn by
the code's own get_batch (optim/utils.py). Run by hand, never by CI (README.md, MODELS.md):

    python3 gen_canonical.py        # snapshot of Bond1995/Markov under $GOLDEN_REFS
"""
import argparse
import contextlib
import os

import torch

import fixture
import reference

REPO = "Bond1995/Markov"
SUBDIR = "Markov-Fixed"
# S1a from a seeded draw of the code's own init 0.01 N(0, 1); S1c from its point (e0, w0) = (0.5, -1), where
# w < 0 takes the other branch of w|w|.
CASES = [
    {"name": "canonical-s1a", "preset": "s1a-local-to-global-pq-below-one", "p": 0.2, "q": 0.3, "point": None},
    {"name": "canonical-s1c", "preset": "s1c-local-to-global-recommended-init", "p": 0.8, "q": 0.9,
     "point": (0.5, -1.0)},
]


def load(ref):
    src = os.path.join(ref, SUBDIR, "src")
    config = reference.import_file("config", os.path.join(src, "config", "__init__.py"), src)
    base = reference.import_file("markov_fixed_base", os.path.join(src, "models", "base.py"))
    utils = reference.import_file("markov_fixed_utils", os.path.join(src, "optim", "utils.py"))
    return config, base, utils


def paper_args(config, p, q):
    """The paper's argument parser with its defaults (batch 16, length 512, lr 0.01, no schedule), on the CPU."""
    parser = argparse.ArgumentParser(allow_abbrev=False)
    return config.parse_args_with_format("markov", parser, ["--p", str(p), "--q", str(q), "--device", "cpu"],
                                         argparse.Namespace())


def loss_of(model, x, y):
    # forward() casts the targets with .float(): widened to float64 when the module runs in float64
    with reference.widened_float() if model.e.dtype == torch.float64 else contextlib.nullcontext():
        return model(x, targets=y)["loss"]


def run(args, base, utils, seed, point, dtype):
    model = base.MarkovFixed(args)
    # the model seeds its own generator from the clock (and ignores --e and --w); the fixture redraws e and w
    # the same way from a seed, or sets a preset's point
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        model.e.copy_(0.01 * torch.randn(1, generator=g) if point is None else torch.tensor([point[0]]))
        model.w.copy_(0.01 * torch.randn(1, generator=g) if point is None else torch.tensor([point[1]]))
    model.to(dtype)
    torch.manual_seed(seed)  # get_batch's multinomial draws from the global generator
    x, y = utils.get_batch(args.p, args.q, args.order, args.sequence_length, args.batch_size,
                           torch.Generator().manual_seed(seed + 1), args)
    params0, loss, grads = reference.loss_and_grads(model, lambda: loss_of(model, x, y))
    # main.py's optimizer, whatever --opt says: SGD, momentum 0.9; --scheduler none
    opt = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9, weight_decay=args.weight_decay)
    steps = []
    for _ in range(3):  # train_base's step with acc_steps 1 and grad_clip 0, on the one fixed batch
        step_loss = loss_of(model, x, y)
        step_loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        steps.append(fixture.step(step_loss.item(), model.named_parameters()))
    return x, y, params0, loss, grads, steps


def write_case(config, base, utils, commit, case, seed):
    args = paper_args(config, case["p"], case["q"])
    x, y, params0, loss, grads, steps = run(args, base, utils, seed, case["point"], torch.float64)
    loss32 = run(args, base, utils, seed, case["point"], torch.float32)[3]
    print(f"{case['name']}: loss float64 {loss!r}, float32 {loss32!r}, relative {abs(loss32 - loss) / loss:.2e}")
    size = fixture.write_fixture(
        case["name"] + ".json",
        source=fixture.source(REPO, SUBDIR + "/src/models/base.py", commit),
        config={"model": "MarkovFixed", "p": args.p, "q": args.q, "initial": args.initial,
                "batch_size": args.batch_size, "sequence_length": args.sequence_length, "seed": seed,
                "dtype": "float64", "preset": case["preset"]},
        params=params0, batch={"x": fixture.tensor(x), "y": fixture.tensor(y)}, loss=loss, grads=grads,
        optimizer={"type": "sgd", "lr": [args.lr] * 3, "momentum": 0.9, "dampening": 0, "nesterov": False,
                   "weight_decay": args.weight_decay, "schedule": args.scheduler},
        steps=steps)
    print(f"wrote {case['name']}.json ({size} bytes)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    a = parser.parse_args()
    ref, commit = reference.prepare(REPO, SUBDIR)
    config, base, utils = load(ref)
    for case in CASES:
        write_case(config, base, utils, commit, case, a.seed)


if __name__ == "__main__":
    main()
