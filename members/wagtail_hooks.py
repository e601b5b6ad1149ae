from wagtail import hooks

from .admin_views import ApplicationViewSet, SessionViewSet


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return SessionViewSet()
