"""Golden fixtures of Scan and Snap's Y/Z model (presets S4a-S4c): the paper code's Model2 and Dataset2 of
luckmatters ssl/real-dataset/decoder_only.py, configured as the command lines of scan_snap/figure_4.log
(Fig. 4: Syn-Small, zero init, SGD momentum 0.9, eta_Y = eta_Z = 1, batch 128, L = 128, seed 2) and
scan_snap/figure_6.log (Fig. 6: Syn-Medium with one query, PyTorch's default init, same optimizer), and
stepped as main() steps: one SGD per matrix (optimizer_y on K1 = Y^T, optimizer_z on K2 = Z).

Run by hand (never by CI), from this folder:
    python3 gen_s4_yz.py --ref /tmp/ref-luck --git-dir /work/.mirror/facebookresearch+luckmatters/repo
where /tmp/ref-luck/ssl/real-dataset/decoder_only.py is the snapshot's file (git show HEAD:<path>).
"""
import argparse
import os
import random
import types

import torch

import reference

# decoder_only.yaml with the overrides of the two logs; lr_y = lr_z * lr_y_multi_on_z as main() computes it
CASES = [
    {"name": "yz-s4a", "preset": "s4a-scan-snap-equal-rates", "log": "scan_snap/figure_4.log", "seed": 2,
     "dataset2": dict(num_last=2, num_next_per_last=1, num_common=10, num_common_per_last=0,
                      num_unique_per_next=10, common_unnormalized_prob=1, unique_unnormalized_min=0.1,
                      unique_unnormalized_max=1),
     "zero_init": True, "lr_z": 1.0, "lr_y_multi_on_z": 1.0, "batch": 128},
    # 16 sequences rather than Fig. 6's 128: its random K1 and K2 are dense, and the file stays small
    {"name": "yz-s4c", "preset": "s4c-scan-snap-rate-sweep", "log": "scan_snap/figure_6.log", "seed": 1,
     "dataset2": dict(num_last=1, num_next_per_last=2, num_common=10, num_common_per_last=0,
                      num_unique_per_next=10, common_unnormalized_prob=1, unique_unnormalized_min=0.1,
                      unique_unnormalized_max=1),
     "zero_init": False, "lr_z": 1.0, "lr_y_multi_on_z": 1.0, "batch": 16},
]
L = 128
MOMENTUM = 0.9


def load(ref):
    reference.stub_hydra()
    reference.stub_missing("common_utils")
    path = os.path.join(ref, "ssl", "real-dataset", "decoder_only.py")
    return reference.import_file("decoder_only", path)


def run(module, case, dtype):
    random.seed(case["seed"])  # what common_utils.set_all_seeds seeds: python, numpy, torch
    torch.manual_seed(case["seed"])
    dataset = module.Dataset2(L, types.SimpleNamespace(**case["dataset2"]))
    model2 = types.SimpleNamespace(attn_include_base_token=False, zero_init=case["zero_init"], normalize=True,
                                   residual=False)
    model = module.Model2(dataset.M, dataset.L, model2).to(dtype)
    x, label = dataset.generate(case["batch"])
    names = {"K1.weight": model.K1.weight, "K2.weight": model.K2.weight}
    params0 = [(n, t.detach().clone()) for n, t in names.items()]
    with reference.widened_float() if dtype == torch.float64 else nullcontext():
        loss = model(x, label)
        loss.backward()
        grads = [(n, t.grad.detach().clone()) for n, t in names.items()]
        lr_z = case["lr_z"]
        lr_y = lr_z * case["lr_y_multi_on_z"]
        optimizer_y = torch.optim.SGD([model.K1.weight], lr=lr_y, momentum=MOMENTUM, weight_decay=0)
        optimizer_z = torch.optim.SGD([model.K2.weight], lr=lr_z, momentum=MOMENTUM, weight_decay=0)
        steps = []
        for _ in range(3):  # main()'s loop body, on the one fixed batch
            optimizer_y.zero_grad()
            optimizer_z.zero_grad()
            step_loss = model(x, label)
            step_loss.backward()
            optimizer_y.step()
            optimizer_z.step()
            model.normalize()
            steps.append({"loss": step_loss.item(), "params": reference.entries(names.items())})
    optimizer = {"type": "sgd", "lr_y": lr_y, "lr_z": lr_z, "momentum": MOMENTUM, "dampening": 0,
                 "nesterov": False, "weight_decay": 0, "schedule": "none"}
    return dataset, params0, x, label, loss.item(), grads, steps, optimizer


class nullcontext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def facts(dataset):
    """Dataset2's classes: context tokens with their probabilities (float32 in the reference), query, next token."""
    return [{"tokens": f["tokens"].tolist(), "probs": [float(p) for p in f["probs"].tolist()],
             "query": f["last_token"], "next": f["next_token"]} for f in dataset.facts]


def write_case(a, module, case):
    dataset, params0, x, label, loss, grads, steps, optimizer = run(module, case, torch.float64)
    loss32, steps32 = (lambda r: (r[4], r[6]))(run(module, case, torch.float32))
    drift = max(abs(s32["params"][n]["data"][i] - s["params"][n]["data"][i])
                for s, s32 in zip(steps, steps32) for n in s["params"] for i in range(len(s["params"][n]["data"])))
    print(f"{case['name']}: M = {dataset.M}, loss float64 {loss!r}, float32 {loss32!r}; "
          f"largest float32 - float64 weight difference after the steps {drift:.2e}")
    fixture = {
        "source": {"repo": "facebookresearch/luckmatters", "path": "ssl/real-dataset/decoder_only.py",
                   "commit": reference.commit_of(a.git_dir)},
        "config": {"model": "Model2", "M": dataset.M, "L": L, "batch_size": case["batch"], "seed": case["seed"],
                   "dataset2": case["dataset2"], "facts": facts(dataset), "zero_init": case["zero_init"], "normalize": True,
                   "residual": False, "attn_include_base_token": False, "log": case["log"],
                   "dtype": "float64", "preset": case["preset"]},
        "params": reference.entries(params0),
        "batch": {"x": reference.entry(x), "label": reference.entry(label)},
        "loss": loss,
        "grads": reference.entries(grads),
        "optimizer": optimizer,
        "steps": steps,
    }
    out = os.path.join(a.out_dir, case["name"] + ".json")
    os.makedirs(a.out_dir, exist_ok=True)
    reference.write(out, fixture)
    print(f"wrote {out} ({os.path.getsize(out)} bytes)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ref", required=True, help="folder holding ssl/real-dataset/decoder_only.py")
    parser.add_argument("--git-dir", required=True, help="the fetched mirror, for the commit")
    parser.add_argument("--out-dir", default="../../src/test/resources/golden")
    a = parser.parse_args()
    torch.set_num_threads(1)
    module = load(a.ref)
    for case in CASES:
        write_case(a, module, case)


if __name__ == "__main__":
    main()
