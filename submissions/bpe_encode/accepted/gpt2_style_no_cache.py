def get_pairs(word):
    return set(zip(word, word[1:]))


def bpe_encode(words, merges):
    """GPT-2's encoder.bpe(), without its cache: min over the pairs present, by rank."""
    bpe_ranks = {tuple(m): i for i, m in enumerate(merges)}
    result = []
    for token in words:
        word = tuple(token)
        pairs = get_pairs(word)
        while pairs:
            bigram = min(pairs, key=lambda pair: bpe_ranks.get(pair, float("inf")))
            if bigram not in bpe_ranks:
                break
            first, second = bigram
            new_word = []
            i = 0
            while i < len(word):
                try:
                    j = word.index(first, i)
                except ValueError:
                    new_word.extend(word[i:])
                    break
                new_word.extend(word[i:j])
                i = j
                if word[i] == first and i < len(word) - 1 and word[i + 1] == second:
                    new_word.append(first + second)
                    i += 2
                else:
                    new_word.append(word[i])
                    i += 1
            word = tuple(new_word)
            if len(word) == 1:
                break
            pairs = get_pairs(word)
        result.append(list(word))
    return result
