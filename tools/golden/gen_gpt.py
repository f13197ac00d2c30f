#!/usr/bin/env python3
"""Golden fixtures of the seed's GPT block: Bond1995/Markov, Markov-LLM/src/models/base.py (GPTBase).

The reference's own code builds the model from its own Markov configuration (config/markov.py: d = 8,
one layer, one head, no bias except the head's, dropout 0, p = 0.2, q = 0.3), initialises it with its own
init from a seed, draws one batch with its own sampler (optim/utils.get_batch), and trains three steps on
that batch with its own optimizer set-up (main.py: AdamW over get_parameter_group_specs, OneCycleLR over 40
iterations, scheduler.step() after opt.step()). Only the batch shape is smaller than the paper's 16 × 1024
so that the fixture stays small: 4 sequences of 32 tokens (the position table has 32 rows).

The weights are drawn in float32 (the reference's dtype) and the model then runs in float64, so the
fixture's loss and gradients carry no float32 rounding; the generator checks that float32 agrees.
Writes gpt-tied.json and gpt-untied.json (the seed's one head), and gpt-untied-2heads.json (two heads of width
4, 16 tokens), which pins how the heads share c_attn's rows and c_proj's columns. Run by make_all.sh (see
README.md).
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture  # noqa: E402

REPO = "Bond1995/Markov"
SUBDIR = "Markov-LLM/src"
BATCH, LENGTH, ITERATIONS = 4, 32, 40
# file name, tied, the reference's extra flags, sequence length
VARIANTS = [("gpt-tied.json", True, [], LENGTH),
            ("gpt-untied.json", False, [], LENGTH),
            ("gpt-untied-2heads.json", False, ["--n_head", "2"], 16)]


def reference_args(config, tied, extra=(), length=LENGTH):
    """The reference's argument namespace from its own parser (config/markov.py defaults)."""
    import argparse as ap
    parser = ap.ArgumentParser(allow_abbrev=False)
    parser.add_argument("--config_format", default="markov")
    argv = ["--device", "cpu", "--no_compile", "--p", "0.2", "--q", "0.3", "--iterations", str(ITERATIONS),
            "--sequence_length", str(length), "--batch_size", str(BATCH)] + ([] if tied else ["--no_tying"])
    return config.parse_args_with_format(format="markov", base_parser=parser, args=argv + list(extra),
                                         namespace=ap.Namespace(config_format="markov"))


def optimizer_and_schedule(torch, model, args):
    """main.py's optimizer and scheduler, verbatim in substance."""
    specs = model.get_parameter_group_specs()
    named = dict(model.named_parameters())
    groups = [{**g, "params": [named[n] for n in g["params"]]} for g in specs]
    opt = torch.optim.AdamW(groups, lr=args.lr, betas=(args.beta1, args.beta2), weight_decay=args.weight_decay)
    sched = torch.optim.lr_scheduler.OneCycleLR(optimizer=opt, max_lr=args.lr, total_steps=args.iterations,
                                                pct_start=args.warmup_percent, anneal_strategy=args.scheduler,
                                                cycle_momentum=False, div_factor=1e2, final_div_factor=.05)
    return specs, opt, sched


def lr_table(torch, model, args, total):
    """The learning rate the scheduler gives each of `total` optimizer steps (a throwaway optimizer)."""
    import copy
    import warnings
    warnings.filterwarnings("ignore", message="Detected call of")  # a throwaway optimizer, never stepped
    a = copy.copy(args)
    a.iterations = total
    _, opt, sched = optimizer_and_schedule(torch, model, a)
    out = []
    for _ in range(total):
        out.append(opt.param_groups[0]["lr"])
        sched.step()
    return out


def generate(tied, seed, extra, length):
    import torch
    import config
    from models.utils import get_model
    from optim.utils import get_batch

    args = reference_args(config, tied, extra, length)
    torch.manual_seed(seed)
    model = get_model(args)  # float32, the reference's own init
    P = torch.Tensor([[1 - args.p, args.p], [args.q, 1 - args.q]])
    gen = torch.Generator(device="cpu")
    gen.manual_seed(seed)
    x, y = get_batch(P, args.sequence_length, args.batch_size, gen, args, device="cpu")

    # float32 loss and gradients, only to check the float64 fixture against the reference's own precision
    out32 = model(x, targets=y)
    out32["loss"].backward()
    grads32 = {n: p.grad.detach().clone() for n, p in model.named_parameters()}
    model.zero_grad(set_to_none=True)

    model = model.double()
    names = [n for n, _ in model.named_parameters()]
    params0 = fixture.tensors(model.named_parameters())
    specs, opt, sched = optimizer_and_schedule(torch, model, args)
    steps, lrs, loss0, grads0 = [], [], None, None
    for k in range(3):
        opt.zero_grad(set_to_none=True)
        loss = model(x, targets=y)["loss"]
        loss.backward()
        if k == 0:
            loss0 = loss.item()
            grads0 = fixture.tensors((n, p.grad) for n, p in model.named_parameters())
            worst = max(float(((grads32[n].double() - p.grad).norm() / p.grad.norm()).item())
                        for n, p in model.named_parameters())
            print(f"  float32 vs float64: loss {abs(out32['loss'].item() - loss0) / loss0:.1e} relative, "
                  f"gradients {worst:.1e} relative (worst tensor norm)")
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
        steps.append(fixture.step(loss.item(), model.named_parameters()))

    cfg = {k: getattr(args, k) for k in ("vocab_size", "n_embd", "n_layer", "n_head", "sequence_length", "bias",
                                          "dropout", "no_tying", "p", "q", "initial", "batch_size", "iterations")}
    cfg.update({"seed": seed, "init_dtype": "float32", "compute_dtype": "float64", "loss": "cross_entropy mean",
                "activation": "torch.nn.GELU() (exact erf form)", "layer_norm_eps": 1e-5})
    optimizer = {"type": "AdamW", "lr": args.lr, "betas": [args.beta1, args.beta2], "eps": opt.defaults["eps"],
                 "weight_decay": args.weight_decay, "decay": specs[0]["params"], "no_decay": specs[1]["params"],
                 "grad_clip": args.grad_clip,
                 "schedule": {"type": "OneCycleLR", "total_steps": args.iterations, "pct_start": args.warmup_percent,
                              "anneal_strategy": args.scheduler, "div_factor": 1e2, "final_div_factor": 0.05},
                 "step_lr": lrs,
                 "lr_by_step": {str(t): lr_table(torch, model, args, t) for t in (ITERATIONS, 400)}}
    return dict(config=cfg, params=params0, batch={"x": fixture.tensor(x), "y": fixture.tensor(y)}, loss=loss0,
                grads=grads0, optimizer=optimizer, steps=steps), names


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    opts = ap.parse_args()
    ref, commit = fixture.checkout(REPO, SUBDIR)
    sys.path.insert(0, os.path.join(ref, SUBDIR))
    fixture.stub_modules()
    import torch
    torch.set_num_threads(1)
    for name, tied, extra, length in VARIANTS:
        print(name)
        doc, _ = generate(tied, opts.seed, extra, length)
        size = fixture.write_fixture(name, source=fixture.source(REPO, SUBDIR + "/models/base.py", commit), **doc)
        print(f"  wrote {size / 1024:.0f} KB, loss {doc['loss']:.6f}")


if __name__ == "__main__":
    main()
