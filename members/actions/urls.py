"""The member's action log (under the member area's prefix)."""

urlpatterns = []
