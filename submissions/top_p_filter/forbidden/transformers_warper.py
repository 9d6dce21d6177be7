from transformers import TopPLogitsWarper


def top_p_filter(logits, p):
    return TopPLogitsWarper(top_p=p, min_tokens_to_keep=1)(None, logits)
