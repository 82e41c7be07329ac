# Dict- and str-heavy code: building text with str.join and f-strings,
# str.split/lower/strip/replace, word counting in a dict, sorting by count,
# str.format and %-formatting, dict iteration with items().

WORDS = (
    "the quick brown fox jumps over the lazy dog while a curious cat watches "
    "from the old wooden fence and the farmer counts his sheep before night "
    "falls upon the quiet valley where rivers run and birds sing softly"
).split()


def make_text(n_lines):
    lines = []
    nw = len(WORDS)
    for i in range(n_lines):
        parts = []
        for j in range(12):
            w = WORDS[(i * 7 + j * j + i // 3) % nw]
            if (i + j) % 5 == 0:
                w = w.upper()
            elif (i + j) % 7 == 0:
                w = w.title() + ","
            parts.append(w)
        lines.append(" ".join(parts) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip(".,").lower()
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
    return counts


def bigrams(text):
    pairs = {}
    for line in text.splitlines():
        words = line.replace(",", "").replace(".", "").lower().split(" ")
        for i in range(len(words) - 1):
            key = f"{words[i]}-{words[i + 1]}"
            pairs[key] = pairs.get(key, 0) + 1
    return pairs


def report(counts):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for rank, (word, n) in enumerate(items[:10], 1):
        out.append("{:>2}. {:<10} {:6d}".format(rank, word, n))
    out.append("%d distinct, %d total" % (len(counts), sum(counts.values())))
    return "\n".join(out)


def main():
    text = make_text(6000)
    total = 0
    for _ in range(12):
        counts = count_words(text)
        total += len(counts)
    pairs = bigrams(text)
    print(report(counts))
    top = max(pairs.items(), key=lambda kv: kv[1])
    print(f"bigrams: {len(pairs)} distinct, top {top[0]!r} x{top[1]}")
    h = 0
    for k, v in pairs.items():
        h = (h * 31 + len(k) * v) % 1000000007
    print(f"checksum {total} {h} {len(text)}")


main()
