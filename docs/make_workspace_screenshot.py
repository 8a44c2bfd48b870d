"""Makes docs/workspace.png, the README's picture of the workspace: the
sample imported and audited through a real `genaudit serve`, the run page
shown in headless chromium.

    /usr/bin/python3 docs/make_workspace_screenshot.py build/genaudit
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "server"))
from browser_test import browser  # noqa: E402
from workspace_process import Workspace, sample_files  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

SAMPLE = os.path.join(HERE, "..", "examples", "khanh-hoa")


def main(genaudit):
    ws = Workspace(os.path.abspath(genaudit))
    driver = browser(ws.folder)
    try:
        api = ws.client()
        api.login("inspector")
        api.post_files("/api/imports", sample_files(SAMPLE))
        run = api.post_json("/api/audits", {"period": "2025"}).json()["run"]
        driver.get(ws.url + "/login")
        driver.find_element(By.ID, "user").send_keys("inspector")
        from workspace_process import PASSWORD
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.ID, "sign-in").click()
        driver.set_window_size(1280, 1000)
        driver.get("%s/runs/%d" % (ws.url, run))
        driver.save_screenshot(os.path.join(HERE, "workspace.png"))
    finally:
        driver.quit()
        ws.close()


if __name__ == "__main__":
    main(sys.argv[1])
