#!/usr/bin/env python3
"""Writes a benchmark corpus: N chapters x M notes of realistic course notes, twice.

  OUT/coursenotes/  a Maven project (pom.xml + content/) that builds the notes with the plugin,
                    cards of every type included, and .mvn/jvm.config as the manual recommends
  OUT/hugo/         a Hugo site with the SAME Markdown minus the cards, and a minimal layout
                    with the same navigation (chapter tree in a sidebar, prev/next, breadcrumbs,
                    table of contents)

Each note has headings, paragraphs with emphasis and inline code, lists, a table, a code block,
an image, an external link and links with anchors to other notes (in the same chapter and in
another one). The text is pseudo-random but deterministic: the same arguments give the same files.

Usage: corpus.py --chapters 50 --pages 100 --out /tmp/corpus [--plugin-version 0.1.0-SNAPSHOT]
"""

import argparse
import os
import random
import shutil

WORDS = """model data drift label feature pipeline deployment monitoring latency throughput canary
shadow rollback training serving inference dataset baseline metric dashboard alert threshold
retraining version registry experiment accuracy precision recall distribution schema validation
batch stream edge cloud container scaling budget audit fairness slice error analysis augmentation
annotation consistency noise outlier cohort traffic request response cache queue replica gateway
""".split()

HEADINGS = ["Why it matters", "How it works", "A worked example", "Common pitfalls", "What to measure",
            "Trade offs", "When to use it", "Checklist before release", "Related ideas", "Key points"]

LANGUAGES = ["python", "java", "yaml", "bash"]

CARD_TYPES = ["flip", "cloze", "truefalse", "choice", "order"]


def slug(text):
    """GitHub-style anchor of a heading made of letters, digits and spaces."""
    return text.lower().replace(" ", "-")


def sentence(rnd, words=None):
    n = words or rnd.randint(8, 18)
    ws = [rnd.choice(WORDS) for _ in range(n)]
    k = rnd.randrange(n)
    ws[k] = rnd.choice(["*" + ws[k] + "*", "**" + ws[k] + "**", "`" + ws[k] + "`", ws[k]])
    return " ".join(ws).capitalize() + "."


def paragraph(rnd, sentences=None):
    return " ".join(sentence(rnd) for _ in range(sentences or rnd.randint(3, 5)))


class Corpus:
    def __init__(self, chapters, pages):
        self.chapters = chapters
        self.pages = pages

    @staticmethod
    def chapter_dir(c):
        return "%02d-chapter-%d" % (c + 1, c + 1)

    @staticmethod
    def page_file(p):
        return "%03d-note-%d.md" % (p + 1, p + 1)

    @staticmethod
    def headings(c, p):
        """The h2 headings of note (c, p): five of HEADINGS, rotated per note, plus a unique one."""
        start = (c * 7 + p) % len(HEADINGS)
        chosen = [HEADINGS[(start + i) % len(HEADINGS)] for i in range(4)]
        return chosen + ["Topic %d %d in depth" % (c + 1, p + 1)]

    def link(self, c, p, from_c):
        """A relative link (with anchor) from a note of chapter from_c to note (c, p)."""
        anchor = slug(self.headings(c, p)[1])
        folder = "" if c == from_c else "../" + self.chapter_dir(c) + "/"
        return folder + self.page_file(p) + "#" + anchor

    def note(self, c, p, with_cards):
        rnd = random.Random(c * 100003 + p)
        heads = self.headings(c, p)
        title = "Note %d.%d: %s %s" % (c + 1, p + 1, rnd.choice(WORDS), rnd.choice(WORDS))
        out = ["---", "title: \"%s\"" % title,
               "summary: \"%s\"" % sentence(rnd, 10).replace("*", "").replace("`", ""),
               "weight: %d" % (p + 1), "---", ""]
        out += [paragraph(rnd), ""]
        cards = self.cards(c, p, rnd) if with_cards else []
        next_p = (p + 1) % self.pages
        other_c = (c + 1 + p) % self.chapters
        other_p = (p * 7 + 3) % self.pages
        for i, head in enumerate(heads):
            out += ["## " + head, "", paragraph(rnd), ""]
            if i == 0:
                out += ["See [the next note](%s) and [a related idea](%s), or the [chapter](index.md)."
                        % (self.link(c, next_p, c), self.link(other_c, other_p, c)), "",
                        "![Diagram of the %s stage](diagram.svg)" % rnd.choice(WORDS), ""]
                out += ["- " + sentence(rnd, 8) for _ in range(rnd.randint(3, 5))] + [""]
            elif i == 1:
                out += ["### Step by step", ""]
                out += ["%d. %s" % (k + 1, sentence(rnd, 9)) for k in range(4)] + [""]
                out += self.code(rnd)
            elif i == 2:
                out += self.table(rnd)
                out += ["More in [the reference](https://example.org/%s) and [above](#%s)."
                        % (rnd.choice(WORDS), slug(heads[0])), ""]
            elif i == 3:
                out += ["### Details", "", paragraph(rnd, 2), ""]
                out += ["- " + sentence(rnd, 6) for _ in range(3)] + [""]
            if i < len(cards):
                out += cards[i]
        return "\n".join(out) + "\n"

    @staticmethod
    def code(rnd):
        lang = rnd.choice(LANGUAGES)
        lines = ["%s_%d = %s(%s)" % (rnd.choice(WORDS), k, rnd.choice(WORDS), rnd.choice(WORDS))
                 for k in range(rnd.randint(6, 12))]
        return ["```" + lang] + lines + ["```", ""]

    @staticmethod
    def table(rnd):
        rows = ["| Stage | Signal | Action |", "| --- | --- | --- |"]
        for _ in range(rnd.randint(3, 6)):
            rows.append("| %s | %s %s | %s |" % (rnd.choice(WORDS), rnd.choice(WORDS), rnd.choice(WORDS),
                                                sentence(rnd, 5)))
        return rows + [""]

    def cards(self, c, p, rnd):
        """Three cards per note; the types rotate so that every type appears every few notes."""
        made = []
        for k in range(3):
            kind = CARD_TYPES[(c + p + k) % len(CARD_TYPES)]
            made.append(self.card(kind, "c%d-%d-%d" % (c + 1, p + 1, k + 1), rnd))
        return made

    @staticmethod
    def card(kind, card_id, rnd):
        w = [rnd.choice(WORDS) for _ in range(6)]
        if kind == "flip":
            body = ["```card id=" + card_id, "What is the role of the %s in %s %s?" % (w[0], w[1], w[2]), "---",
                    "**%s**: %s" % (w[0].capitalize(), sentence(rnd)), "---", sentence(rnd)]
        elif kind == "cloze":
            body = ["```card cloze id=" + card_id,
                    "A %s watches the {{%s}} and the {{%s|%s}} of the %s." % (w[0], w[1], w[2], w[3], w[4])]
        elif kind == "truefalse":
            body = ["```card truefalse id=" + card_id, sentence(rnd), "---", rnd.choice(["true", "false"]),
                    "---", sentence(rnd)]
        elif kind == "choice":
            body = ["```card choice id=" + card_id, "Which %s suits a %s %s?" % (w[0], w[1], w[2]), "---",
                    "- [ ] " + sentence(rnd, 5), "- [x] " + sentence(rnd, 5), "- [ ] " + sentence(rnd, 5)]
        else:
            body = ["```card order id=" + card_id, "Put the %s steps in order." % w[0], "---"]
            body += ["%d. %s" % (k + 1, sentence(rnd, 4)) for k in range(4)]
        return body + ["```", ""]

    def chapter_intro(self, c):
        rnd = random.Random(c)
        return "\n".join(["---", "title: \"Chapter %d: %s and %s\"" % (c + 1, rnd.choice(WORDS), rnd.choice(WORDS)),
                          "summary: \"%s\"" % sentence(rnd, 10).replace("*", "").replace("`", ""),
                          "weight: %d" % (c + 1), "---", "", paragraph(rnd), "",
                          "## Overview", "", paragraph(rnd), ""]) + "\n"

    @staticmethod
    def home():
        return ("---\ntitle: \"Benchmark course\"\nsummary: \"A generated course for the build benchmark.\"\n"
                "---\n\nThis course is generated by `generator/benchmark/corpus.py`.\n\n## How to read it\n\n"
                "Start with the first chapter and follow the *Next* links.\n")


DIAGRAM = ('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120">'
           '<title>Stage diagram</title><rect x="10" y="30" width="90" height="60" fill="#ddeeff"/>'
           '<rect x="115" y="30" width="90" height="60" fill="#ddeeff"/><rect x="220" y="30" width="90" height="60"'
           ' fill="#ddeeff"/><text x="20" y="65">data</text><text x="125" y="65">model</text>'
           '<text x="230" y="65">deploy</text></svg>\n')

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>benchmark-course</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <name>Benchmark course</name>
  <url>https://example.org/course/</url>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.coursenotes</groupId>
        <artifactId>coursenotes-maven-plugin</artifactId>
        <version>%s</version>
        <executions>
          <execution>
            <goals><goal>build</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


HERE = os.path.dirname(os.path.abspath(__file__))


def hugo_layouts():
    return os.path.join(HERE, "hugo")


def theme_style_sheet():
    """The built-in theme's style sheet, which the Hugo twin uses too, so both sites carry the same CSS."""
    return os.path.join(HERE, "..", "..", "templates", "assets", "style.css")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chapters", type=int, required=True)
    parser.add_argument("--pages", type=int, required=True, help="notes per chapter")
    parser.add_argument("--out", required=True)
    parser.add_argument("--plugin-version", default="0.1.0-SNAPSHOT")
    args = parser.parse_args()
    corpus = Corpus(args.chapters, args.pages)
    cn = os.path.join(args.out, "coursenotes")
    hu = os.path.join(args.out, "hugo")
    for folder in (cn, hu):
        shutil.rmtree(folder, ignore_errors=True)
    write(os.path.join(cn, "pom.xml"), POM % args.plugin_version)
    # as "Using the plugin in your own project" recommends: Maven's JVM with the quick JIT only
    write(os.path.join(cn, ".mvn", "jvm.config"), "-XX:TieredStopAtLevel=1\n")
    write(os.path.join(cn, "content", "index.md"), corpus.home())
    write(os.path.join(hu, "content", "_index.md"), corpus.home())
    for c in range(args.chapters):
        chapter = corpus.chapter_dir(c)
        write(os.path.join(cn, "content", chapter, "index.md"), corpus.chapter_intro(c))
        write(os.path.join(cn, "content", chapter, "diagram.svg"), DIAGRAM)
        write(os.path.join(hu, "content", chapter, "_index.md"), corpus.chapter_intro(c))
        write(os.path.join(hu, "static", chapter, "diagram.svg"), DIAGRAM)
        for p in range(args.pages):
            name = corpus.page_file(p)
            write(os.path.join(cn, "content", chapter, name), corpus.note(c, p, True))
            write(os.path.join(hu, "content", chapter, name), corpus.note(c, p, False))
    shutil.copytree(hugo_layouts(), hu, dirs_exist_ok=True)
    shutil.copy(theme_style_sheet(), os.path.join(hu, "static", "style.css"))
    print("wrote %d notes in %d chapters to %s" % (args.chapters * args.pages, args.chapters, args.out))


if __name__ == "__main__":
    main()
