"""A genaudit workspace as the tests use it: a real `genaudit serve`
process on a loopback port of its choosing, over a fresh audit database
with one account per role. Python's standard library only."""

import http.client
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import uuid

ROLES = ("viewer", "inspector", "lead", "admin")
PASSWORD = "mật-khẩu-đủ-dài"


def add_user(genaudit, db, name, role, password=PASSWORD):
    subprocess.run([genaudit, "users", "add", "--db", db, "--name", name, "--role", role],
                   input=(password + "\n").encode(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


class Workspace:
    """`genaudit serve` on 127.0.0.1, port 0 (any free one)."""

    def __init__(self, genaudit, extra_args=(), folder=None):
        self.genaudit = genaudit
        self.folder = folder or tempfile.mkdtemp(prefix="genaudit-ws-")
        self.db = os.path.join(self.folder, "audit.db")
        if not os.path.exists(self.db):
            for role in ROLES:
                add_user(genaudit, self.db, role, role)
        self.process = subprocess.Popen(
            [genaudit, "serve", "--db", self.db, "--listen", "127.0.0.1:0", *extra_args],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        line = self.process.stderr.readline().decode()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            self.process.kill()
            raise RuntimeError("the workspace did not start: " + line +
                               self.process.stderr.read().decode())
        self.port = int(match.group(1))
        self.url = "http://127.0.0.1:%d" % self.port

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.process.stderr.close()

    def close(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def client(self):
        return Client(self.port)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body.decode())

    def text(self):
        return self.body.decode()

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def headers_named(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]


class Client:
    """A person's browser, or a script: keeps the session cookie."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.csrf = None

    def connect(self, timeout):
        """A new connection for one request (a subclass may reach the
        workspace otherwise: through a proxy, from another address)."""
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, timeout=120):
        connection = self.connect(timeout)
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        connection.request(method, path, body=body, headers=headers)
        raw = connection.getresponse()
        response = Response(raw.status, raw.getheaders(), raw.read())
        connection.close()
        for cookie in response.headers_named("Set-Cookie"):
            name, _, rest = cookie.partition("=")
            value = rest.split(";")[0]
            if "Max-Age=0" in cookie:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post_json(self, path, payload, csrf=True, headers=None):
        h = {"Content-Type": "application/json"}
        if csrf and self.csrf:
            h["X-CSRF-Token"] = self.csrf
        h.update(headers or {})
        return self.request("POST", path, json.dumps(payload).encode(), h)

    def login(self, user, password=PASSWORD):
        r = self.post_json("/api/login", {"user": user, "password": password}, csrf=False)
        if r.status == 200:
            self.csrf = r.json()["csrf"]
        return r

    def post_files(self, path, files, fields=None, csrf=True):
        """multipart/form-data: `files` a list of (name, bytes), sent as `files`."""
        boundary = uuid.uuid4().hex
        parts = []
        for key, value in (fields or {}).items():
            parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n"
                          % (boundary, key)).encode() + value.encode() + b"\r\n")
        for name, content in files:
            quoted = name.replace('"', "%22")
            parts.append(("--%s\r\nContent-Disposition: form-data; name=\"files\"; "
                          "filename=\"%s\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                          % (boundary, quoted)).encode() + content + b"\r\n")
        body = b"".join(parts) + ("--%s--\r\n" % boundary).encode()
        headers = {"Content-Type": "multipart/form-data; boundary=" + boundary}
        if csrf and self.csrf:
            headers["X-CSRF-Token"] = self.csrf
        return self.request("POST", path, body, headers)

    def post_form(self, path, fields):
        body = urllib.parse.urlencode(fields).encode()
        return self.request("POST", path, body,
                            {"Content-Type": "application/x-www-form-urlencoded"})


def sample_files(folder):
    files = []
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".csv")):
        with open(os.path.join(folder, name), "rb") as f:
            files.append((name, f.read()))
    return files


def wait_until(predicate, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False
