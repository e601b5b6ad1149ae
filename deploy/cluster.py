"""A production-like cluster on this machine, the runnable small copy of docs/deployment.md:

    client → Varnish → nginx ─┬→ gunicorn A ─┐
                              ├→ gunicorn B ─┼→ PostgreSQL (a fresh database), Redis (cache,
                              │              │  sessions, throttles), S3 (moto's server: the
                              │  the worker ─┘  public and the private bucket)
                              ├→ /static/ (collected files)
                              └→ /media/images/, /media/original_images/ (the public bucket)

Both app servers run the same code with `portal.settings.production`; the tasks worker
(`manage.py db_worker`) sends the e-mails (to files) and the BANs to Varnish. nginx also listens
on one "node" port per app server, to reach A or B alone (tests, a person); those write
X-Forwarded-For as Varnish and nginx would together (TRUSTED_PROXY_COUNT=2).

    make cluster                       # python -m deploy: in the foreground, Ctrl-C stops
    tests/cluster/test_cluster.py      # drives it through `Cluster`, a context manager

Everything lives in one temporary folder, stopped and removed at the end, even on failure.
Nothing is installed here (`make cluster-tools` installs Debian's nginx, varnish and
redis-server). The database server: CLUSTER_DATABASE_URL, else DATABASE_URL when it is
PostgreSQL, else postgres://postgres@127.0.0.1:5432/ambassadeurs; the cluster's database is
that name + "_cluster", dropped and created again. CLUSTER_REDIS_URL uses that Redis (its
database is flushed) instead of starting one.
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from deploy import configs

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SBIN = os.pathsep.join([os.environ.get("PATH", ""), "/usr/local/sbin", "/usr/sbin", "/sbin"])
TOOLS = ("nginx", "varnishd", "redis-server")
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/ambassadeurs"
MEDIA_BUCKET = "ambassadeurs-media"
PRIVATE_BUCKET = "ambassadeurs-private"
REGION = "eu-west-3"
# The public bucket's policy: anyone may read images, nothing else (moto stores it, a real
# S3 enforces it).
PUBLIC_FOLDERS = ("images", "original_images")
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
        "Resource": [f"arn:aws:s3:::{MEDIA_BUCKET}/{name}/*" for name in PUBLIC_FOLDERS],
    }],
}  # fmt: skip
# The environment of the caller that must not reach the cluster's processes.
NOT_PASSED = ("DJANGO_", "AWS_", "PYTEST_", "CLUSTER_")
NOT_PASSED_NAMES = {
    "DATABASE_URL", "REDIS_URL", "VARNISH_URL", "TASKS_BACKEND", "CACHE_DIR", "SERVE_MEDIA",
    "EMAIL_URL", "EMAIL_HOST", "CLOUDFRONT_DISTRIBUTION_ID", "WEB_CONCURRENCY",
}  # fmt: skip


def tool(name):
    return shutil.which(name, path=SBIN)


def missing_tools():
    return [name for name in TOOLS if not tool(name)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_urls():
    """(the server's URL with the database `postgres`, the cluster's database URL, its name)."""
    url = os.environ.get("CLUSTER_DATABASE_URL") or os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = DEFAULT_SERVER
    base, name = url.rsplit("/", 1)
    name = name.split("?", 1)[0] + "_cluster"
    return f"{base}/postgres", f"{base}/{name}", name


def http_get(url, timeout=5):
    """(status, body) of a GET, or (None, the error) when nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, OSError) as error:
        return None, str(error).encode()


def s3_client(endpoint):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id="cluster",
        aws_secret_access_key="cluster",
    )


class ClusterError(RuntimeError):
    pass


class Cluster:
    """Start with `with Cluster() as cluster:`; `cluster.urls` says where each part answers;
    `cluster.timings` how long each start took (seconds)."""

    APPS = configs.APPS

    def __init__(self, log=print, workers_per_app=2):
        self.log = log
        self.workers_per_app = workers_per_app
        self.processes = {}
        self.commands = {}
        self.timings = {}
        self.dir = None
        self.database_created = False
        self.server_url, self.database_url, self.database_name = database_urls()
        self.external_redis = os.environ.get("CLUSTER_REDIS_URL")

    # ---- starting and stopping ------------------------------------------------------------

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self):
        if missing := missing_tools():
            raise ClusterError(f"Missing {', '.join(missing)}: run `make cluster-tools`.")
        started = time.monotonic()
        self.dir = Path(tempfile.mkdtemp(prefix="ambassadeurs-cluster-"))
        # nginx's and Varnish's workers (other users when started as root) read in here.
        self.dir.chmod(0o755)
        for folder in ("logs", "static", "emails", "nginx", "varnish", "redis", "tmp"):
            (self.dir / folder).mkdir()
        names = ("varnish", "nginx", "node_a", "node_b", "app_a", "app_b", "moto", "redis")
        self.ports = {name: free_port() for name in names}
        self.urls = {name: f"http://127.0.0.1:{self.ports[name]}" for name in names}
        self.public_url = self.urls["varnish"]
        self.s3_endpoint = self.urls["moto"]
        self.redis_url = self.external_redis or f"redis://127.0.0.1:{self.ports['redis']}/0"
        self.env = self.app_env()

        self.timed("database", self.create_database)
        self.spawn("moto", f"{PYTHON} -m moto.server -H 127.0.0.1 -p {self.ports['moto']}".split())
        if self.external_redis:
            self.timed("redis", self.flush_external_redis)
        else:
            redis = f"{tool('redis-server')} --bind 127.0.0.1 --port {self.ports['redis']}"
            redis += f" --dir {self.dir / 'redis'} --appendonly yes --daemonize no"
            self.spawn("redis", [*redis.split(), "--save", ""])
            self.timed("redis", self.wait_for_redis)
        collect = self.spawn("collectstatic", self.manage("collectstatic --no-input -v0"))
        # Migrations and the demo (its images go to the bucket, which exists by then).
        # Its tasks (search index, e-mails) run at once, and Varnish, not started, is not purged.
        env = {**self.env, "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
        del env["VARNISH_URL"]
        prepare = f"{PYTHON} -m deploy.prepare {self.ports['varnish']} {self.dir}"
        prepare = self.spawn("prepare", prepare.split(), env)
        self.timed("s3", self.start_buckets)
        self.timed("collectstatic", lambda: self.finish(collect, 600))
        self.timed("migrate_and_demo", lambda: self.finish(prepare, 900))
        self.timings.update(json.loads((self.dir / "prepare.json").read_text())["timings"])

        for app in self.APPS:
            self.spawn(app, self.gunicorn_command(app))
        self.spawn("worker", self.manage("db_worker --no-startup-delay"))
        bucket_url = f"{self.s3_endpoint}/{MEDIA_BUCKET}"
        configs.write_nginx(
            self.dir / "nginx", self.ports, self.dir / "static", bucket_url, self.dir / "logs"
        )
        configs.write_vcl(self.dir / "varnish" / "default.vcl", self.ports["nginx"])
        nginx = self.dir / "nginx"
        nginx = f"{tool('nginx')} -p {nginx} -c {nginx / 'nginx.conf'}"
        self.spawn("nginx", [*nginx.split(), "-g", "daemon off;"])
        varnish = self.dir / "varnish"
        varnish = (
            f"{tool('varnishd')} -F -n {varnish / 'work'} -f {varnish / 'default.vcl'}"
            f" -a 127.0.0.1:{self.ports['varnish']} -T 127.0.0.1:0 -s malloc,64m"
        )
        self.spawn("varnish", varnish.split())
        self.timed("app_servers", lambda: [self.wait_for_app(app) for app in self.APPS])
        self.timed("proxies", self.wait_for_proxies)
        self.timings["start"] = round(time.monotonic() - started, 1)

    def stop(self):
        # Every process told at once, then waited for.
        names = list(self.processes)
        for name in names:
            self.signal(name, signal.SIGTERM)
        for name in names:
            self.stop_process(name)
        if self.database_created:
            with contextlib.suppress(Exception):
                self.admin_sql(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')
            self.database_created = False
        if self.dir is not None and os.environ.get("CLUSTER_KEEP") != "1":
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    # ---- processes ----------------------------------------------------------------------

    def spawn(self, name, command, env=None):
        self.commands[name] = (command, env or self.env)
        log = (self.dir / "logs" / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env or self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        self.processes[name] = process
        return process

    def signal(self, name, number):
        process = self.processes.get(name)
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, number)

    def stop_process(self, name, kill=False):
        """Stop one process and its children (SIGTERM, or SIGKILL: a crash)."""
        self.signal(name, signal.SIGKILL if kill else signal.SIGTERM)
        process = self.processes.pop(name, None)
        if process is None:
            return
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def start_process(self, name):
        """Start a stopped process again (an app server, moto's server), and wait for it."""
        command, env = self.commands[name]
        self.spawn(name, command, env)
        if name in self.APPS:
            self.wait_for_app(name)
        elif name == "moto":
            self.start_buckets()

    def finish(self, process, timeout):
        name = next(key for key, value in self.processes.items() if value is process)
        if process.wait(timeout=timeout) != 0:
            raise ClusterError(f"{name} failed:\n{self.log_tail(name)}")
        self.processes.pop(name)

    def log_tail(self, name, size=4000):
        path = self.dir / "logs" / f"{name}.log"
        return path.read_text(errors="replace")[-size:] if path.exists() else ""

    def timed(self, name, action):
        started = time.monotonic()
        action()
        self.timings[name] = round(time.monotonic() - started, 1)
        self.log(f"  {name} : {self.timings[name]} s")

    def run_manage(self, *args):
        """A management command in the cluster's environment; what it printed."""
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise ClusterError(f"manage.py {args[0]} failed:\n{result.stderr[-4000:]}")
        return result.stdout

    def wait(self, what, ready, timeout=120, names=()):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name in names:
                if self.processes[name].poll() is not None:
                    raise ClusterError(f"{name} stopped:\n{self.log_tail(name)}")
            if ready():
                return
            time.sleep(0.2)
        tails = "\n".join(self.log_tail(name) for name in names)
        raise ClusterError(f"{what} not ready within {timeout} s:\n{tails}")

    # ---- each part ----------------------------------------------------------------------

    def app_env(self):
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(NOT_PASSED) and key not in NOT_PASSED_NAMES
        }
        env.update(
            DJANGO_SETTINGS_MODULE="portal.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=self.database_url,
            REDIS_URL=self.redis_url,
            AWS_STORAGE_BUCKET_NAME=MEDIA_BUCKET,
            AWS_PRIVATE_BUCKET_NAME=PRIVATE_BUCKET,
            AWS_S3_ENDPOINT_URL=self.s3_endpoint,
            AWS_S3_REGION_NAME=REGION,
            AWS_ACCESS_KEY_ID="cluster",
            AWS_SECRET_ACCESS_KEY=secrets.token_hex(16),
            VARNISH_URL=self.public_url,
            WAGTAILADMIN_BASE_URL=self.public_url,
            # The node ports reach the apps with the public Host: browsers' forms there too.
            CSRF_TRUSTED_ORIGINS=f"{self.urls['node_a']},{self.urls['node_b']}",
            # Varnish and nginx each add to X-Forwarded-For.
            TRUSTED_PROXY_COUNT="2",
            STATIC_ROOT=str(self.dir / "static"),
            MEDIA_ROOT=str(self.dir / "tmp" / "media"),
            PRIVATE_MEDIA_ROOT=str(self.dir / "tmp" / "private"),
            EMAIL_FILE_PATH=str(self.dir / "emails"),
            # Plain HTTP on 127.0.0.1: no TLS proxy in this copy.
            SECURE_SSL_REDIRECT="0",
            SECURE_COOKIES="0",
            SECURE_HSTS_SECONDS="0",
            ACCOUNT_DEFAULT_HTTP_PROTOCOL="http",
            LOG_LEVEL="INFO",
        )
        return env

    def manage(self, args):
        return [PYTHON, "manage.py", *args.split()]

    def gunicorn_command(self, app):
        gunicorn = Path(PYTHON).parent / "gunicorn"
        return (
            f"{gunicorn} portal.wsgi:application --bind 127.0.0.1:{self.ports[app]}"
            f" --workers {self.workers_per_app} --name ambassadeurs-{app}"
            " --access-logfile - --graceful-timeout 5 --preload --no-control-socket"
        ).split()

    def admin_sql(self, sql):
        import psycopg2

        connection = psycopg2.connect(self.server_url)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    def create_database(self):
        self.admin_sql(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')
        self.admin_sql(f'CREATE DATABASE "{self.database_name}"')
        self.database_created = True
        # A throwaway database: commits need not wait for the disk.
        self.admin_sql(f'ALTER DATABASE "{self.database_name}" SET synchronous_commit = off')

    def redis_command(self, *words):
        import redis

        return redis.Redis.from_url(self.redis_url, socket_timeout=2).execute_command(*words)

    def flush_external_redis(self):
        self.redis_command("FLUSHDB")

    def wait_for_redis(self):
        def answers():
            try:
                return self.redis_command("PING")
            except Exception:
                return False

        self.wait("Redis", answers, timeout=30, names=["redis"])

    def start_buckets(self):
        """Wait for moto's server, then create both buckets (again after a restart)."""
        self.wait("moto", lambda: http_get(self.s3_endpoint)[0] == 200, 60, ["moto"])
        client = s3_client(self.s3_endpoint)
        where = {"LocationConstraint": REGION}
        for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
            client.create_bucket(Bucket=bucket, CreateBucketConfiguration=where)
            client.put_public_access_block(
                Bucket=bucket,
                PublicAccessBlockConfiguration={
                    "BlockPublicAcls": True,
                    "IgnorePublicAcls": True,
                    "BlockPublicPolicy": bucket == PRIVATE_BUCKET,
                    "RestrictPublicBuckets": bucket == PRIVATE_BUCKET,
                },
            )
        client.put_bucket_policy(Bucket=MEDIA_BUCKET, Policy=json.dumps(PUBLIC_READ))

    def wait_for_app(self, app):
        url = self.urls[app] + "/health/"
        self.wait(app, lambda: http_get(url)[0] == 200, 120, [app])

    def wait_for_proxies(self):
        for name in ("node_a", "node_b"):
            self.wait(
                name, lambda n=name: http_get(self.urls[n] + "/health/")[0] == 200, 30, ["nginx"]
            )
        self.wait("Varnish", lambda: http_get(self.public_url + "/fr/")[0] == 200, 60, ["varnish"])
