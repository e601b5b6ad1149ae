"""The proxies' configuration in deploy/ is valid for the installed nginx and Varnish and keeps
the member areas out of Varnish (the cluster itself runs in test_cluster.py)."""

import re
import subprocess
from pathlib import Path

import pytest

from deploy import configs
from deploy.cluster import tool
from portal.core.privacy_headers import private_prefixes

VCL = Path(configs.DEPLOY, "varnish.vcl")
PORTS = {
    "varnish": 6081,
    "nginx": 8080,
    "node_a": 8091,
    "node_b": 8092,
    "app_a": 8001,
    "app_b": 8002,
}


def test_varnish_never_looks_up_the_member_and_account_areas():
    """The VCL's list is the privacy middleware's, in every language."""
    passed = re.search(r'req\.url ~ "\^/\(([^)]*)\)/"\)', VCL.read_text()).group(1)
    assert {f"/{prefix}/" for prefix in passed.split("|")} == set(private_prefixes())


@pytest.mark.skipif(not tool("varnishd"), reason="varnish is not installed (make cluster-tools)")
def test_the_vcl_compiles(tmp_path):
    vcl = configs.write_vcl(tmp_path / "default.vcl", 8123)
    assert '.port = "8123";' in vcl.read_text()
    # No jail: as root, varnishd would read the file as another user.
    result = subprocess.run(
        [tool("varnishd"), "-C", "-j", "none", "-f", str(vcl)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.skipif(not tool("nginx"), reason="nginx is not installed (make cluster-tools)")
def test_the_nginx_configuration_is_valid(tmp_path):
    (tmp_path / "static").mkdir()
    conf = configs.write_nginx(tmp_path, PORTS, tmp_path / "static", "http://127.0.0.1:9000/media")
    assert "{{" not in (tmp_path / "portal.conf").read_text()
    result = subprocess.run(
        [tool("nginx"), "-t", "-p", str(tmp_path), "-c", str(conf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
