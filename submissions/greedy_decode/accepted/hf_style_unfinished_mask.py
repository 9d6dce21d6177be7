import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Hugging Face style: an integer `unfinished` mask blends the argmax with the padding."""
    input_ids = prompt
    unfinished = torch.ones(prompt.shape[0], dtype=torch.long)
    for _ in range(max_new_tokens):
        next_tokens = torch.argmax(step(input_ids), dim=-1)
        next_tokens = next_tokens * unfinished + pad_id * (1 - unfinished)
        input_ids = torch.cat([input_ids, next_tokens[:, None]], dim=-1)
        unfinished = unfinished.mul((next_tokens != eos_id).long())
        if unfinished.max() == 0:
            break
    return input_ids
