#!/usr/bin/env python3
"""The early training curve of the seed's GPT block: the reference's own code against the lab.

Runs the seed's default Markov configuration (Bond1995/Markov, Markov-LLM/src, config/markov.py with p = 0.2,
q = 0.3, 40 iterations) with N seeds in PyTorch, exactly its training step (optim/base.py::train_base:
get_batch -> forward -> backward -> opt.step -> scheduler.step -> zero_grad, the optimizer and scheduler of
main.py), and the lab's preset tools/golden/seed-gpt-markov.json with N seeds (`tdlab run`), then prints
the mean training loss and its standard error at every 4th iteration and whether the two means agree within
two standard errors of their difference. Run by hand (see README.md); the reference takes a few seconds per
iteration on one core.

  OMP_NUM_THREADS=1 /usr/bin/python3 tools/golden/curve.py [--seeds 5] [--out /tmp/golden-curve]
"""
import argparse
import csv
import json
import math
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
REPO, SUBDIR = "Bond1995/Markov", "Markov-LLM/src"


def reference_run(src, seed, iterations):
    """Training losses of iterations 1..iterations of the reference, seeded as its bench harness does."""
    import argparse as ap
    import torch
    import config
    from models.utils import get_model
    from optim.utils import get_batch

    parser = ap.ArgumentParser(allow_abbrev=False)
    parser.add_argument("--config_format", default="markov")
    args = config.parse_args_with_format(
        format="markov", base_parser=parser, namespace=ap.Namespace(config_format="markov"),
        args=["--device", "cpu", "--no_compile", "--p", "0.2", "--q", "0.3", "--iterations", str(iterations),
              "--seed", str(seed)])
    args.device = torch.device("cpu")
    torch.manual_seed(args.seed)  # main.py leaves both unseeded (torch's fixed default seed); seed them
    generator = torch.Generator(device="cpu")
    generator.manual_seed(args.seed)
    P = torch.Tensor([[1 - args.p, args.p], [args.q, 1 - args.q]])
    model = get_model(args)
    named = dict(model.named_parameters())
    groups = [{**g, "params": [named[n] for n in g["params"]]} for g in model.get_parameter_group_specs()]
    opt = torch.optim.AdamW(groups, lr=args.lr, betas=(args.beta1, args.beta2), weight_decay=args.weight_decay)
    sched = torch.optim.lr_scheduler.OneCycleLR(optimizer=opt, max_lr=args.lr, total_steps=args.iterations,
                                                pct_start=args.warmup_percent, anneal_strategy=args.scheduler,
                                                cycle_momentum=False, div_factor=1e2, final_div_factor=.05)
    model.train()
    losses = []
    for _ in range(args.iterations):
        x, y = get_batch(P, args.sequence_length, args.batch_size, generator, args, device=args.device)
        loss = model(x, targets=y)["loss"]
        loss.backward()
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        losses.append(loss.item())
    return losses


def lab_run(jar, preset, seed, out, steps=None):
    """Training losses of steps 1..N of the lab's preset (metrics.csv, one row per step)."""
    extra = [] if steps is None else ["--steps", str(steps)]
    subprocess.run(["java", "-jar", jar, "run", "-p", preset, "-o", out, "--seed", str(seed)] + extra, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(out, "metrics.csv")) as f:
        rows = [r for r in csv.DictReader(f) if r["train_loss"] not in ("", "nan", "NaN")]
    steps = [int(r["step"]) for r in rows]
    # a frame's train_loss is the mean over the steps since the previous frame: only eval_every 1 gives the
    # single iteration's loss, which is what the reference logs
    if steps != list(range(1, len(steps) + 1)):
        raise SystemExit(f"{preset}: metrics.csv needs a row per step (eval_every 1), got steps {steps[:5]}...")
    return [float(r["train_loss"]) for r in rows]


def mean_se(xs):
    m = sum(xs) / len(xs)
    var = sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
    return m, math.sqrt(var / len(xs))


def cached(path, compute):
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    value = compute()
    with open(path, "w") as f:
        json.dump(value, f)
    return value


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--iterations", type=int, default=40, help="must equal the preset's steps")
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "tdlab.jar"))
    ap.add_argument("--preset", default=os.path.join(HERE, "seed-gpt-markov.json"))
    ap.add_argument("--out", default="/tmp/golden-curve", help="runs are cached here; delete it to rerun")
    ap.add_argument("--init-seeds", type=int, default=0,
                    help="also compare the loss at iteration 1 (the init and one batch, no update) over this many"
                         " seeds: its mean and seed-to-seed spread")
    opts = ap.parse_args()
    os.makedirs(opts.out, exist_ok=True)

    ref, commit = fixture.checkout(REPO, SUBDIR)
    sys.path.insert(0, os.path.join(ref, SUBDIR))
    fixture.stub_modules()
    import torch
    torch.set_num_threads(1)
    refs, labs = [], []
    for s in range(1, opts.seeds + 1):
        refs.append(cached(os.path.join(opts.out, f"ref-{s}.json"),
                           lambda: reference_run(ref, s, opts.iterations)))
        labs.append(cached(os.path.join(opts.out, f"lab-{s}.json"),
                           lambda: lab_run(opts.jar, opts.preset, s, os.path.join(opts.out, f"lab-{s}"))))
        print(f"seed {s}: reference {refs[-1][3]:.4f} at 4, lab {labs[-1][3]:.4f} at 4", file=sys.stderr)

    print(f"reference {REPO}@{commit[:7]} {SUBDIR}, lab {os.path.relpath(opts.preset, ROOT)}; "
          f"{opts.seeds} seeds each; training loss, mean ± standard error")
    print(f"{'iter':>4}  {'reference':>17}  {'lab':>17}  {'lab - ref':>9}  {'|diff|/se':>9}")
    worst = 0.0
    for it in range(opts.every, opts.iterations + 1, opts.every):
        rm, rs = mean_se([r[it - 1] for r in refs])
        lm, ls = mean_se([r[it - 1] for r in labs])
        z = abs(lm - rm) / math.hypot(rs, ls)
        worst = max(worst, z)
        print(f"{it:>4}  {rm:.4f} ± {rs:.4f}  {lm:.4f} ± {ls:.4f}  {lm - rm:+.4f}  {z:9.2f}")
    print(f"largest |difference| / its standard error: {worst:.2f} "
          f"({'within' if worst < 2 else 'NOT within'} two standard errors at every printed iteration)")
    sd = lambda xs: mean_se(xs)[1] * math.sqrt(len(xs))
    print(f"seed-to-seed standard deviation at iteration 1: reference {sd([r[0] for r in refs]):.4f}, lab "
          f"{sd([r[0] for r in labs]):.4f}; at iteration {opts.every}: reference "
          f"{sd([r[opts.every - 1] for r in refs]):.4f}, lab {sd([r[opts.every - 1] for r in labs]):.4f}")
    if opts.init_seeds > 1:
        ri = [cached(os.path.join(opts.out, f"ref-init-{s}.json"), lambda: reference_run(ref, s, 1))[0]
              for s in range(1, opts.init_seeds + 1)]
        li = [cached(os.path.join(opts.out, f"lab-init-{s}.json"),
                     lambda: lab_run(opts.jar, opts.preset, s, os.path.join(opts.out, f"lab-init-{s}"), 1))[0]
              for s in range(1, opts.init_seeds + 1)]
        (rm, rs), (lm, ls) = mean_se(ri), mean_se(li)
        print(f"iteration 1 over {opts.init_seeds} seeds: reference {rm:.4f} ± {rs:.4f} (sd {sd(ri):.4f}), lab "
              f"{lm:.4f} ± {ls:.4f} (sd {sd(li):.4f}); |diff|/se {abs(lm - rm) / math.hypot(rs, ls):.2f}, "
              f"sd ratio lab/reference {sd(li) / sd(ri):.2f}")


if __name__ == "__main__":
    main()
