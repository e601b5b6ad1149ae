"""`make cluster` (`python -m deploy`): the cluster of deploy/cluster.py in the foreground, with
where each part answers and the demo accounts; Ctrl-C (or SIGTERM) stops and removes it all."""

import contextlib
import json
import signal
import sys
import time

from deploy.cluster import Cluster


def interrupt(signum, frame):
    raise KeyboardInterrupt


def run():
    """`make cluster`: start, print where everything is, wait for Ctrl-C."""
    signal.signal(signal.SIGTERM, interrupt)
    print("Démarrage du cluster (PostgreSQL, Redis, S3, 2 serveurs, worker, nginx, Varnish)…")
    with Cluster() as cluster:
        accounts = json.loads((cluster.dir / "prepare.json").read_text())["accounts"]
        print()
        for label, value in (
            ("Le site (Varnish)", f"{cluster.public_url}/fr/"),
            ("L'admin", f"{cluster.public_url}/admin/"),
            ("Santé", f"{cluster.public_url}/health/"),
            ("Serveur A seul, B seul", f"{cluster.urls['node_a']}  {cluster.urls['node_b']}"),
            ("nginx (sans Varnish)", cluster.urls["nginx"]),
            ("S3 (moto)", cluster.s3_endpoint),
            ("Base de données", cluster.database_url),
            ("Journaux, e-mails", cluster.dir),
        ):
            print(f"{label:24}{value}")
        print("\nComptes de démonstration :")
        for email, password, role in accounts:
            print(f"  {email:32} {password:26} {role}")
        print(f"\nPrêt en {cluster.timings['start']} s. Ctrl-C arrête tout et efface le dossier.")
        with contextlib.suppress(KeyboardInterrupt):
            while all(process.poll() is None for process in cluster.processes.values()):
                time.sleep(1)
            stopped = [name for name, p in cluster.processes.items() if p.poll() is not None]
            print(f"Arrêté : {', '.join(stopped)}", file=sys.stderr)


if __name__ == "__main__":
    run()
