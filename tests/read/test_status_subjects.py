"""Status phrases about something other than the Court, and a pronoun subject.

* "X is a member of the Security Council", "X is not a party to the conflict" (French "membre du Conseil de
  sécurité", Spanish "no es parte del conflicto") say nothing of X's status under the Statute: no status claim and
  no act, while "not a member of the Hague-based ... court" and "pas signataire du traité de Rome" still are.
* "Il n'est pas signataire", "it is not a signatory", "no es signatario" with the state named in the sentence
  before: that state, when it is the only one there; no state when two are (never guessed).
"""

from __future__ import annotations

from romestatute.read import read

TODAY = "2026-12-01"


def statuses(r: dict) -> list[tuple[str, str, bool]]:
    return [(c["state"], c["verdict"], c["says"]["negated"]) for c in r["claims"] if c["kind"] == "status"]


def acts(r: dict) -> set[tuple[str, str, bool]]:
    return {(a["state"], a["kind"], a["negated"]) for a in r["acts"]}


# -- 1. a status phrase about another body ----------------------------------------------------------------------

def test_a_member_of_the_security_council_is_no_status_under_the_statute() -> None:
    for text in ["The United States is a member of the Security Council, which referred Darfur to the ICC.",
                 "Les États-Unis sont membres du Conseil de sécurité, qui a saisi la CPI du Darfour.",
                 "Estados Unidos es miembro del Consejo de Seguridad, que remitió Darfur a la Corte Penal "
                 "Internacional."]:
        r = read(text, date="2010-01-01", today=TODAY)
        assert statuses(r) == [] and acts(r) == set(), text


def test_a_party_to_the_conflict_is_no_status_under_the_statute() -> None:
    for text in ["Belarus is not a party to the conflict, its envoy told the International Criminal Court.",
                 "La Biélorussie n'est pas partie au conflit, a dit son envoyé à la Cour pénale internationale.",
                 "Bielorrusia no es parte del conflicto, dijo su enviado ante la Corte Penal Internacional."]:
        r = read(text, date="2023-03-20", today=TODAY)
        assert statuses(r) == [] and acts(r) == set(), text


def test_not_a_member_of_the_hague_based_court_is_still_a_status_and_an_act() -> None:
    r = read("Sudan is not a member of the Hague-based permanent international war crimes court, and the ICC "
             "therefore does not have automatic jurisdiction there.", date="2017-12-11", today=TODAY)
    assert statuses(r) == [("SDN", "right", True)] and ("SDN", "ratification", True) in acts(r)
    r = read("Le Soudan n'est pas membre de la juridiction de La Haye créée par le Statut de Rome.",
             date="2017-12-11", today=TODAY)
    assert statuses(r) == [("SDN", "right", True)]


def test_a_party_to_it_is_the_statute_named_before() -> None:
    r = read("The Rome Statute created the ICC. Ukraine is not a party to it, but accepted the Court's jurisdiction.",
             date="2022-03-02", today=TODAY)
    assert statuses(r) == [("UKR", "right", True)]


def test_a_status_under_the_statute_beside_one_of_the_council_is_kept() -> None:
    r = read("The United States, a member of the Security Council, is not a party to the Rome Statute of the ICC.",
             date="2010-01-01", today=TODAY)
    assert statuses(r) == [("USA", "right", True)]


# -- 4. a pronoun subject ---------------------------------------------------------------------------------------

def test_il_n_est_pas_signataire_is_the_state_of_the_sentence_before() -> None:
    r = read("Cette résolution était notamment défendue par le Rwanda. Il est actuellement membre non permanent du "
             "Conseil de sécurité, mais il n'est pas signataire du traité de Rome fondateur de la CPI.",
             date="2013-11-15", today=TODAY)
    assert ("RWA", "signature", True) in acts(r)
    assert statuses(r) == [("RWA", "right", True)]


def test_it_is_not_a_signatory_in_english() -> None:
    r = read("The resolution was backed by Rwanda. It is not a signatory to the Rome Statute of the ICC.",
             date="2013-11-15", today=TODAY)
    assert ("RWA", "signature", True) in acts(r)
    assert statuses(r) == [("RWA", "right", True)]


def test_no_es_signatario_in_spanish() -> None:
    r = read("La resolución fue apoyada por Ruanda. No es signatario del Estatuto de Roma de la Corte Penal "
             "Internacional.", date="2013-11-15", today=TODAY)
    assert statuses(r) == [("RWA", "right", True)]


def test_the_pronoun_reads_the_record_of_its_state_a_party_said_not_to_be_one() -> None:
    r = read("The resolution was backed by Kenya. It is not a party to the Rome Statute of the ICC.",
             date="2013-11-15", today=TODAY)
    assert statuses(r) == [("KEN", "wrong", True)]


def test_two_states_before_the_pronoun_name_none() -> None:
    for text in ["The resolution was backed by Rwanda and Togo. It is not a signatory to the Rome Statute of the ICC.",
                 "La résolution était défendue par le Rwanda et le Togo. Il n'est pas signataire du Statut de Rome de "
                 "la CPI.",
                 "La resolución fue apoyada por Ruanda y Togo. No es signatario del Estatuto de Roma de la Corte "
                 "Penal Internacional."]:
        r = read(text, date="2013-11-15", today=TODAY)
        assert statuses(r) == [] and not any(a[1] == "signature" for a in acts(r)), text


def test_no_state_in_the_sentence_before_names_none() -> None:
    r = read("Rwanda spoke first. The resolution failed. It is not a signatory to the Rome Statute of the ICC.",
             date="2013-11-15", today=TODAY)
    assert statuses(r) == [] and acts(r) == set()


def test_a_pronoun_after_but_in_the_same_sentence_is_its_state() -> None:
    r = read("Rwanda sits on the Council, but it is not a signatory of the Rome Statute of the ICC.",
             date="2013-11-15", today=TODAY)
    assert ("RWA", "signature", True) in acts(r) and statuses(r) == [("RWA", "right", True)]


def test_a_passive_pronoun_is_the_treaty_not_the_state() -> None:
    for text in ["Uganda hosted the talks on the ICC. It was ratified by sixty states by 2002.",
                 "L'Ouganda a accueilli la réunion sur la CPI. Il a été ratifié par soixante États en 2002."]:
        r = read(text, date="2004-01-29", today=TODAY)
        assert acts(r) == set() and [c for c in r["claims"] if c["kind"] == "act"] == [], text
