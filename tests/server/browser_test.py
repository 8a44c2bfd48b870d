"""The workspace in a real browser (Debian's chromium, driven by
chromedriver through python3-selenium): each flow as a person does it,
asserting what the person sees.

    /usr/bin/python3 browser_test.py GENAUDIT SAMPLE_FOLDER
"""

import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workspace_process import PASSWORD, Workspace, wait_until  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

GENAUDIT = None
SAMPLE = None


def browser(download_folder):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=1280,1600", "--lang=vi"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": download_folder,
        "download.prompt_for_download": False,
    })
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class BrowserFlows(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ws = Workspace(GENAUDIT)
        cls.downloads = tempfile.mkdtemp(prefix="genaudit-downloads-")
        cls.driver = browser(cls.downloads)
        cls.wait = WebDriverWait(cls.driver, 60)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.ws.close()
        shutil.rmtree(cls.downloads, ignore_errors=True)

    def open(self, path):
        self.driver.get(self.ws.url + path)

    def sign_in(self, user):
        self.driver.delete_all_cookies()
        self.open("/")
        self.wait.until(EC.presence_of_element_located((By.ID, "user")))
        self.assertIn("/login", self.driver.current_url)
        self.driver.find_element(By.ID, "user").send_keys(user)
        self.driver.find_element(By.ID, "password").send_keys(PASSWORD)
        self.driver.find_element(By.ID, "sign-in").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "who")))
        self.assertIn(user, self.driver.find_element(By.ID, "who").text)

    def upload_sample(self):
        self.open("/registers")
        paths = sorted(os.path.join(SAMPLE, n) for n in os.listdir(SAMPLE) if n.endswith(".csv"))
        self.driver.find_element(By.ID, "files").send_keys("\n".join(paths))
        self.driver.find_element(By.ID, "upload-button").click()
        outcome = self.wait.until(EC.presence_of_element_located((By.ID, "import-outcome")))
        return outcome

    def run_audit(self, period="2025"):
        self.open("/runs")
        box = self.driver.find_element(By.ID, "period")
        box.clear()
        box.send_keys(period)
        self.driver.find_element(By.ID, "run-audit").click()
        self.wait.until(EC.url_matches(r"/runs/\d+$"))
        return int(self.driver.current_url.rsplit("/", 1)[1])

    def test_1_sign_in_upload_audit_and_open_a_finding(self):
        self.sign_in("inspector")
        outcome = self.upload_sample()
        self.assertEqual(outcome.get_attribute("data-outcome"), "imported")
        self.assertIn("staff", outcome.text)
        self.open("/registers")  # the page lists what is stored now
        self.assertIn("staff.csv", self.driver.find_element(By.ID, "stored").find_element(
            By.XPATH, "..").text)
        run = self.run_audit()
        shown = int(self.driver.find_element(By.ID, "count-findings").text)
        self.assertGreater(shown, 0)
        rows = self.driver.find_elements(By.CSS_SELECTOR, "tr.finding")
        self.assertEqual(len(rows), min(shown, 100))  # a hundred a page
        # Filter (on the server, from the keyboard): an agency's code keeps
        # only its findings, and the count says how many match.
        code = rows[0].find_element(By.CSS_SELECTOR, ".code").text
        self.driver.find_element(By.ID, "finding-search").send_keys(code + Keys.ENTER)
        self.wait.until(EC.url_contains("q="))
        visible = self.driver.find_elements(By.CSS_SELECTOR, "tr.finding")
        self.assertGreater(len(visible), 0)
        self.assertLess(len(visible), shown)
        self.assertTrue(all(code in r.text for r in visible))
        self.assertIn("khớp bộ lọc", self.driver.find_element(By.ID, "finding-count").text)
        self.assertEqual(self.driver.find_element(By.ID, "finding-search").get_attribute("value"), code)
        # A finding, its evidence and the rows it rests on, with their values.
        visible[0].find_element(By.TAG_NAME, "a").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "evidence")))
        self.assertIn(code, self.driver.find_element(By.ID, "finding-subject").text)
        stored = self.driver.find_elements(By.CSS_SELECTOR, "table.stored-row")
        self.assertGreater(len(stored), 0)
        self.assertIn(".csv", self.driver.find_element(By.CSS_SELECTOR, "h3.row-ref").text)
        self.driver.find_element(By.ID, "explain-link").click()
        text = self.wait.until(EC.presence_of_element_located((By.ID, "explanation"))).text
        self.assertIn(code, text)
        self.assertEqual(run, 1)
        # The workbook, downloaded as the person clicks it.
        self.open("/runs/%d" % run)
        self.driver.find_element(By.ID, "download-report.xlsx").click()
        target = os.path.join(self.downloads, "genaudit-%d-report.xlsx" % run)
        self.assertTrue(wait_until(lambda: os.path.exists(target) and os.path.getsize(target) > 0, 30))
        with open(target, "rb") as f:
            self.assertEqual(f.read(2), b"PK")

    def test_2_a_refused_upload_shows_where(self):
        self.sign_in("inspector")
        self.open("/registers")
        bad = os.path.join(self.downloads, "staff.csv")
        with open(os.path.join(SAMPLE, "staff.csv"), encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
        cells = lines[3].split(",")
        cells[4] = "31/02/1980"
        lines[3] = ",".join(cells)
        with open(bad, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        self.driver.find_element(By.ID, "files").send_keys(bad)
        self.driver.find_element(By.ID, "upload-button").click()
        outcome = self.wait.until(EC.presence_of_element_located((By.ID, "import-outcome")))
        self.assertEqual(outcome.get_attribute("data-outcome"), "refused")
        problems = self.driver.find_element(By.ID, "problems").text
        self.assertIn("staff.csv", problems)
        self.assertIn("31/02/1980", problems)

    def test_2b_a_bad_inspection_file_shows_where(self):
        self.sign_in("inspector")
        self.upload_sample()
        bad = os.path.join(self.downloads, "inspection.toml")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('[record]\ncopies = 2\nsymbl = "BB"\n')
        self.open("/runs")
        runs_before = self.driver.page_source.count('href="/runs/')
        self.driver.find_element(By.ID, "inspection").send_keys(bad)
        self.driver.find_element(By.ID, "run-audit").click()
        said = self.driver.find_element(By.ID, "audit-message")
        self.wait.until(lambda d: said.text.strip() != "")
        self.assertIn("inspection:3:1: không có khóa `symbl` trong [record]", said.text)
        self.assertTrue(self.driver.current_url.endswith("/runs"), self.driver.current_url)
        self.open("/runs")  # no run was recorded
        self.assertEqual(self.driver.page_source.count('href="/runs/'), runs_before)

    def test_3_compare_two_runs(self):
        self.sign_in("lead")
        second = self.run_audit("2025-Q4")
        self.open("/runs")
        Select(self.driver.find_element(By.ID, "diff-from")).select_by_value("1")
        Select(self.driver.find_element(By.ID, "diff-to")).select_by_value(str(second))
        self.driver.find_element(By.ID, "compare-runs").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "diff-summary")))
        self.assertIn("#1 → #%d" % second, self.driver.find_element(By.TAG_NAME, "h1").text)
        for section in ("diff-new", "diff-resolved", "diff-persisting"):
            int(self.driver.find_element(By.ID, section).text)

    def test_3b_propose_and_approve_a_waiver(self):
        self.sign_in("inspector")
        self.open("/runs/1/findings/0")
        subject = self.driver.find_element(By.CSS_SELECTOR, "#finding-subject .code").text
        self.driver.find_element(By.ID, "propose-link").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "propose-form")))
        self.assertEqual(self.driver.find_element(By.ID, "waiver-subject").get_attribute("value"),
                         subject)
        self.driver.find_element(By.ID, "waiver-justification").send_keys("Đang bổ nhiệm")
        self.driver.find_element(By.ID, "waiver-expires").send_keys("31/12/2099")
        self.driver.find_element(By.ID, "propose-waiver").click()
        pending = self.wait.until(EC.presence_of_element_located((By.ID, "waivers-pending")))
        self.assertIn(subject, pending.text)
        self.sign_in("lead")
        self.open("/waivers")
        self.driver.find_element(By.CSS_SELECTOR, "#waivers-pending button.approve").click()
        in_force = self.wait.until(EC.presence_of_element_located((By.ID, "waivers-in_force")))
        self.assertIn(subject, in_force.text)
        self.assertIn("lead", in_force.text)

    def test_4_a_viewer_cannot_import_or_audit(self):
        self.sign_in("viewer")
        self.open("/registers")
        self.assertEqual(self.driver.find_elements(By.ID, "upload-form"), [])
        self.open("/runs")
        self.assertEqual(self.driver.find_elements(By.ID, "audit-form"), [])

    def test_5_english_on_a_switch(self):
        self.sign_in("viewer")
        self.open("/runs")
        self.driver.find_element(By.CSS_SELECTOR, ".lang a[lang=en]").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Audit runs"))
        self.driver.find_element(By.CSS_SELECTOR, ".lang a[lang=vi]").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Các lần kiểm tra"))

    def test_6_an_agencys_findings_across_runs(self):
        # After test_1 and test_3: two runs, in both of which SNV has a finding.
        self.sign_in("viewer")
        self.driver.find_element(By.LINK_TEXT, "Cơ quan").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "agency-search")))
        rows = self.driver.find_elements(By.CSS_SELECTOR, "tr.agency")
        self.assertGreater(len(rows), 1)
        self.driver.find_element(By.ID, "agency-search").send_keys("nội vụ")
        visible = [r for r in rows if r.is_displayed()]
        self.assertEqual(len(visible), 1)
        self.assertIn("SNV", visible[0].text)
        visible[0].find_element(By.TAG_NAME, "a").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "agency-name")))
        self.assertIn("Sở Nội vụ", self.driver.find_element(By.ID, "agency-name").text)
        runs = self.driver.find_elements(By.CSS_SELECTOR, "section.agency-run")
        self.assertGreaterEqual(len(runs), 2)
        ids = [int(r.get_attribute("data-run")) for r in runs]
        self.assertEqual(ids, sorted(ids, reverse=True))  # newest first
        for run in runs[:2]:
            self.assertIn("O1.S4", run.find_element(By.CSS_SELECTOR, "tr.agency-finding").text)
        self.assertTrue(self.driver.find_element(By.ID, "record-html").get_attribute("href")
                        .endswith("/runs/%d/records/SNV.html" % ids[0]))
        runs[-1].find_element(By.CSS_SELECTOR, "tr.agency-finding a").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "evidence")))
        self.assertIn("/runs/%d/findings/" % ids[-1], self.driver.current_url)
        self.assertIn("SNV", self.driver.find_element(By.ID, "finding-subject").text)


if __name__ == "__main__":
    GENAUDIT, SAMPLE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    del sys.argv[1:3]
    unittest.main(verbosity=2)
