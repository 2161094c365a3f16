#!/usr/bin/env python3
"""Drives TongHop's pages in a real headless browser through a month, as a clerk would, and
prints what it saw as one JSON document for the Swift test that started the server
(WebBrowserTests).

  month_through_pages.py BASE_URL PERIOD DOWNLOAD_DIR [SCREENSHOT_DIR] -- FILE...

1. Nộp tệp: chooses FILES in the page's file input and presses the button (the page's script
   sends them with progress); reads every file's card: its state, its issues (line, column,
   value, code) and what the archive did with it.
2. Tháng này: reads the units × forms grid (state and replaced versions of every cell).
3. A unit's page (the first unit of the grid): reads its versions.
4. Tổng hợp: presses the button, waits while the page shows progress, reads each area's
   preview table and downloads every workbook and bao-cao.json by clicking their links.
5. The unit's page again, to find its return slip's link.

Screenshots (1366×768) of each page go to SCREENSHOT_DIR when given. Uses Debian's
chromium-headless-shell: the Playwright browser download is not reachable.
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
    base, period, downloads = args[0], args[1], args[2]
    shots = args[3] if split > 3 else None
    files = args[split + 1:]
    out = {}

    def shot(page, name):
        if shots:
            page.screenshot(path=os.path.join(shots, name))

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
        page = context.new_page()
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
            form: s.dataset.form,
            state: s.classList.contains('errors') ? 'errors' : s.classList.contains('warnings') ? 'warnings' : 'clean',
            outcome: s.querySelector('.outcome') ? s.querySelector('.outcome').dataset.outcome : null,
            issues: [...s.querySelectorAll('table.issues tbody tr')].map(tr => ({
                line: tr.cells[1].textContent, cell: tr.cells[2].textContent, column: tr.cells[3].textContent,
                value: tr.cells[4].textContent, code: tr.querySelector('code').textContent }))
        }))""")
        shot(page, "web-nop-tep.png")

        page.click("nav a[href^='/thang']")
        page.wait_for_selector("#status-grid")
        out["grid"] = page.eval_on_selector_all("#status-grid tbody tr", """rows => rows.map(r => ({
            unit: r.dataset.unit,
            cells: [...r.querySelectorAll('td[data-form]')].map(td => ({
                form: td.dataset.form, state: td.dataset.state, superseded: +td.dataset.superseded }))
        }))""")
        out["deadline"] = page.inner_text("#deadline")
        shot(page, "web-thang-nay.png")

        first = out["grid"][0]["unit"]
        page.click(f"#status-grid tr[data-unit='{first}'] a")
        page.wait_for_selector("#history")
        out["unit"] = {"code": first, "versions": page.eval_on_selector_all("#history section.version", """v => v.map(s => ({
            id: +s.dataset.submission, state: s.dataset.state, period: s.dataset.period,
            issues: s.querySelectorAll('table.issues tbody tr').length }))""")}

        page.click("nav a[href^='/tong-hop']")
        page.wait_for_selector("#build-form")
        started = time.monotonic()
        page.click("#build-form button[type=submit]")
        # The page shows the progress and reloads itself when the build is done.
        page.wait_for_selector("#build-summary, #build-failed", timeout=600_000)
        out["build_seconds"] = time.monotonic() - started
        out["build_failed"] = page.inner_text("#build-failed") if page.query_selector("#build-failed") else None
        out["previews"] = page.eval_on_selector_all("section.preview", """sections => sections.map(s => ({
            area: s.dataset.area,
            rows: [...s.querySelectorAll('tbody tr')].map(tr => ({
                unit: tr.dataset.unit || null,
                sent: tr.cells[2].textContent,
                values: [...tr.querySelectorAll('td[data-value]')].map(td => td.dataset.value) }))
        }))""")
        shot(page, "web-tong-hop.png")
        out["downloads"] = {}
        for link in page.query_selector_all("#downloads > ul.links a"):
            name = link.get_attribute("data-name")
            with page.expect_download() as info:
                link.click()
            download = info.value
            download.save_as(os.path.join(downloads, name))
            out["downloads"][name] = download.suggested_filename

        page.goto(f"{base}/don-vi/{first}?ky={period}")
        page.wait_for_selector("#history")
        slip = page.query_selector("#slip a")
        out["unit"]["slip"] = slip.get_attribute("href") if slip else None
        shot(page, "web-don-vi.png")
        out["page_errors"] = errors
        browser.close()
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
