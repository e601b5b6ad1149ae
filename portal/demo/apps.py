from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and its loader (``manage.py load_demo``): it stands above every
    app, as the settings and the URLs do."""

    name = "portal.demo"
    label = "demo"
    verbose_name = "Demo"
