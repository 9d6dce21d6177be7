import jieba


def max_match_segment(text, dictionary, max_len):
    for w in dictionary:
        jieba.add_word(w)
    return jieba.lcut(text, HMM=False)
