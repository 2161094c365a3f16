#!/usr/bin/env python3
"""Drives TongHop's web page in a real headless browser, as a clerk would, and prints what it
saw as one JSON document for the Swift test that started the server (WebBrowserTests).

  month_through_page.py BASE_URL PERIOD DOWNLOAD_DIR [SCREENSHOT_DIR] -- FILE...

Steps: upload FILES through the page's file input, read every file's card (issues with line,
column, value, code); read the month's grid; press «Tổng hợp», wait for it, read each area's
preview table, download every workbook; open one unit's page. Uses Debian's
chromium-headless-shell (the Playwright browser download is not reachable here).
"""
import json
import os
import sys
import time

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("TONGHOP_CHROMIUM", "/usr/bin/chromium-headless-shell")


def cards(page):
    return page.eval_on_selector_all("section.file", """sections => sections.map(s => ({
        file: s.dataset.file,
        state: s.classList.contains('errors') ? 'errors' : s.classList.contains('warnings') ? 'warnings' : 'clean',
        facts: Object.fromEntries([...s.querySelectorAll('dl.facts dt')].map(dt => [dt.textContent, dt.nextElementSibling.textContent])),
        issues: [...s.querySelectorAll('table.issues tbody tr')].map(tr => ({
            severity: tr.className, line: tr.cells[1].textContent, column: tr.cells[2].textContent,
            value: tr.cells[3].textContent, code: tr.querySelector('code').textContent, message: tr.cells[4].textContent }))
    }))""")


def main():
    args = sys.argv[1:]
    split = args.index("--")
    base, period, downloads = args[0], args[1], args[2]
    shots = args[3] if split > 3 else None
    files = args[split + 1:]
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True, locale="vi-VN")
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))

        page.goto(f"{base}/nop?ky={period}")
        page.set_input_files("#tep", files)
        started = time.monotonic()
        page.click("#upload-form button[type=submit]")
        page.wait_for_selector("#upload-summary", timeout=300_000)
        out["upload_seconds"] = time.monotonic() - started
        out["upload_summary"] = page.inner_text("#upload-summary")
        out["files"] = cards(page)
        if shots:
            page.screenshot(path=os.path.join(shots, "web-nop-tep.png"))

        page.goto(f"{base}/thang?ky={period}")
        out["grid"] = page.eval_on_selector_all("table.grid tbody tr", """rows => rows.map(r => ({
            unit: r.dataset.unit, cells: [...r.querySelectorAll('td[data-form]')].map(td => ({form: td.dataset.form, state: td.dataset.state}))
        }))""")
        out["month_heading"] = page.inner_text("h1")
        if shots:
            page.screenshot(path=os.path.join(shots, "web-thang-nay.png"))

        page.goto(f"{base}/tong-hop?ky={period}")
        started = time.monotonic()
        page.click("#build-button")
        page.wait_for_selector("#build-summary, #build-failed", timeout=600_000)
        out["build_seconds"] = time.monotonic() - started
        out["build_summary"] = page.inner_text("#build-summary") if page.query_selector("#build-summary") else page.inner_text("#build-failed")
        out["previews"] = page.eval_on_selector_all("section.preview", """secs => secs.map(s => ({
            area: s.dataset.area,
            rows: [...s.querySelectorAll('tbody tr')].map(r => ({
                unit: r.dataset.unit || 'total', values: [...r.querySelectorAll('td.num')].map(td => td.dataset.value) }))
        }))""")
        out["downloads"] = {}
        for link in page.query_selector_all("#workbooks a"):
            with page.expect_download() as info:
                link.click()
            d = info.value
            target = os.path.join(downloads, os.path.basename(link.get_attribute("href")))
            d.save_as(target)
            out["downloads"][os.path.basename(target)] = d.suggested_filename
        out["slips"] = page.eval_on_selector_all("#slips a", "as => as.map(a => a.textContent)")
        if shots:
            page.screenshot(path=os.path.join(shots, "web-tong-hop.png"))

        unit = next((r["unit"] for r in out["grid"] if any(c["state"] == "errors" for c in r["cells"])), None)
        if unit:
            page.goto(f"{base}/don-vi/{unit}?ky={period}")
            out["unit_page"] = {"unit": unit, "versions": page.eval_on_selector_all("section.file", "s => s.map(x => x.dataset.file)"),
                                "slip_link": page.query_selector("a.slip") is not None}
            if shots:
                page.screenshot(path=os.path.join(shots, "web-don-vi.png"))
        out["page_errors"] = errors
        browser.close()
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
