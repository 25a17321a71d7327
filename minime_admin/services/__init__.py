"""Use cases: one function per thing a user does. Plain values in and out; no Qt."""
