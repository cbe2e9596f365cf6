"""Test tools shared by the store and UI tests: a team server with an account per role, and a TCP proxy that
can cut the connection to PostgreSQL (and ask for a password in front of a trust-auth server)."""
