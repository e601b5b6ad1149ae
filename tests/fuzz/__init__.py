"""Hypothesis-driven hostile input against every public, member and staff form and URL
parameter: no 5xx, nothing half-saved (issue 14, point 5).

- ``strategies``: the hostile values and how a form is sent (multipart, urlencoded, bytes
  that are not UTF-8, JSON of wrong types);
- ``harness``: one request in a savepoint rolled back, its status and what it wrote;
- ``conftest``: the world attacked, and the count of requests per form printed at the end
  (``FUZZ_REPORT=path.json`` writes it as JSON);
- ``test_public_fuzz``, ``test_member_fuzz``, ``test_staff_fuzz``: the forms and
  parameters of visitors, signed-in members and staff; ``test_stored_fuzz``: what the
  forms accept, read back by every page and export.

``FUZZ_SCALE=5 pytest tests/fuzz`` sends five times the examples (a longer hunt)."""
