"""keyslots.json: the random data key wrapped by each way in (passphrase, recovery code).

Each slot stores AES-256-GCM(KEK, data key) with associated data `register id + slot name`, so a slot can
be neither moved to another register nor swapped with another slot. The KEK comes from Argon2id with the
parameters stored in the slot (tuned at creation so that unlocking costs about half a second).
A short key-check value lets us recognise a stale key from the OS keyring without touching the database.

The file is kept twice (keyslots.json and keyslots.backup.json, as LUKS2 keeps two headers), each with the
SHA-256 of its canonical content: a flipped bit is "damaged key file" (and the good copy is used and
rewritten), never "wrong passphrase"; a copy without a checksum (written before 0.x) is read as it is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from storage.atomic import write_atomically
from storage.errors import KeySlotsError, WrongSecretError

FORMAT = "relais-keyslots"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
MIN_MEMORY_KIB = 64 * 1024
# Above these a hostile or damaged file would hang unlocking or exhaust memory (tuning stays far below).
MAX_ITERATIONS = 256
MAX_MEMORY_KIB = 1024 * 1024
MAX_LANES = 16
MAX_KEYSLOTS_BYTES = 64 * 1024
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = 32 + 16  # the data key and the GCM tag
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
# Recovery codes: 24 symbols of a 30-letter alphabet without look-alikes (no 0/O, 1/I/L, U) ≈ 118 bits.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_SYMBOLS = 24
RECOVERY_GROUP = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored beside each slot so that later tuning never locks anyone out."""

    salt: bytes
    iterations: int
    memory_kib: int = MIN_MEMORY_KIB
    lanes: int = 4

    def derive(self, secret: str) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret.encode("utf-8"))

    def to_json(self) -> dict:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        if data.get("name") != "argon2id":
            raise KeySlotsError("keyslots.unknown_kdf")
        params = cls(
            _unb64(data["salt"]), int(data["iterations"]), int(data["memory_kib"]), int(data["lanes"])
        )
        if params.memory_kib < MIN_MEMORY_KIB or params.iterations < 1 or len(params.salt) < 16:
            raise KeySlotsError("keyslots.weak_kdf")
        too_costly = (params.iterations > MAX_ITERATIONS or params.memory_kib > MAX_MEMORY_KIB
                      or not 1 <= params.lanes <= MAX_LANES)
        if too_costly:
            raise KeySlotsError("keyslots.kdf_too_costly", iterations=params.iterations,
                                memory_kib=params.memory_kib, lanes=params.lanes)
        return params


@dataclass(frozen=True)
class Slot:
    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict:
        return {"kdf": self.kdf.to_json(), "nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped_key)}

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(KdfParams.from_json(data["kdf"]), _unb64(data["nonce"]), _unb64(data["wrapped_key"]))

    def is_well_formed(self) -> bool:
        return len(self.nonce) == NONCE_BYTES and len(self.wrapped_key) == WRAPPED_KEY_BYTES


@dataclass
class KeySlots:
    """The content of keyslots.json (never holds the data key in clear)."""

    register_id: str
    key_check: bytes
    slots: dict[str, Slot] = field(default_factory=dict)
    created: str = ""
    damaged_copies: list[str] = field(default_factory=list, compare=False)  # file names, set by `load`

    # -- creation and (un)wrapping -------------------------------------------------------------------
    @classmethod
    def create(cls, data_key: bytes, passphrase: str, recovery_code: str, iterations: int) -> KeySlots:
        register_id = str(uuid.uuid4())
        slots = cls(register_id, key_check_value(data_key, register_id), {}, _now())
        slots.set_slot(PASSPHRASE_SLOT, data_key, passphrase, iterations)
        slots.set_slot(RECOVERY_SLOT, data_key, normalise_recovery_code(recovery_code), iterations)
        return slots

    def set_slot(self, name: str, data_key: bytes, secret: str, iterations: int) -> None:
        params = KdfParams(salt=os.urandom(16), iterations=iterations)
        nonce = os.urandom(12)
        wrapped = AESGCM(params.derive(secret)).encrypt(nonce, data_key, self._aad(name))
        self.slots[name] = Slot(params, nonce, wrapped)

    def unwrap(self, name: str, secret: str) -> bytes:
        """Return the data key, or raise WrongSecretError (the files are never touched)."""
        slot = self.slots.get(name)
        if slot is None:
            raise KeySlotsError("keyslots.missing_slot", slot=name)
        if not slot.is_well_formed():
            raise KeySlotsError("keyslots.damaged_slot", slot=name)  # bit rot, not a wrong secret
        if name == RECOVERY_SLOT:
            secret = normalise_recovery_code(secret)
        try:
            data_key = AESGCM(slot.kdf.derive(secret)).decrypt(slot.nonce, slot.wrapped_key, self._aad(name))
        except InvalidTag:
            if name == RECOVERY_SLOT:
                raise WrongSecretError("register.wrong_recovery_code") from None
            raise WrongSecretError("register.wrong_secret") from None
        if not self.matches(data_key):
            raise KeySlotsError("keyslots.inconsistent")
        return data_key

    def matches(self, data_key: bytes) -> bool:
        return hmac.compare_digest(key_check_value(data_key, self.register_id), self.key_check)

    def _aad(self, name: str) -> bytes:
        return f"{self.register_id}/{name}".encode()

    # -- file ---------------------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "register_id": self.register_id,
            "created": self.created,
            "cipher": "AES-256-GCM",
            "key_check": _b64(self.key_check),
            "slots": {name: slot.to_json() for name, slot in sorted(self.slots.items())},
        }

    def save(self, path: Path) -> None:
        """Write both copies, the main one first: a crash in between leaves a good main copy."""
        data = self.file_bytes()
        write_atomically(path, data)
        write_atomically(backup_copy_path(path), data)
        self.damaged_copies = []

    def file_bytes(self) -> bytes:
        """The content of either copy: the slots and the SHA-256 of their canonical form."""
        content = self.to_json()
        return (json.dumps({**content, "sha256": content_checksum(content)}, indent=2) + "\n").encode("utf-8")

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """The first sound copy (main, then backup); `damaged_copies` names the others for `repair`."""
        errors: list[KeySlotsError] = []
        for index, copy in enumerate((path, backup_copy_path(path))):
            try:
                slots = cls._load_copy(copy)
            except KeySlotsError as error:
                errors.append(error)
                continue
            if index == 1:
                slots.damaged_copies = [path.name]
            elif not _same_copy(backup_copy_path(path), slots):
                slots.damaged_copies = [backup_copy_path(path).name]
            return slots
        main_error, backup_error = errors
        raise backup_error if main_error.code == "keyslots.missing" else main_error

    @classmethod
    def _load_copy(cls, path: Path) -> KeySlots:
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_KEYSLOTS_BYTES + 1)
            data = json.loads(raw.decode("utf-8"))
        except FileNotFoundError:
            raise KeySlotsError("keyslots.missing") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise KeySlotsError("keyslots.unreadable") from None
        if len(raw) > MAX_KEYSLOTS_BYTES:
            raise KeySlotsError("keyslots.unreadable")
        if isinstance(data, dict) and "sha256" in data:
            checksum = data.pop("sha256")
            if not isinstance(checksum, str) or not hmac.compare_digest(checksum, content_checksum(data)):
                raise KeySlotsError("keyslots.damaged", file=path.name)
        return cls.from_json(data)

    def repair(self, path: Path) -> bool:
        """Rewrite a damaged or missing copy from the sound one; True if something was rewritten."""
        if not self.damaged_copies:
            return False
        self.save(path)
        return True

    def check_slots(self) -> None:
        """`verify`: every slot well formed (the recovery slot cannot be unwrapped without its code)."""
        for name, slot in self.slots.items():
            if not slot.is_well_formed():
                raise KeySlotsError("keyslots.damaged_slot", slot=name)

    @classmethod
    def from_json(cls, data: object) -> KeySlots:
        try:
            if data.get("format") != FORMAT:  # type: ignore[union-attr]
                raise KeySlotsError("keyslots.not_keyslots")
            if data["version"] != FORMAT_VERSION:  # type: ignore[index]
                raise KeySlotsError("keyslots.unknown_version")
            slots = {name: Slot.from_json(s) for name, s in data["slots"].items()}  # type: ignore[index]
            result = cls(
                str(data["register_id"]),
                _unb64(data["key_check"]),
                slots,  # type: ignore[index]
                str(data.get("created", "")),
            )  # type: ignore[union-attr]
        except KeySlotsError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError):
            raise KeySlotsError("keyslots.malformed") from None
        if PASSPHRASE_SLOT not in result.slots:
            raise KeySlotsError("keyslots.no_passphrase_slot")
        return result


# -- helpers ------------------------------------------------------------------------------------------
def _same_copy(path: Path, slots: KeySlots) -> bool:
    """True if the copy at `path` is sound and holds the same slots (a crash between the two writes of a
    passphrase change leaves the copy one step behind: it is rewritten)."""
    try:
        return KeySlots._load_copy(path).to_json() == slots.to_json()
    except KeySlotsError:
        return False


def backup_copy_path(path: Path) -> Path:
    """keyslots.json → keyslots.backup.json, beside it."""
    return path.with_name(f"{path.stem}.backup{path.suffix}")


def content_checksum(content: dict) -> str:
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def key_check_value(data_key: bytes, register_id: str) -> bytes:
    return hmac.new(data_key, b"relais-key-check/" + register_id.encode(), hashlib.sha256).digest()[:16]


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_SYMBOLS))
    groups = [symbols[i : i + RECOVERY_GROUP] for i in range(0, len(symbols), RECOVERY_GROUP)]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """Accept the code however it is typed back: lower case, spaces or dashes between groups."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def tune_iterations(target_seconds: float = 0.5, memory_kib: int = MIN_MEMORY_KIB) -> int:
    """Pick Argon2id iterations so one derivation costs about `target_seconds` on this machine.

    Two probes (1 and 3 passes) separate the fixed cost of allocating the memory from the cost of one pass.
    Each is the fastest of three: a single probe slowed by another program (or sped up by a quiet moment
    for one and not the other) once tuned 29 passes where 20 were right, and every unlock paid for it.
    """

    def cost(iterations: int) -> float:
        timings = []
        for _ in range(3):
            probe = KdfParams(salt=os.urandom(16), iterations=iterations, memory_kib=memory_kib)
            start = time.perf_counter()
            probe.derive("calibration")
            timings.append(time.perf_counter() - start)
        return min(timings)

    one, three = cost(1), cost(3)
    per_pass = max((three - one) / 2, 1e-4)
    fixed = max(one - per_pass, 0.0)
    return max(2, min(64, round((target_seconds - fixed) / per_pass)))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
