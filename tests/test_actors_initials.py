"""Known people named with middle initials the people file leaves out, and party abbreviations."""

import pytest

from parley.actors import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize(
    ("mention", "name", "code"),
    [
        ("Speaker Paul D. Ryan", "Paul Ryan", "USALEG"),  # people.tsv: Paul Ryan, USA LEG 1999-2019
        ("Senator Mitch X. McConnell of Kentucky", "Mitch McConnell", "USALEG"),
        ("Chuck E. F. Schumer", "Chuck Schumer", "USALEG"),
    ],
)
def test_a_middle_initial_does_not_hide_a_known_person(resolver, mention, name, code):
    actor = resolver.resolve(mention, on="2016-06-09")
    assert (actor.name, actor.code) == (name, code)


def test_a_name_with_its_own_initial_keeps_its_own_person(resolver):
    # "George W. Bush" is not George H. W. Bush's alias "George Bush" with an initial added.
    assert resolver.resolve("George W. Bush", on="2005-01-01").name == "George W. Bush"
    assert resolver.resolve("George H. W. Bush", on="1990-01-01").name == "George H. W. Bush"


def test_an_initial_is_no_name_of_its_own(resolver):
    # Nothing is guessed: an initial between two unknown names matches no one.
    assert resolver.resolve("Paul D. Smith", on="2016-06-09").code is None


def test_the_gop_abbreviated_with_points_is_the_republican_party(resolver):
    assert resolver.resolve("the G.O.P.", on="2016-06-09").code == "USAPTY"
