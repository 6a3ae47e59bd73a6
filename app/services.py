"""The services of one unlocked register, built once by the composition root and handed to the UI."""

from __future__ import annotations

from dataclasses import dataclass

from app.cards import DeckSettings
from app.dialogues import DialogueService
from app.followups import FollowUpService
from app.invisible_work import InvisibleWorkService
from app.mobilisations import MobilisationService
from app.network import NetworkService
from app.persons import PersonService
from app.priorities import PriorityService
from app.resource_sharing import ResourceSharing
from app.resources_directory import ResourceService
from app.situations import SituationService
from app.time_entries import TimeService
from storage.register import Register


@dataclass(frozen=True)
class Services:
    register: Register
    persons: PersonService
    situations: SituationService
    network: NetworkService
    dialogues: DialogueService
    priorities: PriorityService
    deck_settings: DeckSettings
    followups: FollowUpService
    resources: ResourceService
    mobilisations: MobilisationService
    resource_sharing: ResourceSharing
    time: TimeService
    invisible_work: InvisibleWorkService

    @classmethod
    def for_register(cls, register: Register) -> Services:
        return cls(
            register,
            PersonService(register),
            SituationService(register),
            NetworkService(register),
            DialogueService(register),
            PriorityService(register),
            DeckSettings(register),
            FollowUpService(register),
            ResourceService(register),
            MobilisationService(register),
            ResourceSharing(register),
            TimeService(register),
            InvisibleWorkService(register),
        )
