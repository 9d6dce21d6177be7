"""Inputs for bpe_encode: words (list of str) and merges (list of [left, right] pairs).

Random merge lists are grown like a trained vocabulary (each merge joins two
existing tokens) and then partly shuffled, so that some merges come before the
merge that creates their tokens: there, applying merges in list order differs
from always taking the lowest-ranked pair present. Words are concatenations of
vocabulary tokens, so that long merges do fire.
"""

import numpy as np

LATIN = "abcdefghijklmnopqrstuvwxyz"
CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"


def _grow_merges(rng, alphabet, n_merges, shuffle, max_len=8):
    tokens = list(alphabet)
    known = set(tokens)
    merges, seen = [], set()
    tries = 0
    while len(merges) < n_merges and tries < 50 * n_merges + 100:
        tries += 1
        # favour recent tokens: vocabularies grow by extending what was just merged
        n = len(tokens)
        i = int(n - 1 - min(n - 1, rng.geometric(0.02))) if rng.random() < 0.6 else int(rng.integers(n))
        j = int(rng.integers(len(alphabet))) if rng.random() < 0.6 else int(rng.integers(n))
        pair = (tokens[i], tokens[j]) if rng.random() < 0.5 else (tokens[j], tokens[i])
        if pair in seen or len(pair[0]) + len(pair[1]) > max_len:
            continue
        seen.add(pair)
        merges.append(list(pair))
        if pair[0] + pair[1] not in known:
            known.add(pair[0] + pair[1])
            tokens.append(pair[0] + pair[1])
    if shuffle > 0:  # move some merges earlier than the merges that build their parts
        m = len(merges)
        for _ in range(int(shuffle * m)):
            a, b = sorted(int(v) for v in rng.integers(0, m, 2))
            merges.insert(a, merges.pop(b))
    return merges, tokens


def _words(rng, tokens, alphabet, n_words, n_unique, max_parts=3):
    """``n_words`` words; with ``n_unique`` they are drawn Zipf-like from that many distinct ones."""
    def word():
        parts = int(rng.integers(1, max_parts + 1))
        return "".join(tokens[int(i)] if rng.random() < 0.8 else alphabet[int(rng.integers(len(alphabet)))]
                       for i in rng.integers(0, len(tokens), parts))

    if n_unique is None:
        return [word() for _ in range(n_words)]
    vocab = [word() for _ in range(n_unique)]
    p = 1.0 / np.arange(1, n_unique + 1)  # a text repeats its common words
    idx = rng.choice(n_unique, size=n_words, p=p / p.sum())
    return [vocab[int(i)] for i in idx]


FIXED = {
    "example": (["lowest", "newest", "widest", "low", "wider"],
                [["e", "s"], ["es", "t"], ["l", "o"], ["lo", "w"], ["n", "e"], ["ne", "w"],
                 ["new", "est"], ["w", "i"], ["wi", "d"], ["low", "est"]]),
    # the lower-ranked merge only becomes possible after a later-listed merge fired
    "rank_not_list_order": (["abc", "abcab", "cab"], [["ab", "c"], ["a", "b"], ["c", "ab"]]),
    "overlap_aaa": (["aaa", "aaaa", "aaaaa", "baaa", "aaab"], [["a", "a"]]),
    "overlap_then_merge": (["aaa", "aaaaaa", "aaaaaaa"], [["a", "a"], ["aa", "a"], ["aa", "aa"]]),
    # merging "b a" first leaves "ba a": a text replace of "a a" would glue the tokens "ba"+"a"
    "token_boundaries": (["baa", "baaa", "abaa", "cabca"], [["b", "a"], ["a", "a"], ["c", "a"], ["ab", "c"]]),
    # after merging the first "a b", the new pair "ab a" has a better rank than "a b"
    "all_occurrences": (["abab", "ababab", "abcab"], [["ab", "a"], ["a", "b"], ["c", "ab"]]),
    # "a b" occurs twice, "b c" once but ranks better
    "rank_beats_frequency": (["ababc", "abababc", "xyxyz"], [["b", "c"], ["a", "b"], ["y", "z"], ["x", "y"]]),
    "no_merges": (["hello", "world", "a"], []),
    "no_words": ([], [["a", "b"]]),
    "empty_word": (["", "ab", ""], [["a", "b"]]),
    "single_characters": (["a", "b", "z", "中"], [["a", "b"], ["b", "z"]]),
    "merge_of_unused_tokens": (["abcd", "dcba"], [["x", "y"], ["ab", "cd"], ["b", "c"], ["abc", "d"]]),
    "chinese": (["机器学习", "深度学习", "学习率", "机器人", "人工智能", "智能体"],
                [["学", "习"], ["机", "器"], ["智", "能"], ["机器", "学习"], ["人", "工"], ["深", "度"],
                 ["人工", "智能"], ["学习", "率"], ["能", "体"]]),
}


def generate(rng, mode="random", n_words=50, n_unique=None, n_merges=60, alphabet=6, shuffle=0.2,
             script="latin"):
    if mode in FIXED:
        words, merges = FIXED[mode]
        return {"words": list(words), "merges": [list(m) for m in merges]}
    letters = (LATIN if script == "latin" else CJK)[:alphabet]
    merges, tokens = _grow_merges(rng, letters, n_merges, shuffle)
    words = _words(rng, tokens, letters, n_words, n_unique)
    return {"words": words, "merges": merges}
