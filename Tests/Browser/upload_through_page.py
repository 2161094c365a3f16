#!/usr/bin/env python3
"""Drives TongHop's upload page in a real headless browser, as a clerk would, and prints what
it saw as one JSON document for the Swift test that started the server (WebBrowserTests).

  upload_through_page.py BASE_URL PERIOD [SCREENSHOT] -- FILE...

It chooses FILES in the page's file input, presses the button (the page's script sends them
with progress), and reads every file's card: its form (a workbook has a card per form sheet),
its state and its issues (line, column, value, code). Uses Debian's chromium-headless-shell: the Playwright browser download is not reachable.
"""
import json
import os
import sys
import time

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("TONGHOP_CHROMIUM", "/usr/bin/chromium-headless-shell")


def main():
    args = sys.argv[1:]
    split = args.index("--")
    base, period = args[0], args[1]
    shot = args[2] if split > 2 else None
    files = args[split + 1:]
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/nop?ky={period}")
        page.set_input_files("#tep", files)
        started = time.monotonic()
        page.click("#upload-form button[type=submit]")
        page.wait_for_selector("#upload-summary", timeout=300_000)
        out["upload_seconds"] = time.monotonic() - started
        out["summary"] = page.inner_text("#upload-summary")
        out["files"] = page.eval_on_selector_all("section.file", """sections => sections.map(s => ({
            file: s.dataset.file,
            form: ((s.querySelectorAll('dl.facts dd')[1] || {}).textContent || '').split(' ')[0],
            state: s.classList.contains('errors') ? 'errors' : s.classList.contains('warnings') ? 'warnings' : 'clean',
            issues: [...s.querySelectorAll('table.issues tbody tr')].map(tr => ({
                line: tr.cells[1].textContent, column: tr.cells[2].textContent,
                value: tr.cells[3].textContent, code: tr.querySelector('code').textContent }))
        }))""")
        if shot:
            page.screenshot(path=shot)
        out["page_errors"] = errors
        browser.close()
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
