"""The programme's fixed vocabulary (SPEC "Vocabulary"): keys are stable, labels are zh/en.

Input accepts the key, the Chinese name, or a unique prefix of either; a role also the
common English words for it (`Term.words`: 指导员 is a guide or an instructor as often as an
organizer), whole, or by a unique prefix when no key or name begins so.
"""

from __future__ import annotations

from typing import NamedTuple

from visitlog.domain.errors import Ambiguous, Invalid


class Term(NamedTuple):
    key: str
    zh: str
    en: str
    full: str = ""
    default: int = 0
    words: tuple[str, ...] = ()  # other English words for it, accepted as input

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


ROLES: tuple[Term, ...] = (
    Term("publicist", "宣传员", "publicist", "新思想新理论宣传员", words=("propagandist",)),
    Term("investigator", "调查员", "investigator", "企业和职工状况调查员",
         words=("researcher",)),
    Term("organizer", "指导员", "organizer", '建会建"家"指导员',
         words=("guide", "instructor", "organiser")),
    Term("coordinator", "协调员", "coordinator", "劳动关系协调员"),
    Term("helper", "服务员", "helper", "解难纾困服务员", words=("server", "service")),
)

SIX_ONES: tuple[Term, ...] = (
    Term("outreach", "宣教活动", "outreach", "组织一系列宣教活动", 4),
    Term("bargaining", "集体协商", "bargaining", "参与一次集体协商", 1),
    Term("brand", "特色品牌", "brand", "打造一个特色品牌", 1),
    Term("matters", "职工实事", "matters", "帮办一批职工实事", 10),
    Term("friends", "职工朋友", "friends", "结交一批职工朋友", 10),
    Term("innovation", "创新成果", "innovation", "提炼一批创新成果", 3),
)

OUTCOMES: tuple[Term, ...] = (
    Term("unions_formed", "指导组建工会", "unions formed"),
    Term("members_joined", "新入会会员", "members joined"),
    Term("unions_upgraded", "基层工会提档升级", "unions upgraded"),
    Term("disputes_resolved", "化解劳动关系矛盾", "disputes resolved"),
    Term("enterprises_relieved", "协助企业解难纾困", "enterprises relieved"),
    Term("models_built", "打造工作典型", "models built"),
)

ROLE_KEYS = tuple(term.key for term in ROLES)
OUTCOME_KEYS = tuple(term.key for term in OUTCOMES)
SIX_ONE_KEYS = tuple(term.key for term in SIX_ONES)


def resolve_term(terms: tuple[Term, ...], text: str, kind: str, *,
                 full_names: bool = False) -> Term:
    """Find the term typed as key, Chinese name (short or full) or a unique prefix of any.

    Errors list the choices with their short Chinese names, or full ones with `full_names`."""
    typed = text.strip()
    low = typed.lower()
    for term in terms:
        # `typed` is checked first: a term without a full name must not match an empty text
        if typed and (low == term.key or typed in (term.zh, term.full) or low in term.words):
            return term
    hits = [t for t in terms if low and (t.key.startswith(low) or t.zh.startswith(typed)
                                         or (t.full and t.full.startswith(typed)))]
    if not hits:  # another word's prefix only where no key or name begins so (`in`: investigator)
        hits = [t for t in terms if low and any(w.startswith(low) for w in t.words)]
    if len(hits) == 1:
        return hits[0]
    choices = ", ".join(f"{t.key} ({(t.full or t.zh) if full_names else t.zh})"
                        for t in (hits or terms))
    if hits:
        raise Ambiguous("vocab.ambiguous", kind=kind, text=typed, choices=choices)
    raise Invalid("vocab.unknown", kind=kind, text=typed, choices=choices)


def roles_to_mask(keys: list[str] | tuple[str, ...]) -> int:
    return sum(1 << ROLE_KEYS.index(key) for key in set(keys))


def mask_to_roles(mask: int) -> list[str]:
    return list(_ROLES_OF_MASK[mask & (len(_ROLES_OF_MASK) - 1)])


def roles_of_mask(mask: int) -> tuple[str, ...]:
    """mask_to_roles as one shared tuple per mask (a report of 10,000 rows need not copy)."""
    return _ROLES_OF_MASK[mask & (len(_ROLES_OF_MASK) - 1)]


_ROLES_OF_MASK = tuple(tuple(key for i, key in enumerate(ROLE_KEYS) if mask & (1 << i))
                       for mask in range(1 << len(ROLE_KEYS)))


def parse_roles(texts: list[str]) -> list[str]:
    """Resolve typed roles (each may hold several separated by ; ； , ， or 、) to keys, in
    order."""
    keys: list[str] = []
    for text in texts:
        for part in (text.replace(",", ";").replace("、", ";").replace("，", ";")
                     .replace("；", ";").split(";")):
            if part.strip():
                key = resolve_term(ROLES, part, "role").key
                if key not in keys:
                    keys.append(key)
    return [k for k in ROLE_KEYS if k in keys]
