def max_match_segment(text, dictionary, max_len):
    """The textbook loop: take max_len characters, drop the last one until it is a word."""
    words = set(dictionary)
    result = []
    while text:
        piece = text[:max_len]
        while len(piece) > 1 and piece not in words:
            piece = piece[:-1]
        result.append(piece)
        text = text[len(piece):]
    return result
