"""CanvasReview: a flagged quasi-identifier is generalised to its suggested wording; a resource's name is
masked as a place; what cannot be generalised is refused with a code."""

from __future__ import annotations

from datetime import date

import pytest

from app.cdp.review import CanvasReview
from app.cdp.sessions import CdpSessionData, CdpSessionService
from app.errors import ValidationError
from app.services import Services
from tests.app.cdp_fixture import build_two_situations


@pytest.fixture
def review(register) -> CanvasReview:
    services = Services.for_register(register)
    consenting, _without = build_two_situations(services)
    cdp = CdpSessionService(services)
    session = cdp.set_situations(cdp.create(CdpSessionData(held_on=date(2026, 11, 19))).id, [consenting])
    return cdp.prepare_review(session, use_ner=False)


def test_a_flagged_commune_is_generalised_and_can_be_restored(review):
    key = f"{review.canvases[0].code}/narrative"
    review.edit(key, "Elle vit seule à Saint-Gilles depuis sa chute.")
    flag = next(r for r in review.fields[key].left_in_clear if r.generalisation)
    review.confirm()
    added = review.generalise(key, flag)
    assert not review.confirmed
    assert review.text(key) == f"Elle vit seule à {flag.generalisation} depuis sa chute."
    assert review.fields[key].left_in_clear == [] and added.kind == flag.kind
    with pytest.raises(ValidationError) as caught:
        review.generalise(key, flag)  # no longer flagged
    assert caught.value.code == "cdp.nothing_to_generalise"
    review.restore(key, added)
    assert "Saint-Gilles" in review.text(key)


def test_a_resource_name_is_masked_as_a_place_not_a_person(review):
    key = f"{review.canvases[0].code}/resource.1.name"
    source = review.fields[key].source
    added = review.mask(key, 0, len(source))
    assert added.kind == "MASQUÉ" and review.text(key).startswith("[MASQUÉ")
