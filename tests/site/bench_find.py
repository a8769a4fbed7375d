"""How fast the reference page finds codes in pasted text: the page's `findCodes` against a
JavaScript regex applying the same rule (the baseline), in the same headless Chromium, on the
same text: every line of tests/find_codes.txt repeated to about 4 MB (a large pasted log).

Run: `.venv/bin/python tests/site/bench_find.py` (after `cargo xtask test` set up .venv).
Not collected by pytest (its name does not start with test_); figures go to BENCHMARKS.md.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import CHROMEDRIVER, CHROMIUM, FLAGS, PAGE  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from test_site import CASES  # noqa: E402

BENCH = """
const text = arguments[0];
// The baseline: the rule as a regex, then a look at the neighbours (JS regexes have
// lookbehind, but the Rust suite's reference is written this way too).
const re = /[245]\\.(?:0|[1-9][0-9]{0,2})\\.(?:0|[1-9][0-9]{0,2})/g;
const alnum = c => /[0-9A-Za-z]/.test(c);
function regexFind(t) {
  const out = [];
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(t)) !== null) {
    const s = m.index, e = s + m[0].length;
    const before = s > 0 ? t[s - 1] : '';
    const a = t[e] || '', b = t[e + 1] || '';
    if (before && (alnum(before) || before === '.')) continue;
    if (a && (alnum(a) || (a === '.' && /[0-9]/.test(b)))) continue;
    out.push(m[0]);
  }
  return out;
}
// Interleaved, best of 15 each, so that a busy moment of the machine hits both alike.
function bestOfBoth(f, g) {
  let fMin = Infinity, gMin = Infinity, fN = 0, gN = 0;
  for (let i = 0; i < 15; i++) {
    let t0 = performance.now();
    fN = f(text).length;
    fMin = Math.min(fMin, performance.now() - t0);
    t0 = performance.now();
    gN = g(text).length;
    gMin = Math.min(gMin, performance.now() - t0);
  }
  return [[fMin, fN], [gMin, gN]];
}
const [page, regex] = bestOfBoth(window.ndrCodes.findCodes, regexFind);
// The whole paste box: find, group, explain and render.
const box = document.getElementById('scan');
const t0 = performance.now();
box.value = text;
box.dispatchEvent(new Event('input'));
const render = performance.now() - t0;
return {page: page, regex: regex, render: render,
        items: document.querySelectorAll('#scan-results > li').length};
"""


def main() -> None:
    lines = [case.text for case in CASES]
    block = "\n".join(lines) + "\n"
    text = block * max(1, (4_000_000 // len(block)))
    profile = tempfile.mkdtemp(prefix="ndr-site-bench-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        driver.get(PAGE.as_uri())
        r = driver.execute_script(BENCH, text)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    mb = len(text.encode("utf-8")) / 1e6
    assert r["page"][1] == r["regex"][1], "the two implementations disagree"
    print(f"text: {mb:.1f} MB, {r['page'][1]} codes")
    print(f"page findCodes: {r['page'][0]:.1f} ms ({mb / r['page'][0] * 1000:.0f} MB/s)")
    print(f"regex baseline: {r['regex'][0]:.1f} ms ({mb / r['regex'][0] * 1000:.0f} MB/s)")
    print(f"paste box, find + explain + render: {r['render']:.1f} ms, {r['items']} items")


if __name__ == "__main__":
    main()
