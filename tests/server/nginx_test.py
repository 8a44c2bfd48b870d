"""The workspace behind nginx, as docs/nginx-genaudit.conf sets it up: that
very file, with loopback ports, a self-signed certificate made here,
genaudit's port and the upload limit put in place of its values, served by
a real nginx (its own prefix, pid and logs in a temp folder) in front of a
real `genaudit serve --trusted-proxy 127.0.0.1`. Checked over HTTPS: the
session cookie is Secure through nginx and not without it; the sign-in
throttle counts the address nginx forwards, not one the client wrote;
uploads pass, and one over the limit is refused by nginx with 413; plain
HTTP redirects to HTTPS.

    python3 nginx_test.py GENAUDIT SAMPLE_FOLDER

Needs nginx (Debian's `nginx`) and openssl. Without nginx it says so and
exits 77, which ctest reports as skipped; nothing else skips.

The test's clients reach nginx and genaudit from loopback addresses other
than 127.0.0.1 (Linux answers on all of 127.0.0.0/8): 127.0.0.1 is the
trusted proxy, so a client from there would be believed.
"""

import http.client
import os
import shutil
import socket
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from http_test import registers_stored  # noqa: E402
from workspace_process import PASSWORD, Client, Workspace, sample_files  # noqa: E402

SAMPLE_CONF = os.path.join(HERE, "..", "..", "docs", "nginx-genaudit.conf")
UPLOAD_LIMIT_MIB = 1
SKIP = 77  # ctest's SKIP_RETURN_CODE for this test

GENAUDIT = None
SAMPLE = None


def find_nginx():
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def substituted(sample, replacements):
    """`sample` with each (old, new) of `replacements` done, each `old`
    required to stand exactly once: a sample that changed under the test
    fails it rather than being tested as something else."""
    for old, new in replacements:
        count = sample.count(old)
        if count != 1:
            raise AssertionError("docs/nginx-genaudit.conf has %r %d times, expected once"
                                 % (old, count))
        sample = sample.replace(old, new)
    return sample


class Nginx:
    """nginx serving docs/nginx-genaudit.conf in front of `upstream_port`."""

    def __init__(self, nginx, folder, upstream_port):
        self.folder = folder
        self.http_port, self.https_port = free_port(), free_port()
        self.cert = os.path.join(folder, "cert.pem")
        key = os.path.join(folder, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", self.cert],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with open(SAMPLE_CONF, encoding="utf-8") as f:
            site = substituted(f.read(), [
                ("listen 80;", "listen 127.0.0.1:%d;" % self.http_port),
                ("listen 443 ssl;", "listen 127.0.0.1:%d ssl;" % self.https_port),
                ("https://$host$request_uri", "https://$host:%d$request_uri" % self.https_port),
                ("ssl_certificate     /etc/ssl/genaudit/fullchain.pem;",
                 "ssl_certificate     %s;" % self.cert),
                ("ssl_certificate_key /etc/ssl/genaudit/privkey.pem;", "ssl_certificate_key %s;" % key),
                ("client_max_body_size 64m;", "client_max_body_size %dm;" % UPLOAD_LIMIT_MIB),
                ("proxy_pass http://127.0.0.1:8080;", "proxy_pass http://127.0.0.1:%d;" % upstream_port),
            ])
        with open(os.path.join(folder, "genaudit.conf"), "w", encoding="utf-8") as f:
            f.write(site)
        # What Debian's /etc/nginx/nginx.conf gives a site, with every path
        # in the temp folder.
        temp_paths = "".join("    %s_temp_path %s;\n" % (kind, os.path.join(folder, kind))
                             for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        with open(os.path.join(folder, "nginx.conf"), "w", encoding="utf-8") as f:
            f.write("daemon off;\nworker_processes 1;\npid %s;\nerror_log %s info;\n"
                    "events { worker_connections 64; }\n"
                    "http {\n    access_log %s;\n%s    include %s;\n}\n"
                    % (os.path.join(folder, "nginx.pid"), os.path.join(folder, "error.log"),
                       os.path.join(folder, "access.log"), temp_paths,
                       os.path.join(folder, "genaudit.conf")))
        # Run as root, nginx's workers run as nobody: they must reach the
        # temp paths (uploads are buffered there).
        os.chmod(folder, 0o755)
        self.process = subprocess.Popen(
            [nginx, "-p", folder, "-c", os.path.join(folder, "nginx.conf"),
             "-e", os.path.join(folder, "error.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if not self.wait_listening():
            self.process.kill()
            raise RuntimeError("nginx did not start: " + self.process.stderr.read().decode()
                               + self.error_log())

    def wait_listening(self, seconds=20):
        end = time.time() + seconds
        while time.time() < end:
            if self.process.poll() is not None:
                return False
            try:
                socket.create_connection(("127.0.0.1", self.https_port), timeout=1).close()
                return True
            except OSError:
                time.sleep(0.1)
        return False

    def error_log(self):
        try:
            with open(os.path.join(self.folder, "error.log"), encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.process.stderr.close()


class From(Client):
    """A client on loopback address `source`, to `port` over HTTPS (trusting
    `cafile`) or HTTP."""

    def __init__(self, port, source, cafile=None):
        super().__init__(port)
        self.source = source
        self.cafile = cafile

    def connect(self, timeout):
        if self.cafile:
            context = ssl.create_default_context(cafile=self.cafile)
            return http.client.HTTPSConnection("127.0.0.1", self.port, timeout=timeout,
                                               context=context, source_address=(self.source, 0))
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout,
                                          source_address=(self.source, 0))


def failed_sign_in_addresses(db):
    with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as c:
        return [r[0] for r in c.execute(
            "SELECT detail FROM activity WHERE action = 'sign_in_failed' ORDER BY id")]


class NginxTest(unittest.TestCase):
    nginx = None

    def setUp(self):
        self.ws = Workspace(GENAUDIT, ["--trusted-proxy", "127.0.0.1",
                                       "--max-upload", str(UPLOAD_LIMIT_MIB)])
        self.proxy = None
        self.folder = tempfile.mkdtemp(prefix="genaudit-nginx-")
        try:
            self.proxy = Nginx(self.nginx, self.folder, self.ws.port)
        except BaseException:
            self.tearDown()
            raise

    def tearDown(self):
        if self.proxy:
            self.proxy.stop()
        self.ws.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def through_nginx(self, source="127.0.0.2"):
        return From(self.proxy.https_port, source, cafile=self.proxy.cert)

    def directly(self, source="127.0.0.2"):
        return From(self.ws.port, source)

    def test_through_nginx_the_session_cookie_is_secure(self):
        c = self.through_nginx()
        r = c.login("viewer")
        self.assertEqual(r.status, 200, r.body)
        cookie = r.header("Set-Cookie")
        for attribute in ("Secure", "HttpOnly", "SameSite=Strict"):
            self.assertIn(attribute, cookie)
        self.assertEqual(c.get("/api/runs").status, 200)
        page = c.get("/runs")
        self.assertEqual(page.status, 200)
        self.assertIn("default-src", page.header("Content-Security-Policy"))  # passed on
        self.assertIn("max-age=", page.header("Strict-Transport-Security"))
        # The sign-in form too.
        form = self.through_nginx().post_form(
            "/login", {"user": "lead", "password": PASSWORD, "next": "/runs"})
        self.assertEqual(form.status, 303, form.body)
        self.assertIn("Secure", form.header("Set-Cookie"))

    def test_directly_the_cookie_is_not_secure_whatever_the_client_says(self):
        r = self.directly().login("viewer")
        self.assertEqual(r.status, 200)
        self.assertNotIn("Secure", r.header("Set-Cookie"))
        # Only the trusted proxy's X-Forwarded-Proto is believed.
        c = self.directly()
        r = c.post_json("/api/login", {"user": "viewer", "password": PASSWORD},
                        csrf=False, headers={"X-Forwarded-Proto": "https"})
        self.assertEqual(r.status, 200)
        self.assertNotIn("Secure", r.header("Set-Cookie"))

    def test_the_throttle_counts_the_address_nginx_forwards(self):
        spoofed = ["10.0.0.%d" % i for i in range(5)]
        for i, address in enumerate(spoofed):
            # Five names, so that only the address can add up to five.
            c = self.through_nginx("127.0.0.3")
            r = c.post_json("/api/login", {"user": "nobody%d" % i, "password": "wrong"},
                            csrf=False, headers={"X-Forwarded-For": address})
            self.assertEqual(r.status, 401, r.body)
        r = self.through_nginx("127.0.0.3").login("viewer")
        self.assertEqual(r.status, 429, r.body)
        self.assertGreater(int(r.header("Retry-After")), 0)
        # Another client behind the same nginx is not held back.
        self.assertEqual(self.through_nginx("127.0.0.4").login("viewer").status, 200)
        # What the activity log recorded: the address nginx saw, never the
        # one the client wrote.
        self.assertEqual(failed_sign_in_addresses(self.ws.db), ["127.0.0.3"] * 5)

    def test_a_forwarded_address_from_anyone_but_the_proxy_is_ignored(self):
        c = self.directly("127.0.0.5")
        r = c.post_json("/api/login", {"user": "nobody", "password": "wrong"}, csrf=False,
                        headers={"X-Forwarded-For": "10.0.0.9"})
        self.assertEqual(r.status, 401)
        self.assertEqual(failed_sign_in_addresses(self.ws.db), ["127.0.0.5"])

    def test_an_upload_passes_and_an_audit_completes_through_nginx(self):
        c = self.through_nginx()
        self.assertEqual(c.login("inspector").status, 200)
        r = c.post_files("/api/imports", sample_files(SAMPLE))
        self.assertEqual(r.status, 200, r.body)
        self.assertTrue(r.json()["imported"])
        self.assertEqual(len(registers_stored(self.ws.db)), 8)
        r = c.post_json("/api/audits", {"period": "2025", "as_of": "2025-12-31"})
        self.assertEqual(r.status, 200, r.body)
        report = c.get("/api/runs/%d/report.json" % r.json()["run"])
        self.assertEqual(report.status, 200)
        self.assertTrue(report.json()["findings"])

    def test_an_upload_over_the_limit_is_refused_by_nginx_with_nothing_stored(self):
        c = self.through_nginx()
        self.assertEqual(c.login("inspector").status, 200)
        big = b"staff_id,full_name\n" + b"x" * (UPLOAD_LIMIT_MIB << 20) + b"\n"
        r = c.post_files("/api/imports", [("staff.csv", big)])
        self.assertEqual(r.status, 413)
        self.assertIn("nginx", r.text())  # refused by nginx, before genaudit
        self.assertEqual(registers_stored(self.ws.db), [])
        self.assertEqual(c.get("/api/runs").status, 200)  # the session goes on

    def test_plain_http_redirects_to_https(self):
        c = From(self.proxy.http_port, "127.0.0.2")
        r = c.get("/runs?lang=en")
        self.assertEqual(r.status, 301)
        self.assertEqual(r.header("Location"),
                         "https://127.0.0.1:%d/runs?lang=en" % self.proxy.https_port)
        self.assertIsNone(r.header("Set-Cookie"))
        r = c.post_json("/api/login", {"user": "viewer", "password": PASSWORD}, csrf=False)
        self.assertEqual(r.status, 301)  # a password sent in clear text goes no further
        self.assertIsNone(r.header("Set-Cookie"))
        with sqlite3.connect("file:%s?mode=ro" % self.ws.db, uri=True) as db:
            self.assertEqual(db.execute("SELECT count(*) FROM activity").fetchone()[0], 0)


if __name__ == "__main__":
    GENAUDIT, SAMPLE = sys.argv[1], sys.argv[2]
    del sys.argv[1:3]
    NginxTest.nginx = find_nginx()
    if not NginxTest.nginx:
        print("SKIPPED: nginx is not installed (Debian: apt-get install nginx); "
              "the reverse proxy's sample configuration was not tested", file=sys.stderr)
        sys.exit(SKIP)
    unittest.main(verbosity=2)
