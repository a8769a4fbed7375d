"""The reference page `docs/site/index.html` in a real headless Chromium: it loads from file://
and from a static server without console errors or network requests, search and filters hide
what does not match, deep links open entries (a code inside a range opens the range), and the
paste box finds exactly the codes of every case of tests/find_codes.txt and explains each one.
The contract is ../shared/DESIGN.md section 9."""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import PAGE, ROOT, SCREENSHOTS
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

# --- What the page must hold, from sources other than the page itself ---------------------


def catalog_codes() -> list[str]:
    """Every entry's notation, from the generated Markdown reference (drift-tested too)."""
    text = (ROOT / "docs" / "catalog.md").read_text(encoding="utf-8")
    return re.findall(r"^#### `([0-9.\-]+)`", text, flags=re.MULTILINE)


CODES = catalog_codes()


@dataclass(frozen=True)
class FindCase:
    """One line of tests/find_codes.txt."""

    line: int
    expected: list[str]
    text: str


def _unescape(text: str, line: int) -> bytes:
    """The fixture's escapes, read as the Rust suite reads them: `\\t \\n \\r \\\\ \\xHH`;
    any other backslash sequence is an error."""
    out = bytearray()
    raw = text.encode("utf-8")
    i = 0
    simple = {ord("t"): b"\t", ord("n"): b"\n", ord("r"): b"\r", ord("\\"): b"\\"}
    while i < len(raw):
        if raw[i] != ord("\\"):
            out.append(raw[i])
            i += 1
            continue
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if nxt in simple:
            out += simple[nxt]
            i += 2
        elif nxt == ord("x") and re.fullmatch(rb"[0-9A-Fa-f]{2}", raw[i + 2 : i + 4]):
            out.append(int(raw[i + 2 : i + 4], 16))
            i += 4
        else:
            raise ValueError(f"tests/find_codes.txt line {line}: unknown escape at byte {i}")
    return bytes(out)


def find_cases() -> list[FindCase]:
    cases = []
    lines = (ROOT / "tests" / "find_codes.txt").read_text(encoding="utf-8").splitlines()
    for number, raw in enumerate(lines, start=1):
        if not raw or raw.startswith("#"):
            continue
        expected, sep, text = raw.partition("\t")
        assert sep, f"tests/find_codes.txt line {number}: no tab"
        data = _unescape(text, number)
        # What a person pastes is text: UTF-8 where it is, else each byte as one character
        # (Latin-1), so that bytes outside ASCII stay characters outside ASCII.
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            decoded = data.decode("latin-1")
        cases.append(FindCase(number, [] if expected == "-" else expected.split(" "), decoded))
    return cases


CASES = find_cases()


# --- Helpers --------------------------------------------------------------------------------


def visible_entries(driver: WebDriver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('article.entry')]"
        ".filter(e => e.offsetParent !== null).map(e => e.id)"
    )


def search(driver: WebDriver, text: str) -> list[str]:
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)
    return visible_entries(driver)


def count_text(driver: WebDriver) -> str:
    return driver.find_element(By.ID, "count").text


def paste(driver: WebDriver, text: str) -> list[dict[str, str]]:
    """Puts `text` in the paste box as an input event would, and reads the results."""
    return driver.execute_script(
        """
        const box = document.getElementById('scan');
        box.value = arguments[0];
        box.dispatchEvent(new Event('input', {bubbles: true}));
        return [...document.querySelectorAll('#scan-results > [data-code]')].map(li => ({
          code: li.dataset.code, count: li.dataset.count, level: li.dataset.level,
          text: li.textContent,
          link: (li.querySelector('a.code') || {}).hash || null,
        }));
        """,
        text,
    )


def in_viewport(driver: WebDriver, element_id: str) -> bool:
    return driver.execute_script(
        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
        "return r.top >= -1 && r.top < innerHeight && r.height > 0;",
        element_id,
    )


def severe_console_messages(driver: WebDriver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def open_at(driver: WebDriver, url: str) -> None:
    driver.get("about:blank")
    driver.get(url)


# --- The file itself -----------------------------------------------------------------------


class _Outline(html.parser.HTMLParser):
    """Collects ids, the elements that could load something, and inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.loaders: list[str] = []
        self.entry_fields: dict[str, set[str]] = {}
        self._entry: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "article" and "entry" in (a.get("class") or ""):
            self._entry = a.get("id")
            self.entry_fields[self._entry or ""] = set()
        elif self._entry and a.get("class"):
            self.entry_fields[self._entry].update((a.get("class") or "").split())
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed", "object") and (
            a.get("src") or a.get("data")
        ):
            self.loaders.append(f"<{tag}> {a}")
        if tag == "link" and (a.get("rel") or "") != "icon":
            self.loaders.append(f"<link> {a}")
        if tag == "link" and a.get("rel") == "icon" and not (a.get("href") or "").startswith("data:"):
            self.loaders.append(f"<link> {a}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._entry = None


def test_file_is_generated_and_self_contained() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert text.startswith("<!-- @generated from catalog.yaml by `cargo xtask codegen`")
    outline = _Outline()
    outline.feed(text)
    assert outline.loaders == [], "the page must not load anything"
    assert "@import" not in text and "url(" not in text, "CSS must not fetch anything"
    assert "default-src 'none'" in text, "the content security policy forbids every fetch"


def test_every_entry_is_in_the_html_with_its_fields() -> None:
    """Without JS the page holds every entry, under its notation, with its fields."""
    outline = _Outline()
    outline.feed(PAGE.read_text(encoding="utf-8"))
    assert len(CODES) >= 190
    assert sorted(outline.entry_fields) == sorted(CODES)
    for code, fields in outline.entry_fields.items():
        for field in ("title", "description", "remedy", "reason", "actor", "smtp_replies",
                      "origin", "references"):
            assert field in fields, f"{code} has no {field}"
    text = PAGE.read_text(encoding="utf-8")
    assert "RESOLVER.ADR.RecipNotFound" in text
    for part in ("class-2", "class-4", "class-5", "subject-0", "subject-7", "reason-user-unknown"):
        assert part in outline.ids


def test_page_stays_small() -> None:
    """One file a phone loads at once: the budget is checked, the figures are in BENCHMARKS.md."""
    import gzip

    raw = PAGE.read_bytes()
    assert len(raw) < 700_000, len(raw)
    assert len(gzip.compress(raw, 9)) < 140_000


# --- Loading --------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["file", "http"])
def test_loads_without_errors_or_requests(browser: WebDriver, how: str, request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("file_url" if how == "file" else "server_url")
    open_at(browser, url)
    assert browser.title.startswith("SMTP enhanced status codes")
    assert browser.execute_script("return document.compatMode") == "CSS1Compat"
    assert browser.execute_script("return typeof window.ndrCodes.findCodes") == "function"
    assert len(visible_entries(browser)) == len(CODES)
    assert count_text(browser) == f"{len(CODES)} codes"
    # Nothing fetched after the document itself.
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(r => r.name)"
    )
    assert resources == []
    assert severe_console_messages(browser) == []


def test_landmarks_labels_and_skip_link(page: WebDriver) -> None:
    for selector in ("header", "header nav", "main", "aside", "footer", "form[role=search]"):
        assert page.find_elements(By.CSS_SELECTOR, selector), selector
    unlabelled = page.execute_script(
        "return [...document.querySelectorAll('input, select, textarea')]"
        ".filter(e => e.labels.length === 0).map(e => e.id)"
    )
    assert unlabelled == []
    # Each entry is named by its heading, for screen readers that list articles.
    unnamed = page.execute_script(
        "return [...document.querySelectorAll('article.entry')].filter(e => {"
        " const h = document.getElementById(e.getAttribute('aria-labelledby') || '');"
        " return !h || !h.textContent.startsWith(e.id + ' '); }).map(e => e.id)"
    )
    assert unnamed == []
    page.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = page.switch_to.active_element
    assert focused.get_attribute("class") == "skip"
    assert focused.is_displayed() and focused.rect["y"] >= 0
    focused.send_keys(Keys.ENTER)
    assert page.switch_to.active_element.get_attribute("id") == "main"


def test_slash_jumps_to_the_search_box(page: WebDriver) -> None:
    page.find_element(By.TAG_NAME, "body").send_keys("/")
    assert page.switch_to.active_element.get_attribute("id") == "q"
    assert page.find_element(By.ID, "q").get_attribute("value") == ""
    # In the paste box a slash is text.
    box = page.find_element(By.ID, "scan")
    box.send_keys("a/b")
    assert page.switch_to.active_element.get_attribute("id") == "scan"
    assert box.get_attribute("value") == "a/b"


# --- Search ---------------------------------------------------------------------------------


def test_search_by_code(page: WebDriver) -> None:
    assert search(page, "5.1.1") == ["5.1.1"]
    assert count_text(page) == f"1 of {len(CODES)} codes shown"
    assert search(page, "#5.7.620") == ["5.7.606-649"]
    # Several codes show each of them; other words still narrow the list.
    assert search(page, "5.1.1 (5.2.2)") == ["5.1.1", "5.2.2"]
    assert search(page, "550 5.1.1") == ["5.1.1"]
    assert search(page, "5.1.1 zzzzqqq") == []


def test_search_by_code_prefix(page: WebDriver) -> None:
    shown = search(page, "5.7.")
    assert shown == [c for c in CODES if c.startswith("5.7.")]
    assert len(shown) > 10


def entry_texts(driver: WebDriver) -> list[tuple[str, bool, str]]:
    """Each entry's id, whether it is shown, and the text the search looks at."""
    return driver.execute_script(
        "return [...document.querySelectorAll('article.entry')].map(e => [e.id, e.offsetParent !== null,"
        " [...e.querySelectorAll('.title, .tags, dd:not(.references):not(.applies_to), .ident')]"
        ".map(x => x.textContent).join(' ').toLowerCase()])"
    )


def test_search_by_words(page: WebDriver) -> None:
    shown = search(page, "quota")
    assert 0 < len(shown) < len(CODES)
    for code, visible, text in entry_texts(page):
        assert visible == ("quota" in text), code
    # Every word must match, in any order, whatever the case.
    shown = search(page, "FULL Mailbox")
    assert shown
    for code, visible, text in entry_texts(page):
        assert visible == ("mailbox" in text and "full" in text), code


def test_search_ignores_the_chip_labels(page: WebDriver) -> None:
    """Every entry has the labels "Reason" and "Who acts": they must not make everything match."""
    assert len(search(page, "who acts")) < len(CODES) // 2


def test_every_entry_says_which_systems_use_which_meaning(page: WebDriver) -> None:
    """"Applies to" is on every entry; its wording, shared by every code of one origin, is not searched."""
    applies = page.execute_script(
        "return [...document.querySelectorAll('article.entry')].map(e => e.querySelector('dd.applies_to'))"
        ".map(dd => dd ? dd.textContent : null)"
    )
    assert len(applies) == len(CODES) and all(applies)
    both = page.find_element(By.ID, "5.4.8").find_element(By.CSS_SELECTOR, "dd.applies_to").text
    assert both.index("Exchange Online") < both.index("Exchange 2000")
    assert len(search(page, "every mail system")) < len(CODES) // 2


def test_search_by_diagnostic_token(page: WebDriver) -> None:
    shown = search(page, "RESOLVER.ADR.RecipNotFound")
    assert "5.1.1" in shown
    for code in shown:
        tokens = page.find_element(By.ID, code).find_element(By.CSS_SELECTOR, "dd.diagnostics").text
        assert "RESOLVER.ADR.RecipNotFound" in tokens


def test_search_without_match_and_unknown_code(page: WebDriver) -> None:
    assert search(page, "zzzzqqq") == []
    assert page.find_element(By.ID, "no-match").is_displayed()
    assert count_text(page) == f"0 of {len(CODES)} codes shown"
    assert search(page, "5.9.1") == []
    note = page.find_element(By.ID, "no-match").text
    assert "5.9.1 is not in the catalog" in note and "class level" in note
    assert len(search(page, "")) == len(CODES)
    assert not page.find_element(By.ID, "no-match").is_displayed()


# --- Filters --------------------------------------------------------------------------------

FILTERS = {
    "f-class": "return e.id.split('.')[0]",
    "f-subject": "return e.id.split('.')[1]",
    "f-reason": "return e.dataset.reason",
    "f-origin": "return e.dataset.origin",
}


@pytest.mark.parametrize("select_id", list(FILTERS))
def test_each_filter_option_shows_exactly_its_entries(page: WebDriver, select_id: str) -> None:
    options = page.execute_script(
        "return [...document.getElementById(arguments[0]).options].map(o => [o.value, o.text])",
        select_id,
    )
    assert len(options) >= 3
    for value, label in options:
        page.find_element(By.CSS_SELECTOR, f"#{select_id} option[value='{value}']").click()
        shown = visible_entries(page)
        expected = page.execute_script(
            f"const key = e => {{ {FILTERS[select_id]} }};"
            "return [...document.querySelectorAll('article.entry')]"
            ".filter(e => !arguments[0] || key(e) === arguments[0]).map(e => e.id)",
            value,
        )
        assert shown == expected, (select_id, value)
        assert label.endswith(f"({len(shown)})"), (select_id, label, len(shown))
        # Empty groups are hidden with their entries.
        empty_groups = page.execute_script(
            "return [...document.querySelectorAll('section.group')].filter(g => g.offsetParent !== null"
            " && !g.querySelector('article.entry:not([hidden])')).length"
        )
        assert empty_groups == 0


def test_filters_combine_with_search_and_reset(page: WebDriver) -> None:
    page.find_element(By.CSS_SELECTOR, "#f-class option[value='4']").click()
    shown = search(page, "mailbox")
    assert shown and all(c.startswith("4.") for c in shown)
    page.find_element(By.ID, "clear").click()
    assert len(visible_entries(page)) == len(CODES)
    assert page.find_element(By.ID, "q").get_attribute("value") == ""


# --- Deep links -----------------------------------------------------------------------------


def current(driver: WebDriver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('article.entry.current')].map(e => e.id)"
    )


def test_deep_link_to_an_entry(browser: WebDriver, file_url: str) -> None:
    open_at(browser, file_url + "#5.7.708")
    assert current(browser) == ["5.7.708"]
    assert in_viewport(browser, "5.7.708")


def test_deep_link_into_a_range(browser: WebDriver, file_url: str) -> None:
    open_at(browser, file_url + "#5.7.620")
    assert current(browser) == ["5.7.606-649"]
    assert in_viewport(browser, "5.7.606-649")
    assert browser.switch_to.active_element.get_attribute("id") == "5.7.606-649"


def test_hashchange_and_a_link_to_a_filtered_out_entry(page: WebDriver) -> None:
    search(page, "quota")
    assert "5.7.1" not in visible_entries(page)
    page.execute_script("location.hash = '#5.7.1'")
    page.execute_script("return new Promise(r => setTimeout(r, 50))")
    assert current(page) == ["5.7.1"]
    assert in_viewport(page, "5.7.1")
    page.execute_script("location.hash = '#5.7.640'")
    page.execute_script("return new Promise(r => setTimeout(r, 50))")
    assert current(page) == ["5.7.606-649"]


def test_deep_link_to_a_code_the_catalog_lacks(browser: WebDriver, file_url: str) -> None:
    open_at(browser, file_url + "#5.9.1")
    assert browser.find_element(By.ID, "q").get_attribute("value") == "5.9.1"
    note = browser.find_element(By.ID, "no-match")
    assert note.is_displayed() and "5.9.1 is not in the catalog" in note.text
    assert note.find_element(By.CSS_SELECTOR, "[data-code='5.9.1']").get_attribute("data-level") == "class"


def test_reads_without_javascript(browser: WebDriver, file_url: str) -> None:
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        open_at(browser, file_url + "#5.7.708")
        assert len(visible_entries_without_js(browser)) == len(CODES)
        entry = browser.find_element(By.ID, "5.7.708")
        assert entry.is_displayed()
        for field in ("title", "description", "remedy", "references"):
            assert entry.find_element(By.CLASS_NAME, field).text
        # Without a script the search and the paste box could do nothing: they are not shown.
        assert not browser.find_element(By.ID, "finder").is_displayed()
        assert not browser.find_element(By.ID, "paste").is_displayed()
        width = browser.execute_script("return document.getElementById('reference').offsetWidth")
        assert width > 800, "the codes take the whole width"
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def visible_entries_without_js(driver: WebDriver) -> list[str]:
    return [e.get_attribute("id") for e in driver.find_elements(By.CSS_SELECTOR, "article.entry")
            if e.is_displayed()]


def test_rules_beside_their_reasons_and_linked_from_their_code(page: WebDriver) -> None:
    rules = page.find_elements(By.CSS_SELECTOR, "#reasons [id^='rule-']")
    assert rules, "the catalog's rules are shown under the reasons"
    for rule in rules[:5]:
        reason = rule.find_element(By.XPATH, "ancestor::div[starts-with(@id, 'reason-')]")
        assert reason.get_attribute("id").startswith("reason-")
    link = page.find_element(By.CSS_SELECTOR, "dd.reply-rules a")
    target = link.get_attribute("hash")[1:]
    assert not page.find_element(By.ID, target).is_displayed()  # folded until asked for
    link.click()
    page.execute_script("return new Promise(r => setTimeout(r, 50))")
    assert page.find_element(By.ID, target).is_displayed()
    assert in_viewport(page, target)


# --- The paste box --------------------------------------------------------------------------


def distinct(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def test_the_fixture_is_read() -> None:
    assert len(CASES) >= 300


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"line{c.line}")
def test_paste_box_finds_the_fixture_codes(page_once: WebDriver, case: FindCase) -> None:
    # The rule itself, with positions: exactly the expected codes, in order.
    found = page_once.execute_script("return window.ndrCodes.findCodes(arguments[0])", case.text)
    assert [f["code"] for f in found] == case.expected
    for f in found:
        assert case.text[f["start"] : f["end"]] == f["code"]
    # What a person sees: one item per code, in order of first appearance, with its count.
    items = paste(page_once, case.text)
    assert [i["code"] for i in items] == distinct(case.expected)
    assert [int(i["count"]) for i in items] == [case.expected.count(c) for c in distinct(case.expected)]
    for item in items:
        assert item["level"] in ("exact", "other-class", "subject", "class")
        assert "Reason:" in item["text"]


_CODE = re.compile(r"[245]\.(?:0|[1-9][0-9]{0,2})\.(?:0|[1-9][0-9]{0,2})")


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def reference_codes(text: str) -> list[tuple[str, int, int]]:
    """The rule through a regex and a look at the neighbours, as the Rust suite's reference."""
    out = []
    for m in _CODE.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end() : m.end() + 2]
        if before and (_alnum(before) or before == "."):
            continue
        if after and (_alnum(after[0]) or (after[0] == "." and after[1:2].isdigit() and after[1:2].isascii())):
            continue
        out.append((m.group(), m.start(), m.end()))
    return out


def test_find_rule_agrees_with_a_regex_reference_on_generated_text(page_once: WebDriver) -> None:
    """Strings dense in digits and dots, where the boundaries matter most."""
    import random

    rng = random.Random(3463)
    pieces = ["5.1.1", "4.4.7", "2.0.0", "5.70.7", "5.999.999", "5.", ".1", ".", "0", "1", "25",
              "999", "a", "Z", " ", "-", "#", "_", "é", "\n", "5.01.1", "1000"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    got = page_once.execute_script(
        "return arguments[0].map(t => window.ndrCodes.findCodes(t).map(f => [f.code, f.start, f.end]))",
        texts,
    )
    mismatches = [(t, g, reference_codes(t)) for t, g in zip(texts, got)
                  if [tuple(x) for x in g] != reference_codes(t)]
    assert mismatches == []
    assert sum(len(g) for g in got) > 300, "the generated text must hold many codes"


@pytest.fixture(scope="module")
def page_once(browser: WebDriver, file_url: str) -> WebDriver:
    """The page loaded once for the many paste cases."""
    open_at(browser, file_url)
    return browser


def test_typing_into_the_paste_box(page: WebDriver) -> None:
    box = page.find_element(By.ID, "scan")
    box.send_keys("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'")
    box.send_keys(Keys.ENTER, "#550 4.4.7 QUEUE.Expired; message expired ##")
    items = page.find_elements(By.CSS_SELECTOR, "#scan-results > [data-code]")
    assert [i.get_attribute("data-code") for i in items] == ["5.1.1", "4.4.7"]
    title_5_1_1 = page.find_element(By.ID, "5.1.1").find_element(By.CLASS_NAME, "title").text
    assert title_5_1_1 in items[0].text
    assert "line 1" in items[0].text and "line 2" in items[1].text
    assert page.find_element(By.ID, "scan-summary").text == "2 codes found."
    assert severe_console_messages(page) == []


def test_paste_box_with_a_large_log(page: WebDriver) -> None:
    """Many codes, most repeated: counted, each distinct code once, line numbers kept short;
    thousands of distinct codes are cut to the first 300 rather than freeze the page."""
    text = "\n".join(f"550 5.1.1 user {i}; 451 4.{i % 8}.{i % 1000} try later" for i in range(2000))
    items = paste(page, text)
    assert len(items) == 300
    assert items[0]["code"] == "5.1.1" and items[0]["count"] == "2000"
    assert "lines 1, 2, 3, 4, 5, 6, 7, 8, …" in items[0]["text"]
    summary = page.find_element(By.ID, "scan-summary").text
    assert summary == "4000 codes found, 1001 different. The first 300 are explained below."


def test_paste_box_gives_the_entry_advice(page: WebDriver) -> None:
    """Each result carries the entry's advice under the entry's own labels."""
    with_sender = page.execute_script(
        "return [...document.querySelectorAll('article.entry')].filter(e => e.querySelector('dd.sender'))"
        ".map(e => e.id).filter(id => !id.includes('-'))"
    )
    for code in (with_sender or ["5.1.1"])[:5]:
        (item,) = paste(page, f"550 {code} see above")
        entry = page.find_element(By.ID, code)
        remedy = entry.find_element(By.CSS_SELECTOR, "dd.remedy").text
        assert remedy in item["text"]
        if code in with_sender:
            assert entry.find_element(By.CSS_SELECTOR, "dd.sender").text in item["text"]


def test_paste_box_explains_unknown_codes_by_the_closest_entry(page: WebDriver) -> None:
    def other_class_candidate() -> tuple[str, str]:
        for code in CODES:
            if "-" in code or code[0] not in "45":
                continue
            other = ("4" if code[0] == "5" else "5") + code[1:]
            if not page.execute_script("return window.ndrCodes.explain(arguments[0]).level === 'exact'", other):
                return other, code
        raise AssertionError("no code without its other-class twin")

    missing, twin = other_class_candidate()
    (item,) = paste(page, f"451 {missing} try later")
    assert (item["code"], item["level"], item["link"]) == (missing, "other-class", f"#{twin}")
    twin_title = page.find_element(By.ID, twin).find_element(By.CLASS_NAME, "title").text
    assert twin_title in item["text"] and "Not in the catalog" in item["text"]

    (item,) = paste(page, "550 5.7.620 blocked")
    assert (item["level"], item["link"]) == ("exact", "#5.7.606-649")
    assert "In the range" in item["text"]

    (item,) = paste(page, "550 5.1.999 odd")
    assert item["level"] == "subject"
    subject = page.execute_script("return document.querySelector('#subject-1 .title').textContent")
    assert subject in item["text"] and "subject level" in item["text"]

    (item,) = paste(page, "550 5.9.1 odd")
    assert item["level"] == "class"
    klass = page.execute_script("return document.querySelector('#class-5 .title').textContent")
    assert klass in item["text"] and "class level" in item["text"]

    assert paste(page, "from 10.5.1.1 running v5.1.1") == []
    assert page.find_element(By.ID, "scan-summary").text == "No status code found in this text."


# --- Print and screenshots ------------------------------------------------------------------


def test_print_shows_the_codes_without_the_controls(page: WebDriver) -> None:
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = page.execute_script(
            "return ['finder', 'paste'].map(id => getComputedStyle(document.getElementById(id)).display)"
        )
        assert hidden == ["none", "none"]
        assert page.find_element(By.ID, "5.1.1").is_displayed()
        pdf = page.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        assert len(pdf["data"]) > 10_000
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


SHOTS = [
    ("desktop", 1366, 900, "light"),
    ("desktop-dark", 1366, 900, "dark"),
    ("phone", 390, 844, "light"),
    ("phone-dark", 390, 844, "dark"),
]


@pytest.mark.parametrize(("name", "width", "height", "scheme"), SHOTS, ids=[s[0] for s in SHOTS])
def test_screenshots(page: WebDriver, name: str, width: int, height: int, scheme: str) -> None:
    """Screenshots for a person to review, under target/site-screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
    )
    # The viewport itself at the size of the device (the window also has a frame).
    page.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    try:
        page.refresh()  # laid out from the start at this size, as a phone would
        assert page.execute_script("return document.documentElement.scrollWidth") <= width
        # Narrow screens fold the filters so that the codes follow the search box.
        assert page.execute_script("return document.getElementById('more').open") == (width > 1000)
        page.save_screenshot(str(SCREENSHOTS / f"{name}-top.png"))
        search(page, "quota")
        page.execute_script("document.getElementById('finder').scrollIntoView()")
        page.save_screenshot(str(SCREENSHOTS / f"{name}-search.png"))
        page.execute_script("location.hash = '#5.7.708'")
        page.execute_script("return new Promise(r => setTimeout(r, 50))")
        page.save_screenshot(str(SCREENSHOTS / f"{name}-entry.png"))
        paste(page, "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n"
                    "451 4.7.500 Server busy. Please try again later\n550 5.7.620 Access denied\n"
                    "451 4.7.708 try later\n550 5.9.1 odd")
        page.execute_script("document.getElementById('paste').scrollIntoView()")
        page.save_screenshot(str(SCREENSHOTS / f"{name}-paste.png"))
        for suffix in ("top", "paste", "entry", "search"):
            assert Path(SCREENSHOTS / f"{name}-{suffix}.png").stat().st_size > 5_000
    finally:
        page.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
