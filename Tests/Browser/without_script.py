#!/usr/bin/env python3
"""The essentials of TongHop's pages with JavaScript turned off in the browser: plain forms
post the files and start the build, and the build page reloads itself until it is done.
Prints what it saw as one JSON document for WebBrowserTests.

  without_script.py BASE_URL PERIOD -- FILE...
"""
import json
import os
import sys

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("TONGHOP_CHROMIUM", "/usr/bin/chromium-headless-shell")


def main():
    args = sys.argv[1:]
    split = args.index("--")
    base, period = args[0], args[1]
    files = args[split + 1:]
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1366, "height": 768}, java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{base}/nop?ky={period}")
        page.set_input_files("#tep", files)
        page.click("#upload-form button[type=submit]")
        page.wait_for_selector("#upload-summary", timeout=300_000)
        out["upload_url"] = page.url
        out["cards"] = len(page.query_selector_all("section.file .outcome"))
        page.goto(f"{base}/tong-hop?ky={period}")
        page.click("#build-form button[type=submit]")
        # Without script the running page refreshes itself (a <noscript> meta refresh).
        page.wait_for_selector("#build-summary, #build-failed", timeout=600_000)
        out["build_failed"] = page.inner_text("#build-failed") if page.query_selector("#build-failed") else None
        out["downloads"] = [a.get_attribute("data-name") for a in page.query_selector_all("#downloads a")]
        browser.close()
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
