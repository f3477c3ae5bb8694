"""Answer stage: a question and a Snapshot in, a cited Answer out (extractive and grounded)."""
from .grounded import REFUSAL, answer_question

__all__ = ["REFUSAL", "answer_question"]
