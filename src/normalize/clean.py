"""Clean stage: boilerplate rules (kept as data in ``rules/boilerplate.toml``).

Three rule families, each conservative where it must be:

- line rules (UI notices, comment counters, share rows) are specific enough to apply anywhere;
  they run first, so a widget line among the footer sections does not break their chain;
- footer sections are removed only as a chain of recognised sections that runs to the end of the
  document (over the blocks still live), so a body heading that happens to read "Archive"
  survives;
- metadata lines (date, glued tags) are taken only from the header region.

What the footer knows is kept before it goes: topic tags become metadata, and English titles
quoted in a FAQ block become title candidates (a foreign headline can then be replaced by the
page's own English title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalize import furniture, titles
from normalize.config import Config
from normalize.model import HEADING, Block, Document, Finding, remove_block
from normalize.resources import Boilerplate, LineRule, SectionRule, boilerplate_rules, may_hold_ignoring_case
from normalize.titles import quoted_titles

STAGE = "clean"
_CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FOOTER_KINDS = ("foreign_block", "foreign_span")


@dataclass
class Section:
    rule: SectionRule
    heading: Block
    owned: list[Block]


def items_cover(pattern: re.Pattern[str], text: str) -> list[re.Match[str]] | None:
    """The matches of ``pattern`` if they tile ``text`` completely (spaces aside), else None."""
    matches = []
    pos = 0
    for m in pattern.finditer(text):
        if text[pos : m.start()].strip():
            return None
        matches.append(m)
        pos = m.end()
    if not matches or text[pos:].strip():
        return None
    return matches


def _section_fits(rule: SectionRule, owned: list[Block]) -> bool:
    if len(owned) > rule.max_blocks:
        return False
    if rule.item is None:
        return True
    # A list heading with no list under it is no evidence of a footer.
    return bool(owned) and all(items_cover(rule.item, b.text.strip()) for b in owned)


def heading_rule(block: Block, rules: Boilerplate) -> SectionRule | None:
    """The section rule whose heading a heading block is, or None."""
    # Only heading-shaped lines open a section: a sentence that starts "More from…" does not.
    if block.kind != HEADING:
        return None
    text = block.text.strip().lstrip("#").strip()
    if len(text) > 80:
        return None
    i = rules.heading_index.first_match(text)  # only the rules that may start with its first letter
    return None if i is None else rules.sections[i]


def find_footer(blocks: list[Block], headings: list[tuple[Block, SectionRule]], reach: int) -> list[Section]:
    """The longest chain of footer sections that runs to the end of ``blocks``.

    Scanning from the end, a heading opens a section that owns everything up to the next
    heading already accepted; the chain stops at the first section that does not fit its rule.
    ``headings``: the blocks whose text is a section heading, with its rule, in order (the
    others are only owned). No rule owns more than ``reach`` blocks: a heading further above
    the chain's top could not fit, so the scan stops there.
    """
    chain: list[Section] = []
    end = len(blocks)
    at = {b.index: i for i, b in enumerate(blocks)} if headings else {}
    for heading, rule in reversed(headings):
        i = at.get(heading.index)
        if i is None or i >= end:
            continue  # removed by a line rule
        if end - i - 1 > reach:
            break
        owned = blocks[i + 1 : end]
        if not _section_fits(rule, owned):
            break
        chain.append(Section(rule, heading, owned))
        end = i
    chain.reverse()
    return chain


def split_glued_tags(text: str, known: list[str]) -> list[str]:
    """Split ``AnthropicAI infrastructureconstitutional AI`` into tags.

    Known tags (from the related-topics list) are matched first, longest first; what is left is
    split where a lower-case letter meets an upper-case one.
    """
    tags: list[str] = []
    rest = text.strip()
    by_length = sorted(known, key=len, reverse=True)
    while rest:
        hit = next((k for k in by_length if rest.lower().startswith(k.lower())), None)
        if hit is None:
            tags.extend(t.strip() for t in _CASE_BOUNDARY.split(rest) if t.strip())
            break
        tags.append(rest[: len(hit)])
        rest = rest[len(hit) :].lstrip()
    return tags


def _add_unique(values: list[str], new: list[str]) -> None:
    for v in new:
        if v and v.lower() not in (x.lower() for x in values):
            values.append(v)


def strip_footer_sections(
    doc: Document, rules: Boilerplate, headings: list[tuple[Block, SectionRule]]
) -> None:
    if not headings:
        return  # no section heading in the document: the common case
    live = doc.live_blocks()
    reach = max((r.max_blocks for r in rules.sections), default=0)
    for section in find_footer(live, headings, reach):
        rule = section.rule
        if rule.tags and rule.item is not None:
            tags = [
                m.group("tag").strip()
                for b in section.owned
                for m in items_cover(rule.item, b.text.strip()) or []
            ]
            _add_unique(doc.metadata.setdefault("tags", []), tags)
        # Whatever the rule, the section is furniture, and a title it quotes is the page's: a
        # teaser section may own a FAQ block whose heading no rule knows.
        _add_unique(doc.metadata.setdefault("title_candidates", []), quoted_titles(section.owned))
        blocks = [section.heading, *section.owned]
        doc.add_finding(
            Finding(
                "boilerplate",
                section.heading.index,
                0,
                len(section.heading.text),
                f"footer section {section.heading.text.strip()!r} ({len(blocks)} block(s))",
                {
                    "rule": rule.id,
                    "blocks": [b.index for b in blocks],
                    "lines": [blocks[0].line_start, blocks[-1].line_end],
                },
            )
        )
        for b in blocks:
            remove_block(doc, b, STAGE, rule.id, rule.reason)


def extract_header_metadata(doc: Document, rules: Boilerplate, config: Config) -> None:
    """Metadata lines the wording rules name, in the header region (``furniture.header_region``)."""
    for block in furniture.header_region(doc, config)[: config.header_blocks]:
        text = block.text.strip()
        for rule in rules.metadata:
            if rule.requires and not may_hold_ignoring_case(text, rule.requires):
                continue  # the pattern would search the block for it: most blocks lack it
            m = rule.pattern.match(text)
            if not m:
                continue
            found = {k: v for k, v in m.groupdict().items() if v}
            if "date" in found:
                doc.metadata.setdefault("date", found["date"].strip())
            if "tags" in found:
                known = doc.metadata.get("tags", [])
                _add_unique(doc.metadata.setdefault("tags", []), split_glued_tags(found["tags"], known))
            doc.add_finding(
                Finding(
                    "metadata_line",
                    block.index,
                    0,
                    len(block.text),
                    f"metadata line moved to the report: {text!r}",
                    {"rule": rule.id, **found},
                )
            )
            remove_block(doc, block, STAGE, rule.id, rule.reason)
            break


def line_rule(block: Block, rules: Boilerplate) -> LineRule | None:
    """The first line rule that matches the whole block, or None."""
    text = block.text.strip()
    if len(text) > 400:
        return None
    i = rules.line_index.first_match(text)  # only the rules that may start with its first letter
    return None if i is None else rules.lines[i]


def strip_notice_lines(
    doc: Document, hits: list[tuple[Block, LineRule]], opens_section: set[int] | None = None
) -> list[tuple[Block, LineRule]]:
    """Remove the blocks of ``hits`` (each with the line rule that matched it) that are still
    live. A block among ``opens_section`` (indices of the headings that may open a footer
    section: "💬 Comments (0)" is both) is left for the chain to judge first, and returned."""
    deferred = []
    for block, rule in hits:
        if block.removed:
            continue
        if opens_section is not None and block.index in opens_section:
            deferred.append((block, rule))
            continue
        text = block.text.strip()
        if rule.quoted_titles:
            _add_unique(doc.metadata.setdefault("title_candidates", []), quoted_titles([block]))
        doc.add_finding(
            Finding(
                "boilerplate",
                block.index,
                0,
                len(block.text),
                f"{rule.reason}: {text!r}",
                {"rule": rule.id, "blocks": [block.index]},
            )
        )
        remove_block(doc, block, STAGE, rule.id, rule.reason)
    return deferred


@dataclass
class Screened:
    """What one pass over the live blocks found worth a closer look: most blocks pass every
    screen and are not read again. ``lines``: blocks a line rule matches, with the rule;
    ``headings``: section headings, with their rule; ``inline``: lines that may be inline
    furniture (teasers, pointer lines); ``quoting``: foreign blocks that quote something
    (headline aside), for title candidates."""

    lines: list[tuple[Block, LineRule]]
    headings: list[tuple[Block, SectionRule]]
    inline: list[Block]
    quoting: list[Block]


def screen(doc: Document, rules: Boilerplate, harvest: bool) -> Screened:
    """One pass over the live blocks with every screen (the clean stage's passes over the
    whole document used to read each block three or four times)."""
    found = Screened([], [], [], [])
    first = True
    for block in doc.blocks:
        if block.removed_by is not None:
            continue
        rule = line_rule(block, rules)
        if rule is not None:
            found.lines.append((block, rule))
        section = heading_rule(block, rules)
        if section is not None:
            found.headings.append((block, section))
        if not first:  # the headline is no teaser, and its quotes are not harvested
            if furniture.may_be_inline(block, rules.vocabulary):
                found.inline.append(block)
            if harvest and titles.harvestable(block):
                found.quoting.append(block)
        first = False
    return found


def set_title(doc: Document) -> None:
    """The headline, when it is English; otherwise the first English title the page quotes."""
    first = doc.first_live()
    if first is not None and first.kind == HEADING and (first.lang or "en") == "en":
        doc.metadata.setdefault("title", first.text.strip().lstrip("#").strip())
    elif doc.metadata.get("title_candidates"):
        doc.metadata.setdefault("title", doc.metadata["title_candidates"][0])


def drop_subsumed_findings(doc: Document) -> None:
    """Language findings on removed boilerplate say nothing new: the boilerplate finding covers them."""
    blocks = doc.blocks  # a finding's block is its position there
    doc.findings = [
        f for f in doc.findings if not (f.kind in _FOOTER_KINDS and blocks[f.block].removed_by is not None)
    ]


def run(doc: Document, config: Config) -> None:
    """Clean stage entry point."""
    rules = boilerplate_rules(config.rules)
    # Title candidates matter only where the headline is foreign (it may be replaced by one).
    foreign_headline = titles.foreign_headline(doc)
    found = screen(doc, rules, harvest=foreign_headline)
    foreign_quotes = titles.quoted_titles(found.quoting)  # before anything is removed
    # Line rules first: a widget line (a share row, a follow prompt) among the footer sections
    # would otherwise end the chain there and protect every section above it. The chain reads
    # the live blocks, so it steps over what the line rules removed.
    opens_section = {b.index for b, _ in found.headings}
    deferred = strip_notice_lines(doc, found.lines, opens_section)
    strip_footer_sections(doc, rules, found.headings)
    strip_notice_lines(doc, deferred)  # a section heading the chain left: a lone counter
    extract_header_metadata(doc, rules, config)
    # Then what no wording rule named, by its shape; the titles a removed FAQ line quotes are kept.
    removed = furniture.run(doc, config, rules.vocabulary, found.inline)
    _add_unique(doc.metadata.setdefault("title_candidates", []), quoted_titles(removed))
    if foreign_headline:
        doc.metadata["title_candidates"] = titles.rank(doc.metadata["title_candidates"], foreign_quotes, doc)
    set_title(doc)
    drop_subsumed_findings(doc)
