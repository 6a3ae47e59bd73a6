"""The referent's own contact, printed on the handover sheet: stored in the register (it belongs to the
register's owner, and the window and `relais document` must read the same one)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace

from app.errors import ValidationError
from app.resources_directory import normalise_phone
from app.validation import check_email, check_text_length
from storage.models import AppSetting
from storage.register import Register

SETTING_KEY = "referent_contact"


@dataclass(frozen=True)
class ReferentContact:
    name: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""

    @property
    def missing(self) -> bool:
        """A contact needs a name and a way to reach them."""
        return not self.name.strip() or not (self.phone.strip() or self.email.strip())


def referent_contact(register: Register) -> ReferentContact:
    with register.session() as session:
        row = session.get(AppSetting, SETTING_KEY)
        stored = row.value if row is not None else ""
    try:
        values = json.loads(stored) if stored else {}
    except ValueError:
        values = {}
    known = {k: str(v) for k, v in values.items() if k in ReferentContact.__dataclass_fields__}
    return ReferentContact(**known)


def save_referent_contact(register: Register, contact: ReferentContact) -> ReferentContact:
    contact = ReferentContact(**{k: " ".join(v.split()) for k, v in asdict(contact).items()})
    for name, value in asdict(contact).items():
        check_text_length(value, 200, name)
    if not contact.name:  # the documents say who to call: a contact without a name says nothing
        raise ValidationError("referent_name", "validation.required")
    # the number goes on the person's fridge: written the usual way when it is a known Belgian or
    # international form, and at least made of digits ("pas de numéro" is not a number to call)
    contact = replace(contact, phone=_dialable(contact.phone))
    check_email(contact.email)
    with register.session() as session:
        session.merge(AppSetting(key=SETTING_KEY, value=json.dumps(asdict(contact), ensure_ascii=False)))
    return contact


def _dialable(phone: str) -> str:
    try:
        return normalise_phone(phone)
    except ValidationError:
        if re.fullmatch(r"\+?[\d ./()-]{6,}", phone):
            return phone  # a number phonenumbers does not know (a new range, an extension): kept as typed
        raise
