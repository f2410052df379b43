"""The redaction assistant: `redact suggest`, `redact apply` and `redact preview`.

`suggest` turns the gate's findings for one review into a decisions file a CSP officer can read
and edit; `apply` rewrites the review from those decisions and checks the result again;
`preview` serves the site locally with every finding highlighted. Decisions files hold real
names, so they are always `*.private.yml`: never committed, scanned as text or published.
"""
