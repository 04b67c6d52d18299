"""The builder's closed vocabulary of facts and claims: the words the archive itself writes.

A fact's topic and its label, a claim's subject and attribute are words of ours, not of a
source; they are stated here once, in English, with nothing else, so that every reader of them
can load them cheaply: the extractors and the builder (which write them), the CLI and exports
(which show them in English) and the window, which translates each one where it is shown and
checks, by a test, that it has a translation for every word listed here. A source's own words
(names, quotes, the figures it states) are never in this module.
"""

from __future__ import annotations

#: Stable keys for facts, with the label shown to users. Extractors use only these keys.
FACT_TOPICS: dict[str, str] = {
    "premiere_date": "Premiere date",
    "announcement_date": "Announcement date",
    "countries": "Countries at premiere",
    "episode_count": "Number of episodes",
    "season_count": "Number of seasons",
    "runtime_episodes_1_5": "Runtime, episodes 1–5 (minutes)",
    "runtime_episode_6": "Runtime, episode 6 (minutes)",
    "filming_start": "Filming began",
    "filming_suspended": "Filming suspended",
    "filming_resumed": "Filming resumed",
    "rights_acquired": "Rights to the article acquired",
    "article_year": "Source article published",
    "massacre_date": "Massacre began",
    "death_toll": "Death toll estimate",
    "disappearances": "Disappearances estimate",
    "dead_or_missing": "Dead or missing, counted together",
    "official_death_toll": "Official death toll",
    # "The miniseries Somos. portrays … an estimated 300-500 deaths": the series' depiction,
    # not an estimate of the massacre's dead (R5 review, item 4).
    "portrayed_death_toll": "Deaths the series portrays",
    "distress_calls": "Emergency calls during the massacre",
    "calls_in_one_day": "Emergency calls in a single day",
    "people_interviewed_casting": "People interviewed in casting",
    "crew_size": "Crew members",
    "writing_years": "Writing and development (years)",
    # The review sites are not named where these figures are stated (the encyclopedia's text
    # lost their names): the labels say only what the words there say (issue 25).
    "approval_rating": "Approval rating of reviews (%)",
    "approval_reviews": "Reviews behind the approval rating",
    "critics_score": "Score out of 100 from reviews",
    "critics_score_reviews": "Reviews behind the score out of 100",
    "user_rating": "User rating (of 10)",
    "user_rating_votes": "User reviews behind the rating",
    "town_population": "Allende population",
    # What the massacre's account counts besides the dead (the R2 audit's missing statements).
    "gunmen": "Cartel gunmen in the attack",
    "properties_razed": "Properties razed",
    "rampage_hours": "Length of the rampage (hours)",
    "families_affected": "Families affected by disappearances",
    "family_members_lost": "Members one family lost",
    # What the series is: where it was made, in what language, subtitled in what language.
    "country_of_origin": "Country of origin",
    "original_language": "Original language",
    "subtitles": "Subtitle language",
    "nonprofessional_share": "Non-professional actors in the cast (%)",
}

#: What a fact whose key is not in :data:`FACT_TOPICS` is filed under: kept, never dropped
#: (issue 25), its key's words in brackets so like facts still sort together.
GENERIC_FACT_LABEL = "Other stated figure"


def fact_label(topic: str) -> str:
    """The label users see for a fact topic; a key no list knows gets the generic label."""
    return FACT_TOPICS.get(topic) or f"{GENERIC_FACT_LABEL} ({topic.replace('_', ' ')})"


#: Facts filed under these topics are claims about this subject and attribute. The official
#: count and the estimates are claims about one quantity, the number of people killed: that
#: is what lets the archive see that they disagree.
FACT_CLAIMS: dict[str, tuple[str, str]] = {
    "premiere_date": ("the series", "premiere date"),
    "announcement_date": ("the series", "announcement date"),
    "countries": ("the series", "countries at premiere"),
    "episode_count": ("the series", "number of episodes"),
    "season_count": ("the series", "number of seasons"),
    "runtime_episodes_1_5": ("the series", "runtime of episodes 1–5 (minutes)"),
    "runtime_episode_6": ("the series", "runtime of episode 6 (minutes)"),
    "filming_start": ("the shoot", "start"),
    "filming_suspended": ("the shoot", "suspension"),
    "filming_resumed": ("the shoot", "resumption"),
    "rights_acquired": ("the source article", "rights acquired"),
    "article_year": ("the source article", "year published"),
    "massacre_date": ("the massacre", "date"),
    "death_toll": ("the massacre", "people killed"),
    "official_death_toll": ("the massacre", "people killed"),
    "portrayed_death_toll": ("the series", "deaths it portrays"),
    "disappearances": ("the massacre", "people disappeared"),
    # "300 deaths and disappearances": one count of the dead and the missing, no count of
    # either alone.
    "dead_or_missing": ("the massacre", "people dead or missing"),
    "distress_calls": ("the massacre", "emergency calls, in all"),
    "calls_in_one_day": ("the massacre", "emergency calls in one day"),
    "people_interviewed_casting": ("casting", "people interviewed"),
    "crew_size": ("the shoot", "crew members"),
    "writing_years": ("the writing", "years"),
    "town_population": ("the town", "population"),
    # Lower case as every other attribute (the fact's label, capitalised, stood out among them).
    "approval_rating": ("the series", "approval rating of reviews (%)"),
    "approval_reviews": ("the series", "reviews behind the approval rating"),
    "critics_score": ("the series", "score out of 100 from reviews"),
    "critics_score_reviews": ("the series", "reviews behind the score out of 100"),
    "user_rating": ("the series", "user rating (of 10)"),
    "user_rating_votes": ("the series", "user reviews behind the rating"),
    "gunmen": ("the massacre", "cartel gunmen"),
    "properties_razed": ("the massacre", "properties razed"),
    "rampage_hours": ("the massacre", "length (hours)"),
    "families_affected": ("the massacre", "families affected by disappearances"),
    "family_members_lost": ("the massacre", "members one family lost"),
    "country_of_origin": ("the series", "country of origin"),
    "original_language": ("the series", "original language"),
    "subtitles": ("the series", "subtitle language"),
    "nonprofessional_share": ("casting", "non-professional actors (%)"),
}

#: What the value of a fact of these topics is, beside the other values of its claim: a
#: disagreement's side says it with the value ("28, official count"), so an official tally
#: the text sets against estimates reads as what the text calls it, not as one more estimate.
CLAIM_QUALIFIERS: dict[str, str] = {"official_death_toll": "official count"}

#: The subject of a fact whose topic :data:`FACT_CLAIMS` does not list (its attribute is then
#: the fact's label), and of the titles a source gives the series' source.
SERIES = "the series"

#: An episode's own fields as claims: the attribute each is compared under, by record field.
EPISODE_ATTRIBUTES: dict[str, str] = {
    "title": "title", "release_date": "release date", "runtime_minutes": "runtime (minutes)",
    "directors": "directors", "writers": "writers",
}

#: What the series is based on, as a claim: every title a source gives it.
BASED_ON = "based on (title)"

#: A person's role in the series as a claim, its subject the person's name: each crew
#: credit's role in each source's words, compared by the role it is filed under.
PERSON_ROLE = "role in the series"

#: A remark's words as a claim, its subject the speaker's name: the versions of one remark
#: that sources quote in other words (``[[same_remark]]`` of seeds/corrections.toml).
REMARK = "words of a remark"

#: The attributes of claims whose subject is a person, named as the sources name them.
PERSON_ATTRIBUTES: tuple[str, ...] = (PERSON_ROLE, REMARK)

#: How a claim about one episode names its subject; :func:`episode_of` reads it back.
EPISODE_SUBJECT = "episode {number}"


def episode_subject(number: int) -> str:
    return EPISODE_SUBJECT.format(number=number)


def episode_of(subject: str) -> int | None:
    """The episode a claim's subject written by :func:`episode_subject` is about, else None:
    so a reader can say "episode 3" in its own words."""
    prefix = EPISODE_SUBJECT.split("{", 1)[0]
    rest = subject[len(prefix):]
    return int(rest) if subject.startswith(prefix) and rest.isdigit() else None


#: Every subject the builder writes but an episode's (:func:`episode_subject`) and a
#: person's (a name, a source's words: :data:`PERSON_ATTRIBUTES`).
CLAIM_SUBJECTS: tuple[str, ...] = tuple(dict.fromkeys(
    [SERIES, *(subject for subject, _attribute in FACT_CLAIMS.values())]))

#: Every attribute the builder writes but a fact's label: a fact of a topic
#: :data:`FACT_CLAIMS` does not list is compared under its label (:func:`fact_label`).
CLAIM_ATTRIBUTES: tuple[str, ...] = tuple(dict.fromkeys(
    [*(attribute for _subject, attribute in FACT_CLAIMS.values()),
     *EPISODE_ATTRIBUTES.values(), BASED_ON, *PERSON_ATTRIBUTES]))


def sentence_case(text: str) -> str:
    """``text`` with its first letter a capital, as a record's title starts: the rest as it
    is ("the massacre, people killed" → "The massacre, people killed")."""
    return text[:1].upper() + text[1:]
