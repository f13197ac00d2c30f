"""Golden fixture of the canonical (e, w, b) model of Local to Global (presets S1a-S1c): the paper code's
Markov-Fixed/src/models/base.py (MarkovFixed) with the configuration of Markov-Fixed/src/config/markov.py and
its training loop (optim/base.py: SGD with momentum 0.9, no schedule), on one batch drawn by the code's own
get_batch (optim/utils.py).

Run by hand (never by CI), from this folder:
    python3 gen_canonical.py --ref /tmp/ref-markov --git-dir /work/.mirror/Bond1995+Markov/repo
where /tmp/ref-markov holds `git --git-dir=<mirror> archive HEAD Markov-Fixed | tar -x -C /tmp/ref-markov`.
"""
import argparse
import os

import torch

import reference

# One fixture per preset: S1a from a seeded small Gaussian draw (the code's own init), S1c from its point
# (e0, w0) = (0.5, -1), where w < 0 takes the other branch of w|w|.
CASES = [
    {"name": "canonical-s1a", "preset": "s1a-local-to-global-pq-below-one", "p": 0.2, "q": 0.3, "point": None},
    {"name": "canonical-s1c", "preset": "s1c-local-to-global-recommended-init", "p": 0.8, "q": 0.9,
     "point": (0.5, -1.0)},
]


def load(ref):
    reference.stub_missing("wandb", "matplotlib", "matplotlib.pyplot")
    src = os.path.join(ref, "Markov-Fixed", "src")
    config = reference.import_file("config", os.path.join(src, "config", "__init__.py"), src)
    base = reference.import_file("markov_fixed_base", os.path.join(src, "models", "base.py"))
    utils = reference.import_file("markov_fixed_utils", os.path.join(src, "optim", "utils.py"))
    return config, base, utils


def paper_args(config, p, q):
    """The defaults of the paper's argument parser (batch 16, length 512, SGD lr 0.01, no schedule)."""
    parser = argparse.ArgumentParser(allow_abbrev=False)
    return config.parse_args_with_format("markov", parser, ["--p", str(p), "--q", str(q), "--device", "cpu"],
                                         argparse.Namespace())


def loss_of(model, x, y):
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
    params0 = [(n, t.detach().clone()) for n, t in model.named_parameters()]
    loss = loss_of(model, x, y)
    loss.backward()
    grads = [(n, t.grad.detach().clone()) for n, t in model.named_parameters()]
    model.zero_grad()
    # main.py's optimizer, whatever --opt says: SGD, momentum 0.9; --scheduler none
    opt = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9, weight_decay=args.weight_decay)
    steps = []
    for _ in range(3):
        step_loss = loss_of(model, x, y)
        step_loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        steps.append({"loss": step_loss.item(),
                      "params": reference.entries((n, t) for n, t in model.named_parameters())})
    return params0, x, y, loss.item(), grads, steps


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ref", required=True, help="folder holding the extracted Markov-Fixed/")
    parser.add_argument("--git-dir", required=True, help="the fetched mirror, for the commit")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out-dir", default="../../src/test/resources/golden")
    a = parser.parse_args()
    torch.set_num_threads(1)
    config, base, utils = load(a.ref)
    for case in CASES:
        write_case(a, config, base, utils, case)


def write_case(a, config, base, utils, case):
    args = paper_args(config, case["p"], case["q"])
    params0, x, y, loss, grads, steps = run(args, base, utils, a.seed, case["point"], torch.float64)
    loss32 = run(args, base, utils, a.seed, case["point"], torch.float32)[3]
    print(f"{case['name']}: loss float64 {loss!r}, float32 {loss32!r}, relative {abs(loss32 - loss) / loss:.2e}")
    fixture = {
        "source": {"repo": "Bond1995/Markov", "path": "Markov-Fixed/src/models/base.py",
                   "commit": reference.commit_of(a.git_dir)},
        "config": {"model": "MarkovFixed", "p": args.p, "q": args.q, "initial": args.initial,
                   "batch_size": args.batch_size, "sequence_length": args.sequence_length,
                   "seed": a.seed, "dtype": "float64", "preset": case["preset"]},
        "params": reference.entries(params0),
        "batch": {"x": reference.entry(x), "y": reference.entry(y)},
        "loss": loss,
        "grads": reference.entries(grads),
        "optimizer": {"type": "sgd", "lr": args.lr, "momentum": 0.9, "dampening": 0, "nesterov": False,
                      "weight_decay": args.weight_decay, "schedule": args.scheduler},
        "steps": steps,
    }
    out = os.path.join(a.out_dir, case["name"] + ".json")
    os.makedirs(a.out_dir, exist_ok=True)
    reference.write(out, fixture)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
