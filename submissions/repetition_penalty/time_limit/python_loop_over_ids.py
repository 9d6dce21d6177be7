def repetition_penalty(logits, input_ids, penalty):
    """Correct, but one token at a time in Python."""
    out = logits.clone()
    for b in range(input_ids.shape[0]):
        seen = set()
        for t in input_ids[b].tolist():
            if t in seen:
                continue
            seen.add(t)
            v = out[b, t].item()
            out[b, t] = v * penalty if v < 0 else v / penalty
    return out
