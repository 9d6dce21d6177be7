"""Inputs for max_match_segment: a text, a dictionary (list of distinct words), max_len.

Fixed cases use real Chinese phrases whose forward and backward maximum matchings
differ ("南京市长江大桥", "结婚的和尚未结婚的", "研究生命起源"), dictionary words
longer than max_len or exactly max_len long, dictionaries that list short words
first, and characters no word covers. Random cases draw the text from a small set
of characters so that words overlap in many ways, and the dictionary from pieces
of the text (and words that are not in it), shuffled.
"""

import numpy as np

POOL = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
PUNCT = "，。、！？：；（）0123456789ABCxyz "

NANJING = ["南京", "南京市", "市长", "南京市长", "长江", "大桥", "长江大桥", "江大桥"]
FIXED = {
    # (text, dictionary, max_len)
    "example": ("研究生命起源", ["研究", "研究生", "生命", "命", "起源"], 3),
    "nanjing": ("南京市长江大桥", NANJING, 4),
    "backward_differs": ("结婚的和尚未结婚的。南京市长江大桥，研究生命起源",
                         ["结婚", "的", "和", "和尚", "尚未", "未", "南京", "南京市", "市长", "南京市长", "长江",
                          "大桥", "长江大桥", "江大桥", "研究", "研究生", "生命", "命", "起源"], 4),
    # 中华人民共和国 has 7 characters: with max_len 4 it can never be matched
    "longer_than_max_len": ("中华人民共和国成立了。中华人民共和国",
                            ["中华人民共和国", "中华", "人民", "共和国", "成立", "中华人民"], 4),
    "word_exactly_max_len": ("自然语言处理是人工智能的重要方向",
                             ["自然", "语言", "处理", "语言处理", "自然语言", "是", "人工", "智能", "人工智能",
                              "的", "重要", "方向", "重要方向"], 4),
    "whole_text_max_len": ("自然语言处理是人工智能的重要方向",
                           ["自然", "语言", "处理", "语言处理", "自然语言", "自然语言处理", "是", "人工", "智能",
                            "人工智能", "的", "重要", "方向"], 6),
    # short words listed first: taking the first dictionary word that matches is not maximum matching
    "dictionary_order": ("北京大学生前来应聘。北京大学生物系",
                         ["北京", "大学", "生", "前来", "应聘", "北京大学", "大学生", "生物", "生物系", "物"], 5),
    # characters no word covers (Latin letters, digits, spaces, punctuation) are one token each
    "unknown_chars": ("我爱NLP和AI，2024年！ 深度学习abc",
                      ["我", "爱", "和", "年", "深度", "学习", "深度学习"], 4),
    "empty_text": ("", ["中国", "人"], 3),
    "empty_dictionary": ("今天天气很好", [], 4),
    "max_len_one": ("北京大学生物系", ["北京", "大学", "北京大学", "生物系"], 1),
    "max_len_beyond_text": ("机器学习", ["机器", "学习", "机器学习", "机器学习算法"], 10),
    "no_word_fits": ("天天向上", ["天天向上好", "向上天天"], 5),
}


def generate(rng, mode="random", n_chars=60, pool=12, n_words=40, max_len=4, unknown=0.03):
    if mode in FIXED:
        text, words, max_len = FIXED[mode]
        return {"text": text, "dictionary": list(words), "max_len": int(max_len)}
    chars = np.array(list(POOL[:pool]))
    # the text: characters from a small set, so n-grams repeat and overlap
    text = chars[rng.integers(0, len(chars), n_chars)]
    unk = np.flatnonzero(rng.random(n_chars) < unknown)
    text[unk] = np.array(list(PUNCT))[rng.integers(0, len(PUNCT), unk.size)]
    text = "".join(text.tolist())
    # pieces of the text, lengths 2..max_len+2 (some longer than max_len), and a few strangers
    m = 2 * n_words + 10
    lengths = rng.integers(2, max_len + 3, m)
    starts = (rng.random(m) * np.maximum(n_chars - lengths + 1, 0)).astype(np.int64)
    piece = (rng.random(m) < 0.85) & (lengths <= n_chars)
    strangers = chars[rng.integers(0, len(chars), (m, max_len + 2))]
    words, seen = [], set()
    for j in range(m):
        if len(words) >= n_words:
            break
        L = int(lengths[j])
        w = text[starts[j]:starts[j] + L] if piece[j] else "".join(strangers[j, :L].tolist())
        if w not in seen:
            seen.add(w)
            words.append(w)
    singles = [c for c in chars.tolist() if rng.random() < 0.3]
    dictionary = words + singles
    order = rng.permutation(len(dictionary))
    dictionary = [dictionary[int(i)] for i in order]
    return {"text": text, "dictionary": dictionary, "max_len": int(max_len)}
