"""Golden fixture of the minimal transformer of "Incremental Learning of Sparse Attention Patterns" (preset S3b):
the paper code's TransformerDecoder (IL-SAP-Transformers src/model.py) with the flags of
conf/experiments/full_disection.yaml (one-hot positions concatenated, 3 heads each with its own query and value
matrix, no key or output projection, no bias, residual, LayerNorm or MLP, identity decoder), its loss
(src/loss.py CrossentropyLoss on one-hot targets, positions from prefix_length - 1 on, as src/trainer.py's
_run_ar_model cuts them) and its training step (SGDTrainer._train_step: AdamW lr 0.08, wd 0.01, gradient norm
clipped to 1.0).

The vocabulary and length are smaller than S3b's (V = 4 and 4 generated tokens instead of 20 and 12): the
model's width is V + T, and at S3b's size three steps of its 3 x 2 dense (V+T)^2 matrices would fill half a
megabyte. Two fixtures: minimal-s3 clips the gradient norm at the paper's 1.0, which these three steps never
reach; minimal-s3-clipped clips at 0.15 (not a paper setting) so that every step is clipped. The batch comes from the code's own GaussianARClassification with its VectorARModel teacher (spans
[1, 1, 1], c = 2, tau = 0.1: S3b's chain). Weights: the code's default Xavier-uniform init, seeded.

Run by hand, never by CI (README.md, MODELS.md):

    python3 gen_s3_minimal.py        # snapshot of ralvarezlucend/IL-SAP-Transformers under $GOLDEN_REFS
"""
import argparse
import sys

import torch

import fixture
import reference

REPO = "ralvarezlucend/IL-SAP-Transformers"
SUBDIR = "src"

VOCAB = 4
SPANS = [1, 1, 1]
LENGTH = 4
CONSTANT = 2.0
TEMPERATURE = 0.1
HEADS = 3
BATCH = 16
LR = 0.08
WEIGHT_DECAY = 0.01
PAPER_MAX_GRAD_NORM = 1.0  # conf/trainer/sgd.yaml
CASES = {"minimal-s3": PAPER_MAX_GRAD_NORM, "minimal-s3-clipped": 0.15}  # name: max_grad_norm
PRESET = "s3b-minimal-transformer"


def load(ref):
    reference.stub_config_packages()
    if ref not in sys.path:
        sys.path.insert(0, ref)
    import src.data as data
    import src.loss as loss
    import src.model as model
    return model, data, loss


def build(model_module, width_positions):
    """full_disection.yaml over conf/model/transformer.yaml, with runner.py's sizes for pe_type one_hot."""
    return model_module.TransformerDecoder(
        dim=VOCAB, hidden_dim=VOCAB + width_positions, num_heads=HEADS, ff_hidden_dim=64, num_blocks=1,
        dropout=0.0, pe_type="one_hot", pe_learnable=True, pe_max_sequence_length=50,
        pe_embedding_dim=width_positions, encoder_layer=True, decoder_layer=True, init_scale=1,
        skip_connection=False, layer_normalization=False, use_query_projection=True, use_key_projection=False,
        use_value_projection=True, use_output_projection=False, use_mlp=False, teacher_readout=False,
        semantic_baseline=False, attention_disentanglement=True, identity_decoder=True, attention_bias=False)


def draw_batch(model_module, data_module, seed):
    torch.manual_seed(seed)
    teacher = model_module.VectorARModel.from_parameters(
        dim=VOCAB, span_lengths=SPANS, rank=VOCAB, window=len(SPANS), scale=1,
        multiplicative_constant=CONSTANT, reverse_constants=False)
    dataset = data_module.GaussianARClassification(
        teacher=teacher, window=len(SPANS), dim=VOCAB, number=BATCH, length=LENGTH, sigma_err=0, sigma_data=0,
        softmax=True, temperature=TEMPERATURE, one_hot=True, unroll_sequences=False, random_sampling=False,
        use_full_prefix=False, replicate_context_for_spans=False, prefix_length=sum(SPANS))
    return dataset.data  # [BATCH, prefix + LENGTH, VOCAB], one-hot


def loss_of(student, loss_fn, data, ctx):
    """trainer.py _run_ar_model for a TransformerDecoder, then the loss."""
    out, _ = student(data[:, :-1, :])
    return loss_fn(out[:, ctx - 1:, :], data[:, 1:, :][:, ctx - 1:, :])


def trainable(student):
    """The identity decoder is frozen (requires_grad False): not a parameter of the fixture."""
    return [(n, p) for n, p in student.named_parameters() if p.requires_grad]


def run(modules, seed, max_grad_norm, dtype):
    model_module, data_module, loss_module = modules
    data = draw_batch(model_module, data_module, seed).to(dtype)
    ctx = sum(SPANS)
    width_positions = ctx + LENGTH - 1
    torch.manual_seed(seed + 1)
    student = build(model_module, width_positions).to(dtype)
    loss_fn = loss_module.CrossentropyLoss(reduction="mean")
    params0 = fixture.tensors(trainable(student))
    loss = loss_of(student, loss_fn, data, ctx)
    loss.backward()
    grads = fixture.tensors((n, p.grad) for n, p in trainable(student))
    optimizer = torch.optim.AdamW(params=student.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)
    steps = []
    for _ in range(3):  # SGDTrainer._train_step on the one fixed batch
        student.zero_grad()
        optimizer.zero_grad()
        step_loss = loss_of(student, loss_fn, data, ctx)
        step_loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(student.parameters(), max_grad_norm)
        optimizer.step()
        steps.append(dict(fixture.step(step_loss.item(), trainable(student)), grad_norm=norm.item()))
    return data, params0, loss.item(), grads, steps


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=4)
    a = parser.parse_args()
    ref, commit = reference.prepare(REPO, SUBDIR)
    modules = load(ref)
    for name, max_grad_norm in CASES.items():
        write_case(modules, commit, name, max_grad_norm, a.seed)


def write_case(modules, commit, name, max_grad_norm, seed):
    data, params0, loss, grads, steps = run(modules, seed, max_grad_norm, torch.float64)
    loss32 = run(modules, seed, max_grad_norm, torch.float32)[2]
    print(f"{name}: loss float64 {loss!r}, float32 {loss32!r}, relative {abs(loss32 - loss) / loss:.2e}; "
          f"gradient norms {[round(s['grad_norm'], 4) for s in steps]}")
    size = fixture.write_fixture(
        name + ".json", source=fixture.source(REPO, "src/model.py", commit),
        config={"model": "TransformerDecoder", "experiment": "conf/experiments/full_disection.yaml",
                "vocab": VOCAB, "spans": SPANS, "length": LENGTH, "constant": CONSTANT,
                "temperature": TEMPERATURE, "heads": HEADS, "width": VOCAB + sum(SPANS) + LENGTH - 1,
                "loss_from": sum(SPANS) - 1, "batch_size": BATCH, "seed": seed, "init": "xavier_uniform",
                "paper_max_grad_norm": PAPER_MAX_GRAD_NORM, "dtype": "float64", "preset": PRESET},
        params=params0, batch={"tokens": fixture.tensor(data.argmax(dim=-1))}, loss=loss, grads=grads,
        optimizer={"type": "adamw", "lr": [LR] * 3, "betas": [0.9, 0.999], "eps": 1e-8,
                   "weight_decay": WEIGHT_DECAY, "max_grad_norm": max_grad_norm, "schedule": "none"},
        steps=steps)
    print(f"wrote {name}.json ({size} bytes)")


if __name__ == "__main__":
    main()
