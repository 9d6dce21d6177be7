"""Public helpers: the toy language model that the tests pass as ``step``.

``toy_lm(last=..., pair=..., context=..., position=...)`` builds a ``ToyLM``.
Calling it on a batch of prefixes returns next-token logits:

    step(tokens)            # tokens: integer tensor [n, T] (T >= 1), values in [0, V)
    -> logits [n, V]        # float32 or float64, the dtype of the tables

A 1-D input ``[T]`` (one prefix) gives ``[V]``. Rows are independent: the logits of
a row depend only on that row (on its whole prefix: its last two tokens, a hash of
all its tokens and its length T), never on the other rows or on earlier calls, and
they are bitwise identical however the rows are batched. Calls are deterministic
and may be made any number of times.
"""

import torch


class ToyLM:
    def __init__(self, last, pair, context, position):
        self.last, self.pair, self.context, self.position = last, pair, context, position
        self.vocab_size = int(last.shape[1])
        self.dtype = last.dtype

    def __call__(self, tokens):
        if not isinstance(tokens, torch.Tensor):
            raise TypeError(f"step expects a torch tensor of token ids, got a {type(tokens).__name__}")
        if tokens.dtype.is_floating_point or tokens.dtype.is_complex or tokens.dtype == torch.bool:
            raise TypeError(f"step expects integer token ids, got dtype {tokens.dtype}")
        one = tokens.dim() == 1
        t = tokens.reshape(1, -1) if one else tokens
        if t.dim() != 2 or t.shape[1] < 1:
            raise ValueError(f"step expects [n, T] with T >= 1 (or [T]), got shape {tuple(tokens.shape)}")
        t = t.long()
        n, length = t.shape
        v = self.vocab_size
        if t.numel() and (int(t.min()) < 0 or int(t.max()) >= v):
            raise ValueError(f"token ids must lie in [0, {v}), got {int(t.min())}..{int(t.max())}")
        last = t[:, -1]
        prev = t[:, -2] if length > 1 else torch.full_like(last, v)
        weights = torch.arange(3, 3 + 7 * length, 7)[:length]
        h_last = last % self.last.shape[0]
        h_pair = (last * 1009 + prev * 31) % self.pair.shape[0]
        h_ctx = ((t * weights).sum(1) + length) % self.context.shape[0]
        h_pos = (length - 1) % self.position.shape[0]
        out = self.last[h_last] + self.pair[h_pair] + self.context[h_ctx] + self.position[h_pos]
        return out[0] if one else out

    def __repr__(self):
        return f"ToyLM(vocab_size={self.vocab_size}, dtype={self.dtype})"


def toy_lm(last, pair, context, position):
    return ToyLM(last, pair, context, position)
