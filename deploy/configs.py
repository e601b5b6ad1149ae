"""nginx's and Varnish's configuration for the cluster (deploy/cluster.py), made from the files
production uses (deploy/nginx.conf, deploy/varnish.vcl) with this machine's ports and folders.

`ports` names each process's port: "nginx" (Varnish's backend), "app_a", "app_b" (gunicorn),
"node_a", "node_b" (nginx, one app server alone)."""

import os
import re
import shutil
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent
APPS = ("app_a", "app_b")

MAIN = """{user}
worker_processes 2;
pid {folder}/nginx.pid;
error_log {logs}/nginx-error.log warn;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    server_tokens off;
    access_log {logs}/nginx-access.log;
    client_body_temp_path {folder}/client_body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/portal.conf;
{nodes}}}
"""
# One app server alone, as if through Varnish and nginx: the public Host (allauth counts failed
# logins per host and address), the client's address twice (TRUSTED_PROXY_COUNT=2) whatever
# X-Forwarded-For the client sent; /media/ as nginx serves it.
NODE = """
    upstream portal_{name} {{ server 127.0.0.1:{port}; }}
    server {{
        listen 127.0.0.1:{listen};
        client_max_body_size 12m;
        location /media/ {{
            proxy_pass http://127.0.0.1:{nginx};
        }}
        location / {{
            proxy_pass http://portal_{name};
            proxy_set_header Host {public_host};
            proxy_set_header X-Forwarded-For "$remote_addr, $remote_addr";
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
"""


def site(ports, static_root, media_bucket_url):
    """deploy/nginx.conf with its placeholders filled."""
    text = (DEPLOY / "nginx.conf").read_text()
    servers = " ".join(
        f"server 127.0.0.1:{ports[app]} max_fails=1 fail_timeout=2s;" for app in APPS
    )
    for placeholder, value in {
        "APP_SERVERS": servers,
        "LISTEN": f"127.0.0.1:{ports['nginx']}",
        "STATIC_ROOT": str(static_root),
        "MEDIA_BUCKET_URL": media_bucket_url,
    }.items():
        text = text.replace("{{" + placeholder + "}}", value)
    return text


def write_nginx(folder, ports, static_root, media_bucket_url, logs=None):
    """nginx.conf (and portal.conf beside it) for `nginx -p folder -c folder/nginx.conf`."""
    folder = Path(folder)
    for temporary in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / temporary).mkdir(exist_ok=True)
        if os.geteuid() == 0:
            # Started as root, the workers run as nobody, and buffer uploads in client_body.
            shutil.chown(folder / temporary, "nobody")
    (folder / "portal.conf").write_text(site(ports, static_root, media_bucket_url))
    nodes = "".join(
        NODE.format(
            name=app,
            port=ports[app],
            listen=ports["node_" + app[-1]],
            nginx=ports["nginx"],
            public_host=f"127.0.0.1:{ports['varnish']}",
        )
        for app in APPS
    )
    user = "user nobody nogroup;" if os.geteuid() == 0 else ""
    logs = logs or folder
    (folder / "nginx.conf").write_text(
        MAIN.format(user=user, folder=folder, logs=logs, nodes=nodes)
    )
    return folder / "nginx.conf"


def write_vcl(path, nginx_port):
    """deploy/varnish.vcl with nginx's port as its backend's."""
    vcl = (DEPLOY / "varnish.vcl").read_text()
    vcl, count = re.subn(r'\.port = "\d+";', f'.port = "{nginx_port}";', vcl, count=1)
    if count != 1:
        raise ValueError("deploy/varnish.vcl: no backend port to set.")
    Path(path).write_text(vcl)
    return Path(path)
