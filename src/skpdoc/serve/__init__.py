"""``skpdoc serve``: the workspace in a browser, a small server-rendered Starlette app on :mod:`skpdoc.api`.

The app (:mod:`skpdoc.serve.app`) signs its sessions with a secret kept in the
workspace's ``.skpdoc/serve-secret``, checks a CSRF token on every form, sends
a Content-Security-Policy without inline scripts or styles and escapes every
text that comes from the specs; accounts are in ``.skpdoc/users.yaml``.
"""
