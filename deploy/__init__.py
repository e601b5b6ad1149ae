"""What runs the portal beyond the app: the proxies' configuration and the cluster script."""
