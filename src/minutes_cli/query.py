"""Questions across records: whose actions, by owner name, first name or initials."""
from __future__ import annotations

from .grammar.names import fold


def owner_matches(query: str, owners: list[str], mentions: list[str]) -> bool:
    """`anna` finds `Anna Fogel`; `A-M` finds the action whose owner was written `A-M`
    or whose initials are A-M; case and accents do not matter."""
    wanted = fold(query).strip()
    if not wanted:
        return True
    bare = wanted.replace("-", "").replace(".", "").replace(" ", "")
    for name in list(owners) + list(mentions):
        have = fold(name)
        tokens = have.split()
        if have == wanted or (tokens and tokens[0] == wanted):
            return True
        if len(wanted.split()) > 1 and all(t in tokens for t in wanted.split()):
            return True
        if tokens and len(bare) <= 4 and _initials(tokens) == bare:
            return True
        if have.replace("-", "").replace(".", "") == bare:
            return True
    return False


def _initials(tokens: list[str]) -> str:
    given = tokens[0].split("-")
    if len(given) > 1:
        return "".join(g[:1] for g in given)
    return "".join(t[:1] for t in tokens)
