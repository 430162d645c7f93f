"""Quotation detection on small German cases written for these tests."""

import pytest

from newsprism import analyze
from newsprism.model import Article, Quote


def quotes(body: str) -> tuple[Article, list[Quote]]:
    article = analyze("Titel\n" + body)
    return article, list(article.quotes)


def texts(article: Article, spans) -> list[str]:
    return [article.text[s.start : s.end] for s in spans]


def described(article: Article, quote: Quote) -> tuple[str, str, str, str]:
    return (
        quote.type,
        " … ".join(texts(article, quote.quote)),
        " ".join(texts(article, quote.speaker)),
        " ".join(texts(article, quote.cue)),
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Ministerin Karla Weiß sagte, die Lage sei ernst.",
            ("indirect", "die Lage sei ernst", "Die Ministerin Karla Weiß", "sagte"),
        ),
        (
            "Die Lage sei ernst, sagte die Ministerin.",
            ("indirect", "Die Lage sei ernst", "die Ministerin", "sagte"),
        ),
        # in the indicative after a frame of nothing but its speaker and verb (translated
        # and less formal reports write it so)
        (
            "Die Ministerin fügte hinzu, die Sanktionen wirken.",
            ("indirect", "die Sanktionen wirken", "Die Ministerin", "fügte hinzu"),
        ),
        (
            "Kritiker hatten ihm vorgeworfen, er wollte sich bereichern.",
            ("indirect", "er wollte sich bereichern", "Kritiker", "hatten vorgeworfen"),
        ),
        # a frame inserted after the clause's first phrase, however long, also with an
        # apposition of the speaker
        (
            "Die Ukraine, sagte der Generalsekretär Jens Arvik am Montag, brauche mehr Munition.",
            (
                "indirect",
                "Die Ukraine … brauche mehr Munition",
                "der Generalsekretär Jens Arvik",
                "sagte",
            ),
        ),
        (
            "Die Ukraine, sagte Jens Arvik, der Generalsekretär, brauche mehr Munition.",
            (
                "indirect",
                "Die Ukraine … brauche mehr Munition",
                "Jens Arvik, der Generalsekretär",
                "sagte",
            ),
        ),
        # a frame of any length between two marked parts
        (
            "„Dies ist ein kritischer Moment“, sagte der Generalsekretär am Montag in Brüssel,"
            " „und wir müssen handeln.“",
            (
                "direct",
                "„Dies ist ein kritischer Moment“ … „und wir müssen handeln.“",
                "der Generalsekretär",
                "sagte",
            ),
        ),
        # an inserted frame before what completes the clause: no description of the speaker
        ("Die Lage sei, so Banke, ernst.", ("indirect", "Die Lage sei … ernst", "Banke", "so")),
        (
            "Die Lage sei, sagte Banke, ernst.",
            ("indirect", "Die Lage sei … ernst", "Banke", "sagte"),
        ),
        (
            "Der Sprecher erklärte, dass die Gespräche weitergehen.",
            ("indirect", "dass die Gespräche weitergehen", "Der Sprecher", "erklärte"),
        ),
        (
            "Die Verhandlungen seien gescheitert, so der Sprecher im Interview mit der Agentur.",
            ("indirect", "Die Verhandlungen seien gescheitert", "der Sprecher", "so"),
        ),
        (
            "Die Ursache sei unklar, verlautbarte Peter Sharp, der Direktor der Firma.",
            (
                "indirect",
                "Die Ursache sei unklar",
                "Peter Sharp, der Direktor der Firma",
                "verlautbarte",
            ),
        ),
        (  # "sich zeigen" with an adjective of attitude
            "Der Innenminister zeigte sich besorgt, dass die Fehden ins Ausland getragen würden.",
            (
                "indirect",
                "dass die Fehden ins Ausland getragen würden",
                "Der Innenminister",
                "zeigte besorgt",
            ),
        ),
        (  # a separable particle that is an adverb of its own: "strich … heraus"
            "„Ich trete an als Konservativer“, strich Romney in Arbutus heraus.",
            ("direct", "„Ich trete an als Konservativer“", "Romney", "strich heraus"),
        ),
        (  # "ansehen" with its particle at the end and a dass-clause after it
            "Das Gericht sah es als erwiesen an, dass der Angeklagte geschossen hatte.",
            ("indirect", "dass der Angeklagte geschossen hatte", "Das Gericht", "sah an"),
        ),
        (
            "Der Sprecher schränkte ein, dass die Zahlen vorläufig seien.",
            ("indirect", "dass die Zahlen vorläufig seien", "Der Sprecher", "schränkte ein"),
        ),
        (
            "Der Vertrag besagt, dass die Stadt zahlen muss.",
            ("indirect", "dass die Stadt zahlen muss", "Der Vertrag", "besagt"),
        ),
        (  # a source in marks that is written small
            "Laut „tagesschau.de“ wurden drei Menschen verletzt.",
            ("indirect", "wurden drei Menschen verletzt", "„tagesschau.de“", "Laut"),
        ),
        (  # a contrastive adverb between the subject and its relative clause
            "John Edwards dagegen, der als Bewerber angetreten war, bekräftigte, er stehe nicht"
            " zur Verfügung.",
            ("indirect", "er stehe nicht zur Verfügung", "John Edwards", "bekräftigte"),
        ),
        (  # "es für möglich halten"
            "Der Minister hält es für möglich, dass die Gespräche scheitern.",
            ("indirect", "dass die Gespräche scheitern", "Der Minister", "hält möglich"),
        ),
        (  # "es" before the subject is the object the dass-clause fills, not the speaker
            "Heute hält es der Präsident für möglich, dass die Bank wächst.",
            ("indirect", "dass die Bank wächst", "der Präsident", "hält möglich"),
        ),
        (  # "verlauten" completes "ließ" as a particle does
            "„Wir helfen“, ließ ein Sprecher aus Washington kurz verlauten.",
            ("direct", "„Wir helfen“", "ein Sprecher", "ließ verlauten"),
        ),
        (  # "davon ausgehen" with a Konjunktiv clause
            "Die Soldaten waren davon ausgegangen, die Personen seien bewaffnet.",
            ("indirect", "die Personen seien bewaffnet", "Die Soldaten", "waren ausgegangen"),
        ),
        (  # "so X" inserted after the first phrase of the clause
            "Sein Rivale, so Obama weiter, würde Spenden erhalten.",
            ("indirect", "Sein Rivale … würde Spenden erhalten", "Obama", "so"),
        ),
        (  # … and before the verbs that complete the clause
            "Der Rivale würde, so Obama weiter, Spenden erhalten.",
            ("indirect", "Der Rivale würde … Spenden erhalten", "Obama", "so"),
        ),
        (  # after "?" or "!" the comma before the frame may be left out
            "„Wer zahlt das?“ fragte der Minister.",
            ("direct", "„Wer zahlt das?“", "der Minister", "fragte"),
        ),
        (  # the name of an office, and who holds it
            "Gestern empfahl der Kommissar für Erweiterung und Nachbarschaft Jan Füle, "
            "Verhandlungen einzuleiten.",
            (
                "indirect",
                "Verhandlungen einzuleiten",
                "der Kommissar für Erweiterung und Nachbarschaft Jan Füle",
                "empfahl",
            ),
        ),
        (  # an object pronoun between the verb and its subject
            "„Er ist hart“, so charakterisierte ihn der Funktionär Bernard Aubin.",
            ("direct", "„Er ist hart“", "der Funktionär Bernard Aubin", "so charakterisierte"),
        ),
        (  # an apposition after the name that follows the verb belongs to the speaker
            "Gestern erklärte Jan Roth, der Leiter der Firma, dass die Lage ernst sei.",
            ("indirect", "dass die Lage ernst sei", "Jan Roth, der Leiter der Firma", "erklärte"),
        ),
        (  # "so" opens a frame after the quotation
            "Der Flug käme einer Folter gleich, so bestätigt das Gericht.",
            ("indirect", "Der Flug käme einer Folter gleich", "das Gericht", "so bestätigt"),
        ),
        (  # a frame inserted after the first phrase of the clause it interrupts
            "In zehn Jahren, so sagen die Forscher, soll die Forschung abgeschlossen sein.",
            (
                "indirect",
                "In zehn Jahren … soll die Forschung abgeschlossen sein",
                "die Forscher",
                "so sagen",
            ),
        ),
        (
            "Der Grund, vermutet die Zeitung, dürfte deren Unterstützung sein.",
            (
                "indirect",
                "Der Grund … dürfte deren Unterstützung sein",
                "die Zeitung",
                "vermutet",
            ),
        ),
        (
            "Laut Polizei wurden drei Menschen verletzt.",
            ("indirect", "wurden drei Menschen verletzt", "Polizei", "Laut"),
        ),
        (
            "Dem Bericht zufolge stiegen die Preise deutlich.",
            ("indirect", "stiegen die Preise deutlich", "Dem Bericht", "zufolge"),
        ),
        (  # media and the texts of the law are sources after "nach"
            "Nach palästinensischen Medien bekannten sich zwei Gruppen zu dem Anschlag.",
            (
                "indirect",
                "bekannten sich zwei Gruppen zu dem Anschlag",
                "palästinensischen Medien",
                "Nach",
            ),
        ),
        (
            "Nach der Verfassung muss sich die Senatorin der Wahl stellen.",
            ("indirect", "muss sich die Senatorin der Wahl stellen", "der Verfassung", "Nach"),
        ),
        (  # a source that opens the sentence fills the field before the finite verb
            "Nach Angaben des Bundesamts für Umwelt bleibt die Gefahr bestehen.",
            ("indirect", "bleibt die Gefahr bestehen", "Angaben des Bundesamts für Umwelt", "Nach"),
        ),
        (
            "Laut Senator Dodd, Vorsitzender des Ausschusses, hat die Bank versagt.",
            (
                "indirect",
                "hat die Bank versagt",
                "Senator Dodd, Vorsitzender des Ausschusses",
                "Laut",
            ),
        ),
        (  # … but a relative clause, or the source's own source, is not part of it
            "Laut der Polizei, die am Ort war, wurden drei Menschen verletzt.",
            ("indirect", "wurden drei Menschen verletzt", "der Polizei", "Laut"),
        ),
        (
            "Laut dem Sender unter Berufung auf die Polizei wurde der Mann festgenommen.",
            ("indirect", "wurde der Mann festgenommen", "dem Sender", "Laut"),
        ),
        (  # a source in a clause of its own attributes that clause
            "Er sitzt im Gefängnis, weil er sich nach Auffassung des Gerichts schuldig machte.",
            (
                "indirect",
                "weil er sich … schuldig machte",
                "Auffassung des Gerichts",
                "nach",
            ),
        ),
        (
            "Die ersten Funde machten sie im Jahr 2000, 2004 war die Gruppe laut der Zeitung am "
            "Ziel.",
            ("indirect", "2004 war die Gruppe … am Ziel", "der Zeitung", "laut"),
        ),
        (  # … but not after a subordinate clause that opens the sentence
            "Nachdem die Flugzeuge geschossen hatten, ist es laut Focus zu Zwischenfällen "
            "gekommen.",
            (
                "indirect",
                "Nachdem die Flugzeuge geschossen hatten, ist es … zu Zwischenfällen gekommen",
                "Focus",
                "laut",
            ),
        ),
        (  # a place attached to the source before "zufolge"
            "Den Behörden in Mombasa zufolge wurden drei Menschen verletzt.",
            ("indirect", "wurden drei Menschen verletzt", "Den Behörden in Mombasa", "zufolge"),
        ),
        (
            "Dabei kam es nach Angaben der Polizei zu Rangeleien.",
            ("indirect", "Dabei kam es … zu Rangeleien", "Angaben der Polizei", "nach"),
        ),
        (  # a source noun in a compound ("Expertenmeinung"), a wish as a source
            "Die Gefahr besteht nach Expertenmeinung vor allem im Winter.",
            ("indirect", "Die Gefahr besteht … vor allem im Winter", "Expertenmeinung", "nach"),
        ),
        (
            "Nach dem Willen der Minister soll der Streit verhandelt werden.",
            ("indirect", "soll der Streit verhandelt werden", "dem Willen der Minister", "Nach"),
        ),
        (  # a calculation or a document is a source too, also as a compound head
            "Nach Berechnungen eines Forschers sind nur 300 Jäger eingewandert.",
            ("indirect", "sind nur 300 Jäger eingewandert", "Berechnungen eines Forschers", "Nach"),
        ),
        (
            "Die Lage ist nach Bewertung der Polizei ruhig.",
            ("indirect", "Die Lage ist … ruhig", "Bewertung der Polizei", "nach"),
        ),
        (
            "Nach dem vorläufigen Endergebnis erreichte die Partei 45,6 Prozent.",
            (
                "indirect",
                "erreichte die Partei 45,6 Prozent",
                "dem vorläufigen Endergebnis",
                "Nach",
            ),
        ),
        (  # a source in a relative clause attributes that clause alone
            "Es sprach Karl Arid, der nach Angaben der Zeitung seine Kollegen beschimpfte.",
            ("indirect", "der … seine Kollegen beschimpfte", "Angaben der Zeitung", "nach"),
        ),
        (  # a source whose pronoun opens a relative clause after a cue noun attributes it
            "Er verwies auf Studien der Klinik, nach denen die Therapie wirksam sei.",
            ("indirect", "die Therapie wirksam sei", "denen", "nach"),
        ),
        (
            "Das Gericht las ein Gutachten vor, laut dem der Junge misshandelt worden war.",
            ("indirect", "der Junge misshandelt worden war", "dem", "laut"),
        ),
        (  # ..., and its clause ends with its verb
            "Es gab Gerüchte, nach denen er krank war, doch sie stimmten nicht.",
            ("indirect", "er krank war", "denen", "nach"),
        ),
        (  # a passive says what a text says: the text after "in" speaks, also a compound
            "So wird in einer Pressemitteilung der Partei gefordert, dass der Minister gehe.",
            (
                "indirect",
                "dass der Minister gehe",
                "einer Pressemitteilung der Partei",
                "wird gefordert",
            ),
        ),
        (  # ... also in the past perfect
            "Im Bericht der Kommission war festgestellt worden, dass kein Stadion genügte.",
            ("indirect", "dass kein Stadion genügte", "Bericht der Kommission", "war festgestellt"),
        ),
        (  # "gemäß" a witness, unlike "gemäß dem Gesetz", names a source
            "Gemäß einem Augenzeugen verteilten sich die Trümmer weit.",
            ("indirect", "verteilten sich die Trümmer weit", "einem Augenzeugen", "Gemäß"),
        ),
        (  # verbs of criticism and demand take a Konjunktiv I clause too
            "Der Redakteur Martin Hatz kritisiert, die Aktion erinnere an 1933.",
            ("indirect", "die Aktion erinnere an 1933", "Der Redakteur Martin Hatz", "kritisiert"),
        ),
        (  # a relative clause after the source belongs to the frame
            "Nach Angaben der Zeitung, die sich auf Sprecher stützt, kommt die Prüfung zu spät.",
            ("indirect", "kommt die Prüfung zu spät", "Angaben der Zeitung", "Nach"),
        ),
        (  # commas inside that relative clause; a colon before a source in the sentence
            "Laut Berichten, die sich auf Polizei-, Militär- und Bankkreise stützen, ist er tot.",
            ("indirect", "ist er tot", "Berichten", "Laut"),
        ),
        (
            "Die Sprecherin schloss sich an: Die Mittel seien ihrer Meinung nach zu hoch.",
            ("indirect", "Die Mittel seien … zu hoch", "ihrer Meinung", "nach"),
        ),
        (
            "Wie die Behörde mitteilte, bleibt die Straße gesperrt.",
            ("indirect", "bleibt die Straße gesperrt", "die Behörde", "mitteilte"),
        ),
        (  # a zu-infinitive after "angeben"; a participle HanTa lemmatises as itself
            "Er gab an, die Polizei informiert zu haben.",
            ("indirect", "die Polizei informiert zu haben", "Er", "gab an"),
        ),
        (
            "Das Amt hat entschieden, der Firma die Lizenz zu entziehen.",
            ("indirect", "der Firma die Lizenz zu entziehen", "Das Amt", "hat entschieden"),
        ),
        (  # a name in quotation marks as the subject, which is no quotation itself
            "Wie „heise online“ berichtet, sperrten Behörden den Zugang.",
            ("indirect", "sperrten Behörden den Zugang", "„heise online“", "berichtet"),
        ),
        (
            "Die Behörden sperrten den Zugang, wie „heise online“ berichtet.",
            ("indirect", "Die Behörden sperrten den Zugang", "„heise online“", "berichtet"),
        ),
        (  # a particle written apart before the verb of a verb-final clause
            "Wie die Behörde bekannt gab, bleibt die Straße gesperrt.",
            ("indirect", "bleibt die Straße gesperrt", "die Behörde", "bekannt gab"),
        ),
        (
            "Die Ministerin teilte am Montag mit, die Grenze bleibe offen.",
            ("indirect", "die Grenze bleibe offen", "Die Ministerin", "teilte mit"),
        ),
        (
            "„Wir sind weiter als je zuvor“, sagte Weiß.",
            ("direct", "„Wir sind weiter als je zuvor“", "Weiß", "sagte"),
        ),
        (  # a "wie" clause after the frame belongs to it, not to the quotation
            "„Wir müssen schnell liefern“, sagte Weiß, wie sie es letzte Woche getan hatte.",
            ("direct", "„Wir müssen schnell liefern“", "Weiß", "sagte"),
        ),
        (
            "Weiß sagte: „Wir bleiben dran.“",
            ("direct", "„Wir bleiben dran.“", "Weiß", "sagte"),
        ),
        (  # a subject with a relative clause before the cue verb, not a quotation before it
            "Celebi, die viele Frauen vertritt, nennt das Urteil einen Skandal.",
            (
                "reported",
                "Celebi, die viele Frauen vertritt, nennt das Urteil einen Skandal.",
                "Celebi",
                "",
            ),
        ),
        (  # ... after a prepositional attribute
            "Gutachter der Gesellschaft für Raumfahrt, die die Maschine untersuchten, gehen von"
            " einem Totalschaden aus.",
            (
                "reported",
                "Gutachter der Gesellschaft für Raumfahrt, die die Maschine untersuchten, gehen"
                " von einem Totalschaden aus.",
                "Gutachter der Gesellschaft für Raumfahrt",
                "",
            ),
        ),
        (  # ... or with an apposition
            "Die Partei des Landes, die Volksliga, bezeichnete die Anschläge als Notwehr.",
            (
                "reported",
                "Die Partei des Landes, die Volksliga, bezeichnete die Anschläge als Notwehr.",
                "Die Partei des Landes, die Volksliga",
                "",
            ),
        ),
        (  # referring to something, recommending and faulting summarise a statement
            "Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.",
            (
                "reported",
                "Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.",
                "Ein Militärsprecher",
                "",
            ),
        ),
        (
            "Die Ministerin Karla Weiß nannte die Gespräche einen Durchbruch.",
            (
                "reported",
                "Die Ministerin Karla Weiß nannte die Gespräche einen Durchbruch.",
                "Die Ministerin Karla Weiß",
                "",
            ),
        ),
    ],
)
def test_single_quotation(body, expected):
    article, found = quotes(body)
    assert [described(article, q) for q in found if q.nested_in < 0] == [expected]


def test_direct_quote_after_a_colon_ends_the_reported_clause_before_it():
    article, found = quotes("Die Ministerin sagte, dass die Lage ernst sei: „Das gab es nie.“")
    assert [described(article, q) for q in found] == [
        ("indirect", "dass die Lage ernst sei", "Die Ministerin", "sagte"),
        ("direct", "„Das gab es nie.“", "Die Ministerin", "sagte"),
    ]


def test_split_direct_quote_spanning_two_sentences_keeps_its_frame():
    article, found = quotes(
        "„Das ist ein Anfang. Und es ist zu wenig“, sagte Weiß "
        "und fügte hinzu, dass man weiter verhandle."
    )
    assert [described(article, q) for q in found] == [
        ("direct", "„Das ist ein Anfang. Und es ist zu wenig“", "Weiß", "sagte"),
        ("indirect", "dass man weiter verhandle", "Weiß", "fügte hinzu"),
    ]


def test_partial_quote_inside_indirect_quote_is_nested_with_the_same_speaker():
    article, found = quotes("Die Ministerin sagte, die Lage sei „sehr ernst“ und verlange Geduld.")
    outer, inner = found
    assert outer.type == "indirect" and inner.type == "direct" and inner.nested_in == 0
    assert texts(article, inner.quote) == ["„sehr ernst“"] and texts(article, inner.speaker) == [
        "Die Ministerin"
    ]


def test_marked_common_nouns_inside_indirect_quote_are_words_of_the_speaker():
    article, found = quotes(
        "Karsai sagte, Afghanistan sei ein „Opfer des Terrorismus“. "
        "Sie sagte, die „Washington Post“ habe gelogen."
    )
    assert [described(article, q) for q in found] == [
        ("indirect", "Afghanistan sei ein „Opfer des Terrorismus“", "Karsai", "sagte"),
        ("direct", "„Opfer des Terrorismus“", "Karsai", "sagte"),
        ("indirect", "die „Washington Post“ habe gelogen", "Sie", "sagte"),
    ]


def test_konjunktiv_continuation_is_free_indirect_with_the_last_speaker():
    article, found = quotes(
        "Die Ministerin Karla Weiß sagte, die Lage sei ernst. Man müsse nun handeln. "
        "Die Preise stiegen weiter. Der Handel sei betroffen."
    )
    types = [q.type for q in found]
    assert types == ["indirect", "indirect_free_indirect", "indirect_free_indirect"]
    assert texts(article, found[1].quote) == ["Man müsse nun handeln."]
    assert found[1].speaker_name == "Karla Weiß"


def test_konjunktiv_after_a_narrated_clause_is_that_clause_subjects_alone():
    article, found = quotes(
        "Die Ministerin sprach gestern in Berlin. Gysi hatte am Donnerstag die These vertreten, "
        "die Partei stagniere in Selbstbeschäftigung."
    )
    assert [described(article, q) for q in found] == [
        ("indirect_free_indirect", "die Partei stagniere in Selbstbeschäftigung", "Gysi", "")
    ]


def test_konjunktiv_after_a_clause_naming_the_speaker_again_takes_that_mention():
    article, found = quotes(
        "Der Finanzminister Peer Steinbrück sagte, es gebe Zumutungen. Obwohl Steinbrück mit "
        "höheren Einnahmen rechnet, sei man von einer Entschuldung weit entfernt."
    )
    continued = found[-1]
    assert described(article, continued) == (
        "indirect_free_indirect",
        "sei man von einer Entschuldung weit entfernt",
        "Steinbrück",
        "",
    )
    assert continued.speaker[0].start > article.text.index("Obwohl")
    assert continued.speaker_name == "Peer Steinbrück"


def test_a_frame_in_konjunktiv_inside_a_quotation_is_part_of_it():
    article, found = quotes(
        "Ein Sprecher der Feuerwehr erklärte, er gehe nicht davon aus, dass jemand überlebt habe."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect",
            "er gehe nicht davon aus, dass jemand überlebt habe",
            "Ein Sprecher der Feuerwehr",
            "erklärte",
        )
    ]


def test_a_frame_in_konjunktiv_before_a_postposed_frame_is_part_of_what_it_quotes():
    article, found = quotes(
        "Er gehe davon aus, dass die Verhandlungen noch Wochen dauern würden, sagte Habeck."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect",
            "Er gehe davon aus, dass die Verhandlungen noch Wochen dauern würden",
            "Habeck",
            "sagte",
        )
    ]


def test_a_frame_right_after_a_wie_clause_is_what_that_clause_reports():
    article, found = quotes(
        "Wie eine Sprecherin des Konzerns bestätigte, plant das Unternehmen, neue Anträge zu "
        "stellen."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect",
            "plant das Unternehmen, neue Anträge zu stellen",
            "eine Sprecherin des Konzerns",
            "bestätigte",
        )
    ]


def test_indicative_clause_that_goes_on_in_konjunktiv_is_reported_too():
    article, found = quotes(
        "Die Ministerin sprach gestern in Berlin. Der Sprecher Jan Roth lehnt einen Verkauf ab, "
        "ein Tausch ist abhängig von den Bedingungen und werde geprüft."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect_free_indirect",
            "ein Tausch ist abhängig von den Bedingungen und werde geprüft",
            "Der Sprecher Jan Roth",
            "",
        )
    ]


def test_konjunktiv_after_a_passive_clause_is_not_its_subjects():
    article, found = quotes(
        "Laut der Polizei starben zwei Touristen. Zwölf andere Mitglieder der Gruppe wurden "
        "verletzt, die Verletzten seien zehn Deutsche und zwei Peruaner."
    )
    assert texts(article, found[-1].quote) == [
        "die Verletzten seien zehn Deutsche und zwei Peruaner"
    ]
    assert texts(article, found[-1].speaker) == ["der Polizei"]


def test_a_condition_before_a_konjunktiv_clause_is_part_of_the_quotation():
    article, found = quotes(
        "Laut dem Direktor soll der Test bald stattfinden. "
        "Verläuft der Test erfolgreich, würde ein Testflug folgen."
    )
    assert texts(article, found[-1].quote) == [
        "Verläuft der Test erfolgreich, würde ein Testflug folgen."
    ]
    assert texts(article, found[-1].speaker) == ["dem Direktor"]


def test_konjunktiv_clause_inside_a_narrated_sentence_is_the_quotation():
    article, found = quotes(
        "Die Ministerin sprach gestern in Berlin. Die geäußerte Hoffnung, ihr Leben werde sich "
        "nun wenden, schien sich nicht zu erfüllen."
    )
    assert [texts(article, q.quote) for q in found] == [["ihr Leben werde sich nun wenden"]]


def test_moechte_is_a_wish_not_a_konjunktiv_that_goes_on_reporting():
    _, found = quotes(
        "Die Ministerin Karla Weiß sagte, die Lage sei ernst. Diesen Druck möchte sie vermeiden."
    )
    assert [q.type for q in found] == ["indirect"]


def test_konjunktiv_far_from_any_frame_is_free_indirect_with_the_subject_before():
    article, found = quotes(
        "Die Ministerin Karla Weiß besuchte am Montag den Hafen. Die Lage dort sei ernst."
    )
    assert [described(article, q) for q in found] == [
        ("indirect_free_indirect", "Die Lage dort sei ernst.", "Die Ministerin Karla Weiß", "")
    ]
    article, found = quotes("In 400 Autos wurde Feuer gelegt. Die Lage dort sei ernst.")
    assert [described(article, q) for q in found] == [
        ("indirect_free_indirect", "Die Lage dort sei ernst.", "", "")
    ]


def test_a_quotation_alone_after_a_sentence_about_someone_is_theirs():
    article, found = quotes(
        "„Das war knapp“, sagte Paul Meier. Die Ministerin Karla Weiß besuchte am Montag den "
        "Hafen. „Wir bleiben hier und arbeiten weiter.“"
    )
    assert [" ".join(texts(article, q.speaker)) for q in found] == [
        "Paul Meier",
        "Die Ministerin Karla Weiß",
    ]


def test_soll_right_after_a_report_continues_it():
    article, found = quotes(
        "Der Minister sagte, die Lage sei ernst. Die Stadt soll nun mehr Geld bereitstellen."
    )
    assert [described(article, q) for q in found][-1] == (
        "free_indirect",
        "Die Stadt soll nun mehr Geld bereitstellen.",
        "Der Minister",
        "",
    )


def test_soll_with_a_past_infinitive_before_a_comma_is_hearsay():
    article, found = quotes(
        "Die Behörden werfen dem Mann Betrug vor. Er soll Geld veruntreut haben, indem er "
        "Belege fälschte."
    )
    assert [described(article, q) for q in found][-1] == (
        "free_indirect",
        "Er soll Geld veruntreut haben, indem er Belege fälschte.",
        "Die Behörden",
        "",
    )


def test_konjunktiv_after_a_sentence_about_someone_is_theirs_not_the_last_speakers():
    article, found = quotes(
        "„Das war knapp“, sagte Paul Meier. Der Experte Mathias Edler sieht darin Parallelen. "
        "Die Ursache sei nie gefunden worden."
    )
    assert [" ".join(texts(article, q.speaker)) for q in found] == [
        "Paul Meier",
        "Der Experte Mathias Edler",
    ]


def test_consecutive_konjunktiv_sentences_form_one_quotation():
    article, found = quotes(
        "Weiß sagte, die Lage sei ernst. Man müsse handeln. Es bleibe wenig Zeit."
    )
    assert texts(article, found[1].quote) == ["Man müsse handeln. Es bleibe wenig Zeit."]


def test_speakers_resolve_to_the_fullest_name():
    _, found = quotes(
        "Außenministerin Karla Weiß traf am Montag ihre Kollegen. Die Lage sei ernst, sagte Weiß. "
        "Man werde weiter verhandeln, sagte sie."
    )
    assert [q.speaker_name for q in found] == ["Karla Weiß", "Karla Weiß"]


@pytest.mark.parametrize(
    ("body", "name"),
    [  # the person inside the speaker mention, not the party, place or body beside the name
        ("Bundesfamilienministerin Karla Weiß (CDU) sagte, die Lage sei ernst.", "Karla Weiß"),
        ("Valmoras Energieminister Paul Brandvik sagte, die Lage sei ernst.", "Paul Brandvik"),
        (
            "Der Sprecher der Partei Neue Mitte, Paul Brandvik, sagte, die Lage sei ernst.",
            "Paul Brandvik",
        ),
    ],
)
def test_a_speaker_mention_resolves_to_the_person_it_names(body, name):
    _, found = quotes(body)
    assert [q.speaker_name for q in found] == [name]


@pytest.mark.parametrize(
    ("body", "speakers", "names"),
    [
        (  # a particle inside a name keeps the name whole, as speaker and as speaker name
            "Thomas de Maizière sagte, die Lage sei ernst. Der Minister sagte, man handle.",
            ["Thomas de Maizière", "Der Minister"],
            ["Thomas de Maizière", "Thomas de Maizière"],
        ),
        (
            "Karl-Theodor zu Guttenberg sagte, die Lage sei ernst. Er sagte, man handle.",
            ["Karl-Theodor zu Guttenberg", "Er"],
            ["Karl-Theodor zu Guttenberg", "Karl-Theodor zu Guttenberg"],
        ),
        (
            "Ursula von der Leyen sagte, die EU stehe zusammen. Die Kommissionschefin fügte"
            " hinzu, man werde helfen.",
            ["Ursula von der Leyen", "Die Kommissionschefin"],
            ["Ursula von der Leyen", "Ursula von der Leyen"],
        ),
        # after a name, "zu" is mostly a preposition
        ("„Geh weg“, sagte Anelka zu Domenech.", ["Anelka"], ["Anelka"]),
        # "man" stands for no one: no speaker mention, no name
        (
            "Paul Brandvik sagte, die Lage sei ernst. Man sei zuversichtlich, sagte man.",
            ["Paul Brandvik", ""],
            ["Paul Brandvik", ""],
        ),
    ],
)
def test_names_with_particles_and_impersonal_speakers(body, speakers, names):
    article, found = quotes(body)
    assert [" ".join(texts(article, q.speaker)) for q in found] == speakers
    assert [q.speaker_name for q in found] == names


def test_konjunktiv_of_a_verb_in_eln_drops_the_e():
    article = analyze("Titel\n\nDer Sprecher sagte am Montag, man handle entschlossen.")
    assert [(q.type, texts(article, q.quote)) for q in article.quotes] == [
        ("indirect", ["man handle entschlossen"])
    ]


def test_a_bare_noun_speaker_names_no_one_and_does_not_stand_for_the_next_pronoun():
    _, found = quotes(
        "Paul Brandvik gewann die Wahl. Die Wahl sei fair gewesen, sagten Beobachter."
        " Er sei zufrieden, sagte er."
    )
    assert [q.speaker_name for q in found] == ["", "Paul Brandvik"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jens Brandvik arrived. The NATO chief said the alliance was united.", "Jens Brandvik"),
        ("Kremlin spokesman Dmitry Orlov said the talks had failed.", "Dmitry Orlov"),
        ("Jens Brandvik of NATO said the alliance was united.", "Jens Brandvik"),
        ("Russia has lost many soldiers, according to NATO estimates.", "NATO"),
        # a name in the possessive: whose office, or whose body, it is
        ("Germany's Chancellor Olaf Brandt said Berlin would help.", "Olaf Brandt"),
        ('"The talks have failed," Russia\'s foreign minister said.', ""),
        ("According to Ukraine's defence ministry, 20 drones were shot down.", "Ukraine"),
        ("Prime Minister Rishi Brandt said the talks went well.", "Rishi Brandt"),
        # a demonym before the office is part of the title
        ('"We will help," German Chancellor Olaf Brandt told reporters.', "Olaf Brandt"),
        ('"No," said French President Emile Varga.', "Emile Varga"),
        ('"We will respond," said US President Joe Brandt.', "Joe Brandt"),
    ],
)
def test_an_english_name_before_an_office_names_whose_office_it_is(body, name):
    article = analyze("Talks\n" + body)
    assert [q.speaker_name for q in article.quotes] == [name]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a source between the verb and what was said: both attribute it
            "The minister said, according to Reuters, that the situation was serious.",
            [
                ("indirect", "that the situation was serious", "The minister", "said"),
                ("indirect", "that the situation was serious", "Reuters", "according"),
            ],
        ),
        (
            "According to Reuters, the minister said the situation was serious.",
            [
                ("indirect", "the minister said the situation was serious", "Reuters", "According"),
                ("indirect", "the situation was serious", "the minister", "said"),
            ],
        ),
    ],
)
def test_an_english_source_beside_a_verb_frame_keeps_both(body, expected):
    article = analyze("Talks\n\n" + body)
    assert [described(article, q) for q in article.quotes] == expected


def test_addressee_of_a_request():
    article, found = quotes("Die Ministerin forderte die Partner auf, mehr Geld bereitzustellen.")
    assert texts(article, found[0].addressee) == ["die Partner"]
    assert texts(article, found[0].speaker) == ["Die Ministerin"]


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        ("Die Ministerin sagte hierzu der Zeitung, die Lage sei ernst.", ["der Zeitung"]),
        ("Die Lage sei ernst, sagte Karl Arid dem Sender.", ["dem Sender"]),
        ("Karl Arid sagte gegenüber dem Sender, die Lage sei ernst.", ["dem Sender"]),
        ("Dem Mann wurde vorgeworfen, seine Frau zu bedrohen.", ["Dem Mann"]),
        ("Der Präsident appellierte an die Fluglinien, Hilfe zu leisten.", ["die Fluglinien"]),
        ("Die Lage sei ernst, sagte der Minister.", []),
        ("Der Minister sagte, die Lage sei ernst.", []),
        # a dative before the verb
        ("Der Zeitung sagte er, die Lage sei ernst.", ["Der Zeitung"]),
        (
            "Der englischsprachigen Zeitung sagte Filep Karma: „Wir sind froh.“",
            ["Der englischsprachigen Zeitung"],
        ),
        # a relative pronoun before a preposition is the speaker, no dative
        (
            "Es sprach Paul Arid, der in einer ersten Stellungnahme sagte, er wolle helfen.",
            [],
        ),
        # a medium or a name after "zu", the press after "vor"; "zu" before the verb is a topic
        ("„Ein guter Start“, sagte er zur Sportschau.", ["Sportschau"]),
        ("Der Richter sagte zu Mair, die Tat sei geplant gewesen.", ["Mair"]),
        ("Die Ministerin sagte vor der Presse, die Lage sei ernst.", ["der Presse"]),
        ("Zu den Vorwürfen sagte er, sie seien falsch.", []),
        # the press without an article
        ("Der Minister sagte Journalisten, die Lage sei ernst.", ["Journalisten"]),
        ("Die Lage sei ernst, sagte er Reportern.", ["Reportern"]),
        # a medium before "zufolge" is the source
        ("Peskow sagte der Agentur Ruan zufolge, Moskau werde reagieren.", []),
        # a dative pronoun before a passive
        ("Ihm wurde vorgeworfen, seine Frau bedroht zu haben.", ["Ihm"]),
        # the object before the verb when the speaker follows it
        ("Der Zeitung sagte Karl Arid, die Lage sei ernst.", ["Der Zeitung"]),
        ("Den Währungsfonds forderte er auf, die Zinsen zu senken.", ["Den Währungsfonds"]),
        ("Die Bürger forderte er auf, zu Hause zu bleiben.", ["Die Bürger"]),
        ("Der Regierung warf er vor, die Lage zu verkennen.", ["Der Regierung"]),
        ("Die Regierung forderte auf, zu handeln.", []),
        # a proposal is made to someone
        ("Der Verband schlug der Regierung vor, die Steuern zu senken.", ["der Regierung"]),
        # whom the source of a "so" frame told
        ("„Das ist falsch“, so Karl Arid gegenüber dem Sender.", ["dem Sender"]),
        ("Das sei falsch, so Arid im Gespräch mit der Zeitung.", ["der Zeitung"]),
        ("Das sei falsch, so Arid weiter.", []),
        # past a place after the verb; a name after it when the speaker came before
        ("Der Minister sagte in Juba der Presse, die Lage sei ernst.", ["der Presse"]),
        ("Der Minister sagte in der Sitzung der Partei, die Lage sei ernst.", []),
        ("Ein Sprecher sagte SPIEGEL ONLINE, die Lage sei ernst.", ["SPIEGEL ONLINE"]),
        ("Am Montag sagte Arid, die Lage sei ernst.", []),
        # a dative plural of people, not an accusative
        ("Er hat in einem Brief den Abgeordneten mitgeteilt, alles sei gut.", ["den Abgeordneten"]),
        ("Der Verleger hatte den 18 Mitarbeitern erklärt, alles sei gut.", ["den 18 Mitarbeitern"]),
        ("Der Minister hat den Plan erklärt: „Wir bauen.“", []),
        # the recipient of a letter, whom something is demanded of, whom one told a story
        ("Er schrieb in einem Brief an den Präsidenten, die Lage sei ernst.", ["den Präsidenten"]),
        ("In einem Schreiben an das Parlament erklärte er, alles sei gut.", ["das Parlament"]),
        ("Die Ministerin forderte von der Regierung, mehr zu tun.", ["der Regierung"]),
        ("Sie forderte ein Ende der Gewalt von Milizen, sagte sie.", []),
        (
            "Ein Zeuge erzählte der Nachrichtenagentur Ruan, alles sei ruhig.",
            ["der Nachrichtenagentur Ruan"],
        ),
        # after a name, "der" begins whom a verb of addressing addresses, no genitive
        ("Dann warf die OSZE der Wahlkommission vor, sie habe versagt.", ["der Wahlkommission"]),
        ("Dann warf der „Arbeitskreis Daten“ der Polizei vor, sie lüge.", ["der Polizei"]),
        # a summarised request in the perfect: its object follows the auxiliary
        ("Kiew hat die Verbündeten um mehr Waffen gebeten.", ["die Verbündeten"]),
        ("Die EU hat die Regierung erneut zur Kooperation aufgefordert.", ["die Regierung"]),
    ],
)
def test_addressee_of_a_statement(body, addressee):
    article, found = quotes(body)
    assert texts(article, found[0].addressee) == addressee


@pytest.mark.parametrize(
    ("body", "speaker", "addressee"),
    [
        # after a name, "der" begins the medium told, not a genitive of the speaker
        ("„Das ist absurd“, sagte Karl Arid der Nachrichtenagentur Ruan.", "Karl Arid", True),
        ("Die Lage sei ernst, sagte Arid der „Nordstädter Zeitung“.", "Arid", True),
        # after a noun it is a genitive
        ("„Das ist absurd“, sagte der Sprecher der Agentur.", "der Sprecher der Agentur", False),
        # after a genitive a medium is told, another noun goes on the name
        (
            "„Nein“, sagte ein Sprecher des Ministeriums der Deutschen Presse-Agentur.",
            "ein Sprecher des Ministeriums",
            True,
        ),
        (
            "„Nein“, sagte die Chefin des Verbands der Automobilindustrie.",
            "die Chefin des Verbands der Automobilindustrie",
            False,
        ),
    ],
)
def test_a_medium_told_after_a_postposed_speaker(body, speaker, addressee):
    article, found = quotes(body)
    assert texts(article, found[0].speaker) == [speaker]
    told = body[body.index(speaker) + len(speaker) + 1 : -1]
    assert texts(article, found[0].addressee) == ([told] if addressee else [])


@pytest.mark.parametrize("word", ["Danke", "Gut", "Nein"])
def test_a_one_word_quotation_before_its_frame_is_no_name(word):
    article, found = quotes(f"„{word}“, sagte der Trainer.")
    assert [described(article, q)[:3] for q in found] == [("direct", f"„{word}“", "der Trainer")]


@pytest.mark.parametrize(
    "after",
    ["gegenüber dem Sender", "nach dem Spiel in Sinsheim", "nachdem das Spiel vorbei war"],
)
def test_a_description_and_an_adverbial_after_a_postposed_speaker_are_the_frame(after):
    body = f"„Wir haben verloren“, sagte Karl Arid, Spieler von Hoffenheim, {after}."
    article, found = quotes(body)
    assert [(q.type, texts(article, q.quote)) for q in found] == [
        ("direct", ["„Wir haben verloren“"])
    ]
    assert texts(article, found[0].speaker) == ["Karl Arid, Spieler von Hoffenheim"]
    told = ["dem Sender"] if after.startswith("gegenüber") else []
    assert texts(article, found[0].addressee) == told


def test_a_relative_clause_whose_pronoun_is_the_call_frames_nothing_after_it():
    article = analyze(
        "Titel\n\nLaut Polizei ist die Demonstration, zu der ein Bündnis aufgerufen hatte,"
        " „weitgehend störungsfrei“ verlaufen."
    )
    assert [texts(article, q.cue) for q in article.quotes] == [["Laut"], ["Laut"]]


def test_a_relative_clause_about_someone_still_frames_its_complement():
    article = analyze(
        "Titel\n\nEr traf einen Mann, von dem die Polizei glaubt, er sei angeworben worden."
    )
    said = [(q.type, texts(article, q.speaker)) for q in article.quotes]
    assert said == [("indirect", ["die Polizei"])]


def test_cue_verb_with_another_particle_is_no_cue():
    _, found = quotes("Die Ministerin sagte das Treffen ab, weil sie krank sei.")
    assert not [q for q in found if q.type in ("indirect", "reported")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the reporting verb ends a relative clause: its pronoun speaks
            "Der Führer, der zunächst den Wahlsieg als „Fest“ bezeichnete, schwieg danach.",
            ("direct", "„Fest“", "der", "bezeichnete"),
        ),
        (  # a passive without an agent: nobody named
            "Die Vorkehrungen werden als „extrem“ bezeichnet.",
            ("direct", "„extrem“", "", "werden bezeichnet"),
        ),
        (  # a passive inside a text: the text is the source
            "In einem Bericht der Zeitung werden die Vorkehrungen als „extrem“ bezeichnet.",
            ("direct", "„extrem“", "einem Bericht der Zeitung", "werden bezeichnet"),
        ),
        (  # a place is no source
            "In Berlin werden die Vorkehrungen als „extrem“ bezeichnet.",
            ("direct", "„extrem“", "", "werden bezeichnet"),
        ),
        (  # a verb after "und": the subject of the clause before, not the object after it
            "Die Firma bestätigte die Aussage nicht und nannte sie „reine Spekulation“.",
            ("direct", "„reine Spekulation“", "Die Firma", "nannte"),
        ),
    ],
)
def test_marked_words_as_the_object_of_a_reporting_verb(body, expected):
    article, found = quotes(body)
    assert [described(article, q) for q in found] == [expected]


def test_marked_words_in_a_sentence_about_someone_else_are_theirs():
    article, found = quotes(
        "Merkel sagte, der Iran müsse einlenken. "
        "Auch der Außenminister Donald Rumsfeld attackierte den Iran heftig als "
        "„führenden Förderer von Terrorismus“ in der Region."
    )
    assert texts(article, found[-1].quote) == ["„führenden Förderer von Terrorismus“"]
    assert texts(article, found[-1].speaker) == ["der Außenminister Donald Rumsfeld"]


def test_a_frame_after_the_quotation_stays_when_a_conjunction_and_more_quotation_follow():
    article, found = quotes(
        "Sie wisse, dass ihre Arbeit „nicht frei von Schwächen“ sei, hatte Koch-Mehrin damals"
        " gesagt und auf das Gutachten verwiesen, doch „zur Praxis gehört es, sie zu prüfen“."
    )
    said = [(q.type, texts(article, q.speaker)) for q in found]
    assert said == [
        ("indirect", ["Koch-Mehrin"]),
        ("direct", ["Koch-Mehrin"]),
        ("direct", ["Koch-Mehrin"]),
    ]


def test_a_second_clause_with_aber_is_no_frame_after_a_quotation():
    _, found = quotes("Die Rothemden begrüßten die Ankündigung, fordern aber ein genaues Datum.")
    assert not [q for q in found if q.type == "indirect"]


@pytest.mark.parametrize(
    "body",
    [
        "Ihre Forderungen nach Waffenlieferungen wurden von einer Frau unterbrochen.",
        "Das Recht wurde gemäß dem Islam verändert.",
        "Zwölf Todesopfer forderte ein Taifun, der am Sonntag den Norden heimsuchte.",
        "Im Falle einer Verurteilung drohen dem Politiker bis zu 20 Jahre Haft.",
        "Danach zeigte er seine Klima-Dokumentation „Eine unbequeme Wahrheit für alle“.",
        "Die Firma (Motto: „Entsorgung ist bei uns Vertrauenssache“) schweigt.",
        "Er veröffentlichte seine erste Enzyklika „Deus caritas est“ am Mittwoch.",
        "Die Beatles-LP „Let it be“ erschien vor vielen Jahren bei einem Label.",
        "Die Operation „Cast Lead“ dauerte drei Wochen und forderte viele Tote.",
        "Das Spiel ging in die Pause, nach der die Borussia etwas stärker wurde.",
        "Die Identität des Kindes gab die Behörde nicht bekannt.",  # a speech act not made
        "Start und Ziel der Maschine wurden von den Behörden nicht genannt.",
        "Bedingungen für ein Treffen nannte der Sprecher nicht.",  # "nicht" after the verb
        "Der Sprecher nannte keine Einzelheiten zu dem Treffen.",
        "Vom Vorwurf der Verschwörung sprachen ihn die Geschworenen frei.",  # acquitted
        "Wenn er verurteilt werden sollte, droht ihm die Todesstrafe.",  # a condition, no quote
    ],
)
def test_words_that_look_like_cues_but_attribute_nothing(body):
    _, found = quotes(body)
    assert found == []


def test_a_relative_pronoun_is_not_part_of_the_source_before_nach():
    article, found = quotes(
        "Er nannte ein Gesetz, das seiner Meinung nach gegen die Verfassung sei."
    )
    by_cue = {" ".join(texts(article, q.cue)): q for q in found}
    assert " ".join(texts(article, by_cue["nach"].speaker)) == "seiner Meinung"


def test_short_scare_quote_without_a_frame_is_no_quotation():
    _, found = quotes("Das Schiff „Aurora“ lief gestern aus.")
    assert found == []


@pytest.mark.parametrize(
    "body",
    [
        "Die Regeln ändern sich. „Langzeitarbeitslose“ dürfen künftig mehr verdienen.",
        "Die Regeln ändern sich.\n„Straftäter“: DNA-Tests sollen erlaubt sein.",
    ],
)
def test_a_few_marked_words_without_a_verb_opening_a_sentence_are_no_quotation(body):
    _, found = quotes(body)
    assert found == []


def test_a_marked_clause_opening_a_sentence_before_a_colon_is_a_quotation():
    article, found = quotes("Die Rede begann.\n„Wir kommen“: So fing Müller an.")
    assert [texts(article, q.quote) for q in found] == [["„Wir kommen“"]]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ('"Wir kommen“, sagte Müller. Dann ging er.', '"Wir kommen“'),  # mixed marks
        ("»Wir kommen», sagte Müller. Dann ging er.", "»Wir kommen»"),
        ("«Wir kommen«, sagte Müller. Dann ging er.", "«Wir kommen«"),
    ],
)
def test_a_quotation_closed_with_the_wrong_mark_ends_there(body, quoted):
    article, found = quotes(body)
    assert [(texts(article, q.quote), " ".join(texts(article, q.speaker))) for q in found] == [
        ([quoted], "Müller")
    ]


def test_straight_single_marks_quote_in_english_but_not_apostrophes():
    article = analyze(
        "Talks\nIt's late in the '90s style. 'We are ready,' Smith said of the allies' arms."
    )
    assert [texts(article, q.quote) for q in article.quotes] == [["'We are ready,'"]]
    german = analyze("Titel\nDie Regeln für 'Straftäter' ändern sich, sagte Müller.")
    assert all("'" not in texts(german, q.quote)[0][:1] for q in german.quotes)


@pytest.mark.parametrize(
    "body",
    [
        "Er sagte: „Wir kommen morgen.",  # missing closing mark
        "„Wir kommen”, sagte er. Dann „ging er.",  # mixed and unbalanced marks
        "Er sagte: „Wir kommen.\n\n„Und wir bleiben.“ Danach ging er.",  # across paragraphs
        "„Er nannte es ‚gut‘ und ‚richtig‘“, sagte sie.",  # nested single marks
        '“Englisch” und "gerade" Zeichen: „ohne Ende',
        '”„“»«‚‘"',
    ],
)
def test_odd_quotation_marks_give_sensible_spans(body):
    article, found = quotes(body)
    for quote in found:
        for span in (*quote.quote, *quote.speaker, *quote.cue, *quote.frame):
            assert 0 <= span.start < span.end <= len(article.text)


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("‚Wir kommen morgen‘, sagte Müller.", "‚Wir kommen morgen‘"),  # single marks outside
        ("Müller sagte: „Wie geht’s, ‚Alter‘?“", "„Wie geht’s, ‚Alter‘?“"),  # an apostrophe
        ("Müller sagte: ‚Wie geht’s?‘ Dann ging er.", "‚Wie geht’s?‘"),
    ],
)
def test_single_marks_make_a_direct_quotation(body, quoted):
    article, found = quotes(body)
    assert [(q.type, texts(article, q.quote)) for q in found] == [("direct", [quoted])]


def test_a_single_low_mark_with_no_closing_mark_quotes_nothing():
    _, found = quotes("Der Minister kam‚ und Müller sagte, er gehe wieder.")
    assert [q.type for q in found] == ["indirect"]


def test_missing_closing_mark_ends_at_the_paragraph():
    article, found = quotes("Er sagte: „Wir kommen morgen.\n\nDas Wetter wird gut.")
    direct = [q for q in found if q.type == "direct"]
    assert texts(article, direct[0].quote) == ["„Wir kommen morgen."]


def test_quote_continued_over_paragraphs_is_one_quotation():
    article, found = quotes(
        "Er sagte: „Wir kommen morgen.\n\n„Und wir bleiben lange.“ Danach ging er."
    )
    direct = [q for q in found if q.type == "direct"]
    assert len(direct) == 1
    assert texts(article, direct[0].quote)[0].endswith("bleiben lange.“")


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            '"It\'s a disaster," said one resident, who asked not to be named.',
            [('"It\'s a disaster,"', "one resident", "said")],
        ),
        (
            '"We are ready," said Baerbock, who chairs the panel, "and we will stay."',
            [('"We are ready," | "and we will stay."', "Baerbock", "said")],
        ),
        (
            '"We are ready," Baerbock said, adding that talks would continue.',
            [
                ('"We are ready,"', "Baerbock", "said"),
                ("talks would continue", "Baerbock", "adding"),
            ],
        ),
        (
            '"We are ready," said Baerbock, adding that talks would continue.',
            [
                ('"We are ready,"', "Baerbock", "said"),
                ("talks would continue", "Baerbock", "adding"),
            ],
        ),
        (  # a verb that only judges frames no clause: the participle reports what was said,
            # and the judgement is a summary of its own
            'Lavrov accused the West of lying, saying it "wants war".',
            [
                ("Lavrov accused the West of lying", "Lavrov", ""),
                ('"wants war"', "Lavrov", "saying"),
            ],
        ),
        (  # the writer's comment on a claim is not part of it
            "The ministry claimed its forces had taken the village, a claim that could not be "
            "independently verified.",
            [("its forces had taken the village", "The ministry", "claimed")],
        ),
        (
            'Zelensky thanked partners, saying the systems "save lives".',
            [
                ('the systems "save lives"', "Zelensky", "saying"),
                ('"save lives"', "Zelensky", "saying"),
            ],
        ),
    ],
)
def test_english_what_follows_a_frame_after_the_marks(body, expected):
    article = analyze("Talks\n" + body)
    found = [
        (
            " | ".join(texts(article, q.quote)),
            " ".join(texts(article, q.speaker)),
            (texts(article, q.cue) or [""])[0],
        )
        for q in article.quotes
    ]
    assert found == expected


def test_english_direct_quote_with_said():
    article = analyze('Talks\n"We are close to a deal," the minister said on Friday.')
    (quote,) = article.quotes
    assert quote.type == "direct" and texts(article, quote.speaker) == ["the minister"]


@pytest.mark.parametrize(
    "body",
    [
        'Talks\n"We will respond," he added.',  # "respond" is a cue of its own
        'Talks\nBiden spoke first. "I said we would respond, and we will," he told reporters.',
        "Titel\n„Wir sagen das seit Jahren“, fügte er hinzu.",
    ],
)
def test_a_cue_inside_the_quotation_does_not_hide_the_frame_after_it(body):
    article = analyze(body)
    (quote,) = article.quotes
    assert quote.type == "direct" and texts(article, quote.speaker) == [
        "he" if "Talks" in body else "er"
    ]
    assert texts(article, quote.cue)[0] in {"added", "told", "fügte"}


@pytest.mark.parametrize(
    "body, said",
    [
        ("Titel\n„Wir geben nicht auf“, sagte er. „Niemals.“", "„Niemals.“"),
        ('Talks\n"We will not give up," he told Reuters. "Never."', '"Never."'),
    ],
)
def test_a_short_quotation_that_is_a_sentence_of_its_own_goes_on_the_one_before(body, said):
    article = analyze(body)
    assert [texts(article, q.quote) for q in article.quotes][1:] == [[said]]
    assert texts(article, article.quotes[1].speaker) == texts(article, article.quotes[0].speaker)


def test_a_speech_act_inside_a_direct_quotation_is_no_summary_of_its_own():
    article, found = quotes(
        "„Das habe ich immer gesagt. Wir müssen handeln“, erklärte Müller am Montag."
    )
    assert [described(article, q)[0] for q in found] == ["direct"]
    assert texts(article, found[0].speaker) == ["Müller"]


def test_a_short_marked_label_opening_a_sentence_is_no_quotation():
    assert analyze("Titel\n„Straftäter“: DNA-Tests für alle.").quotes == ()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Martin Brandvik, der Gründer der Partei, sagte dazu, dies sei ein Fehler.",
            "Martin Brandvik, der Gründer der Partei",
        ),
        ("Von der Leyen betonte, unter den Bewerbern seien viele Frauen.", "Von der Leyen"),
        (
            "Ein Reporter des Senders n-tv berichtete, dass die Autos brannten.",
            "Ein Reporter des Senders n-tv",
        ),
        (
            "Die Ministerin Karla Weiß (SPD) sagte, die Lage sei ernst.",
            "Die Ministerin Karla Weiß (SPD)",
        ),
        (
            "Pressesprecher Paul Beispiel ist der Meinung, dass es so nicht weitergehe.",
            "Pressesprecher Paul Beispiel",
        ),
        (  # the source of "heißt es" with what is attached to it
            "„Wir investieren strategisch“, heißt es in der Meldung auf der Homepage des Konzerns.",
            "der Meldung auf der Homepage des Konzerns",
        ),
        (  # "vom" and a name in quotation marks: where the speaker comes from
            "Die Lage sei gut, sagte Johanna Moser vom „Queer Beograd Kollektiv“ gestern.",
            "Johanna Moser vom „Queer Beograd Kollektiv“",
        ),
        (  # a description after the name that ends the sentence, a surname tagged as a noun
            "„Wir sind bereit“, sagte Honoré Durand, der Geschäftsführer des Unternehmens.",
            "Honoré Durand, der Geschäftsführer des Unternehmens",
        ),
        (  # ... and one followed by a relative clause, which is no part of the quotation
            "„Es gibt keinen Zweifel“, sagte Hugo Salcedo, Kopf einer Gruppe von Inspektoren, "
            "die das Land besuchten.",
            "Hugo Salcedo, Kopf einer Gruppe von Inspektoren",
        ),
    ],
)
def test_speaker_mentions(body, speaker):
    article, found = quotes(body)
    assert len(found) == 1
    assert texts(article, found[0].speaker) == [speaker]
    assert speaker not in " ".join(texts(article, found[0].quote))


def test_frame_in_the_next_sentence_attributes_the_quotation():
    article, found = quotes("„Das war ein Fehler.“ Das sagte Paul Beispiel am Montag.")
    assert [described(article, q) for q in found] == [
        ("direct", "„Das war ein Fehler.“", "Paul Beispiel", "sagte")
    ]
    # with a modal or an auxiliary, the cue is the verb at the end
    article, found = quotes("„Das war ein Fehler.“ Das musste Paul Beispiel am Montag einräumen.")
    assert [described(article, q) for q in found] == [
        ("direct", "„Das war ein Fehler.“", "Paul Beispiel", "musste einräumen")
    ]


def test_names_in_quotation_marks_are_not_quotations():
    _, found = quotes(
        "Die Zeitung „Neue Allgemeine Rundschau“ berichtete über die „Biennale für Kunst“."
    )
    assert [q for q in found if q.type == "direct"] == []


def test_a_subject_with_an_apposition_after_a_clause_of_its_own_speaks():
    article = analyze(
        "Titel\n\nDie Ministerin wies das zurück, die Sprecherin der Fraktion, Sandra Boser,"
        " erklärte: „Neiddebatten sind fehl am Platz.“"
    )
    (direct,) = [q for q in article.quotes if q.type == "direct"]
    assert texts(article, direct.speaker) == ["die Sprecherin der Fraktion, Sandra Boser"]


@pytest.mark.parametrize(
    "body",
    [
        "Die Polizei ermittelt. Laut „Welt“ soll er Geld versteckt haben.",
        "Die Polizei ermittelt. Wie „tagesschau.de“ berichtet, soll er Geld versteckt haben.",
    ],
)
def test_a_source_in_marks_is_no_quotation(body):
    _, found = quotes(body)
    assert [q for q in found if q.type == "direct"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nach Polizeiangaben wurden drei Menschen verletzt.",
            ("indirect", "wurden drei Menschen verletzt", "Polizeiangaben", "Nach"),
        ),
        (
            "Die Lage sei ernst, so der Sprecher, und man müsse handeln.",
            ("indirect", "Die Lage sei ernst … man müsse handeln", "der Sprecher", "so"),
        ),
        (
            "Die Grenze bleibe offen, hieß es, doch die Kontrollen würden verschärft.",
            (
                "indirect",
                "Die Grenze bleibe offen … doch die Kontrollen würden verschärft",
                "",
                "hieß",
            ),
        ),
        (
            "Demnach sind die Preise gestiegen.",
            ("indirect", "sind die Preise gestiegen", "Demnach", "Demnach"),
        ),
    ],
)
def test_frames_inside_the_sentence(body, expected):
    article, found = quotes(body)
    assert [described(article, q) for q in found if q.nested_in < 0] == [expected]


def test_a_nominative_after_a_source_name_is_what_the_source_says():
    article, found = quotes(
        "Jedoch wurde laut Sergei Woznjak der persönliche Sprecher des Kandidaten festgenommen."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect",
            "Jedoch wurde … der persönliche Sprecher des Kandidaten festgenommen",
            "Sergei Woznjak",
            "laut",
        )
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "„Die Lage ist ernst“, sagte der Minister laut BBC.",
            [
                ("direct", "„Die Lage ist ernst“", "der Minister", "sagte"),
                ("indirect", "„Die Lage ist ernst“, sagte der Minister", "BBC", "laut"),
            ],
        ),
        (
            "Er sagte nach Angaben von Teilnehmern, die Lage sei ernst.",
            [
                ("indirect", "Er sagte … , die Lage sei ernst", "Angaben von Teilnehmern", "nach"),
                ("indirect", "die Lage sei ernst", "Er", "sagte"),
            ],
        ),
        (  # a source before "zufolge", after the speaker; the quotation goes on past the end
            "Die Kanzlerin sagte Teilnehmern zufolge: „Er war gut. Ich mochte ihn.“",
            [
                (
                    "indirect",
                    "Die Kanzlerin sagte … : „Er war gut. Ich mochte ihn.“",
                    "Teilnehmern",
                    "zufolge",
                ),
                ("direct", "„Er war gut. Ich mochte ihn.“", "Die Kanzlerin", "sagte"),
            ],
        ),
        (  # "nach" with no source: a time
            "Er sagte nach dem Treffen, die Lage sei ernst.",
            [("indirect", "die Lage sei ernst", "Er", "sagte")],
        ),
    ],
)
def test_a_source_after_the_verb_of_a_frame_reports_the_whole_sentence(body, expected):
    article, found = quotes(body)
    assert [described(article, q) for q in found] == expected


def test_a_quotation_with_a_relative_clause_before_a_postposed_frame_is_whole():
    article, found = quotes(
        "Ein Tief, das lange über der Bucht gestanden hatte, habe nun das Festland erreicht,"
        " meldet die Wetterbehörde."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect",
            "Ein Tief, das lange über der Bucht gestanden hatte, habe nun das Festland erreicht",
            "die Wetterbehörde",
            "meldet",
        )
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Am Montag meldete der Sender, Radio Vatikan, dass das Buch gut verkauft wird.",
            ("indirect", "dass das Buch gut verkauft wird", "der Sender, Radio Vatikan", "meldete"),
        ),
        (
            "Am Montag sagte der Sprecher, Hans Müller, das Buch verkaufe sich gut.",
            ("indirect", "das Buch verkaufe sich gut", "der Sprecher, Hans Müller", "sagte"),
        ),
        (  # no comma after the name: it is what was said
            "Am Montag sagte der Sprecher, Müller habe gelogen.",
            ("indirect", "Müller habe gelogen", "der Sprecher", "sagte"),
        ),
    ],
)
def test_a_name_between_commas_after_a_described_speaker_is_theirs(body, expected):
    article, found = quotes(body)
    assert [described(article, q) for q in found] == [expected]


def test_a_source_named_by_a_plural_noun_names_no_one_spoken_of_before():
    article = analyze(
        "Titel\n\nFranz Beispiel trat zurück. Die Kanzlerin Karla Weiß traf die Fraktion. Dort"
        " sagte die Kanzlerin einigen Teilnehmern zufolge: „Er war gut.“"
    )
    assert [(texts(article, q.speaker), q.speaker_name) for q in article.quotes] == [
        (["einigen Teilnehmern"], ""),
        (["die Kanzlerin"], "Karla Weiß"),
    ]


def test_an_organisation_as_source_is_not_the_person_described_next():
    article = analyze(
        "Titel\n\nHugo Varga kam nach Caracas. Er sagte laut BBC News, die Lage sei ernst. Der"
        " Politiker sagte, er sei müde."
    )
    assert [q.speaker_name for q in article.quotes] == ["BBC News", "Hugo Varga", "Hugo Varga"]


def test_danach_after_a_published_document_is_its_source():
    article, found = quotes(
        "Die Bank veröffentlichte heute neue Quartalszahlen. Danach verzeichnet sie Verluste."
    )
    assert [described(article, q) for q in found] == [
        ("indirect", "verzeichnet sie Verluste", "Danach", "Danach")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Der Minister traf die Gäste. Danach fuhr er nach Hause.",
        "Der Richter will das Urteil im März sprechen. Danach durfte der Mann gehen.",
        "Die Studie erscheint im Mai. Sie fuhren danach nach Hause.",
    ],
)
def test_danach_after_anything_else_is_afterwards(body):
    assert quotes(body)[1] == []


def test_colon_sentence_before_a_quotation_in_the_next_paragraph():
    article = analyze(
        "Titel\nJustizminister Paul Beispiel sagte nach dem Ende der Geiselnahme:\n\n"
        "„Wir sind alle sehr erleichtert.“\n\nEr fuhr fort:\n\n„Das ist ein guter Tag.“"
    )
    assert [(q.type, texts(article, q.speaker), q.speaker_name) for q in article.quotes] == [
        ("direct", ["Justizminister Paul Beispiel"], "Paul Beispiel"),
        ("direct", ["Er"], "Paul Beispiel"),
    ]


def test_a_frame_after_a_comma_that_points_back_attributes_the_clause_before_it():
    article, found = quotes("Seit Juni ist die Kamera ausgefallen, das teilte das Institut mit.")
    assert [described(article, q) for q in found] == [
        ("indirect", "Seit Juni ist die Kamera ausgefallen", "das Institut", "teilte mit")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Das Militär wurde gestärkt, das nennt sich das Militär-Zuerst-Prinzip.",
        "Laien halten Gottesdienste, das heißt der Übergang zum allgemeinen Priestertum.",
        "Die Kasse ist leer. Das heißt, wir müssen sparen.",
    ],
)
def test_what_something_is_called_or_means_is_no_frame(body):
    assert quotes(body)[1] == []


def test_the_next_sentence_names_who_gave_a_subject_s_own_account():
    article, found = quotes(
        "Korvenien hat nach eigenen Angaben den Hafen eingenommen. Das teilte das Ministerium "
        "in Korvenstadt am Samstag mit."
    )
    assert [described(article, q)[1:] for q in found] == [
        (
            "Korvenien hat nach eigenen Angaben den Hafen eingenommen",
            "das Ministerium",
            "teilte mit",
        )
    ]


def test_frame_in_the_next_sentence_attributes_a_plain_sentence():
    article, found = quotes(
        "Der Jet startete am Mittwoch zu seinem ersten Testflug. "
        "Dies gab Airbus in Toulouse bekannt."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect",
            "Der Jet startete am Mittwoch zu seinem ersten Testflug",
            "Airbus",
            "gab bekannt",
        )
    ]


def test_so_frame_with_an_apposition_runs_to_the_end_of_the_sentence():
    # the description is part of the speaker mention, as the annotation has it ("so Ursula
    # Castrup, die Leiterin der …"); the tagger reads "Beispiel" as a noun
    article, found = quotes("„Das ist falsch“, so Paul Beispiel, Vorsitzender des Vereins.")
    assert [described(article, q) for q in found] == [
        ("direct", "„Das ist falsch“", "Paul Beispiel, Vorsitzender des Vereins", "so")
    ]


def test_english_reported_speech_without_a_comma():
    article = analyze(
        "Talks\nMinister Karla Weiss told reporters that the talks would continue next week. "
        "Weiss said the agreement was a step forward. "
        "According to officials, the border will reopen."
    )
    table = [
        (q.type, texts(article, q.quote), texts(article, q.speaker), texts(article, q.addressee))
        for q in article.quotes
    ]
    assert table == [
        (
            "indirect",
            ["the talks would continue next week"],
            ["Minister Karla Weiss"],
            ["reporters"],
        ),
        ("indirect", ["the agreement was a step forward"], ["Weiss"], []),
        ("indirect", ["the border will reopen"], ["officials"], []),
    ]
    assert [q.speaker_name for q in article.quotes][:2] == ["Karla Weiss", "Karla Weiss"]


@pytest.mark.parametrize(
    ("body", "speaker", "quoted"),
    [
        (
            "Valmora has repeatedly said the expansion of the alliance threatens its security.",
            "Valmora",
            "the expansion of the alliance threatens its security",
        ),
        (
            "The ministry also said the border would reopen.",
            "The ministry",
            "the border would reopen",
        ),
        (
            "The agency has acknowledged that the data needed checking.",
            "The agency",
            "the data needed checking",
        ),
        # verbs of judgement quote the marked words they use
        ('The Kremlin dismissed the claims as "absurd".', "The Kremlin", '"absurd"'),
        ('Kuleba branded the referendum a "sham".', "Kuleba", '"sham"'),
        ('Lavrov accused the West of "waging a hybrid war".', "Lavrov", '"waging a hybrid war"'),
        # the subject after an opening phrase or clause
        (
            "On Friday, the White House said it was concerned.",
            "the White House",
            "it was concerned",
        ),
        ("If the talks fail, Russia said it would respond.", "Russia", "it would respond"),
        ("Asked about the plan, Johnson said it would work.", "Johnson", "it would work"),
        ('Asked whether he would resign, Johnson said: "Never."', "Johnson", '"Never."'),
    ],
)
def test_english_speaker_and_quotation_of_one_sentence(body, speaker, quoted):
    # adverbs and auxiliaries between the subject and the verb, verbs of judgement, an opening
    # phrase or clause before the subject
    article = analyze("Talks\n" + body)
    assert [(texts(article, q.speaker), texts(article, q.quote)) for q in article.quotes] == [
        ([speaker], [quoted])
    ]


@pytest.mark.parametrize(
    "body",
    [
        "NATO chief Jens Stoltenberg said the talks had failed.",
        '"The talks failed," NATO chief Jens Stoltenberg said.',
    ],
)
def test_an_english_office_chief_before_a_name_is_part_of_the_speaker(body):
    # the lexicon reads "chief" as an adjective first, which ended the noun phrase
    article = analyze("Talks\n" + body)
    assert [(texts(article, q.speaker), q.speaker_name) for q in article.quotes] == [
        (["NATO chief Jens Stoltenberg"], "Jens Stoltenberg")
    ]


def test_english_reported_clause_whose_past_tense_reads_as_a_participle():
    # the lexicon reads "needed" as a participle first; after its subject it is a past tense
    article = analyze("Talks\nKarla Weiss said that Valmora needed more help from its allies.")
    assert [texts(article, q.quote) for q in article.quotes] == [
        ["Valmora needed more help from its allies"]
    ]


def test_english_reports_ignore_a_later_comma_and_keep_titles_in_the_speaker():
    article = analyze(
        "Talks\nNATO Secretary General Jens Stoltenberg said on Thursday that the alliance must"
        " keep going, according to Reuters. Putin warned that deliveries would be a mistake,"
        " the Kremlin said."
    )
    table = [
        (texts(article, q.quote), texts(article, q.speaker), texts(article, q.cue))
        for q in article.quotes
    ]
    assert table[0] == (
        ["the alliance must keep going"],
        ["NATO Secretary General Jens Stoltenberg"],
        ["said"],
    )
    assert (["deliveries would be a mistake"], ["Putin"], ["warned"]) in table


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We will win," said Zelensky.', [("direct", '"We will win,"', "Zelensky", "said")]),
        (
            "Stoltenberg, speaking in Brussels, said the alliance was united.",
            [("indirect", "the alliance was united", "Stoltenberg", "said")],
        ),
        (
            "The ministry acknowledged that mistakes had been made.",
            [("indirect", "mistakes had been made", "The ministry", "acknowledged")],
        ),
        (
            'The Kremlin called the decision "a grave mistake".',
            [("direct", '"a grave mistake"', "The Kremlin", "called")],
        ),
        (  # a participle after the main clause says it in the subject's name
            "The ministry rejected the report, saying that it was false.",
            [("indirect", "it was false", "The ministry", "saying")],
        ),
        (
            "Stoltenberg spoke in Brussels, adding that allies must deliver more.",
            [("indirect", "allies must deliver more", "Stoltenberg", "adding")],
        ),
        (  # a time or a statement between the verb and the clause belongs to the frame
            "The Pentagon said on Friday it would send more air defence systems.",
            [("indirect", "it would send more air defence systems", "The Pentagon", "said")],
        ),
        (
            "Zelensky said in a statement the attack was a war crime.",
            [("indirect", "the attack was a war crime", "Zelensky", "said")],
        ),
        (  # a frame of any length between two marked parts
            '"This is a critical moment," Arvik told a news conference in Brussels, "and allies'
            ' must deliver."',
            [
                (
                    "direct",
                    '"This is a critical moment," … "and allies must deliver."',
                    "Arvik",
                    "told",
                )
            ],
        ),
        (  # after a main verb's reported clause, a participle of saying reports a second one
            "Kuleba said the decision was historic, adding that more help was needed.",
            [
                ("indirect", "the decision was historic", "Kuleba", "said"),
                ("indirect", "more help was needed", "Kuleba", "adding"),
            ],
        ),
        (  # "military" is a noun (the lexicon reads it as an adjective only)
            "According to the Ukrainian military, 30 drones were shot down overnight.",
            [
                (
                    "indirect",
                    "30 drones were shot down overnight",
                    "the Ukrainian military",
                    "According",
                )
            ],
        ),
        (  # a main verb of saying with a bare object: the participle frames what was said
            "Israel denied the allegations, saying its forces had acted lawfully.",
            [("indirect", "its forces had acted lawfully", "Israel", "saying")],
        ),
        (
            "Putin warned the West, saying deliveries would prolong the war.",
            [("indirect", "deliveries would prolong the war", "Putin", "saying")],
        ),
        (  # "ruled" read as a participle after "on Monday" is the main clause's verb
            "Chancellor Olaf Scholz on Monday ruled out sending missiles, saying Germany must not"
            " become a party to the war.",
            [
                (
                    "indirect",
                    "Germany must not become a party to the war",
                    "Chancellor Olaf Scholz",
                    "saying",
                )
            ],
        ),
        (  # a second verb after "and" shares the first verb's subject
            "Lavrov criticised the move and said Moscow would respond.",
            [("indirect", "Moscow would respond", "Lavrov", "said")],
        ),
        (  # or has a subject of its own
            "The talks failed and officials said a new round was unlikely.",
            [("indirect", "a new round was unlikely", "officials", "said")],
        ),
        (  # what the first verb reports ends where the second clause begins
            "Peskov told reporters that the Kremlin was concerned and added that Moscow would"
            " respond.",
            [
                ("indirect", "the Kremlin was concerned", "Peskov", "told"),
                ("indirect", "Moscow would respond", "Peskov", "added"),
            ],
        ),
        (  # two speakers joined by "and"
            "Lavrov and Peskov said Moscow would respond.",
            [("indirect", "Moscow would respond", "Lavrov and Peskov", "said")],
        ),
        (  # a gerund before a noun belongs to the subject; a time before "that" to the frame
            "Moscow denies targeting civilians, but a U.N. monitoring mission said last week "
            "that casualties had risen.",
            [
                ("indirect", "targeting civilians", "Moscow", "denies"),
                ("indirect", "casualties had risen", "a U.N. monitoring mission", "said"),
            ],
        ),
        (  # a phrasal verb of urging: its preposition is part of the cue
            "He called on allies to deliver more air defence systems.",
            [("indirect", "to deliver more air defence systems", "He", "called on")],
        ),
        (
            "Guterres appealed to both sides to stop the fighting.",
            [("indirect", "to stop the fighting", "Guterres", "appealed to")],
        ),
        (  # a frame between commas with no clause after it attributes the clause before it
            "A missile strike killed at least 12 people on Saturday, officials said, in one of "
            "the deadliest attacks this year.",
            [
                (
                    "indirect",
                    "A missile strike killed at least 12 people on Saturday",
                    "officials",
                    "said",
                )
            ],
        ),
    ],
)
def test_english_frames(body, expected):
    article = analyze("Talks\n" + body)
    assert [described(article, q) for q in article.quotes] == expected


def test_english_call_frames_what_it_calls_not_a_clause_and_a_headline_is_no_name_part():
    # the headline's last word before "Russian" is no name the adjective could be a surname of
    article = analyze(
        'Talks\n\nRussian Foreign Minister Sergei Lavrov called the move "a provocation" and'
        " said Moscow would respond."
    )
    found = [described(article, q) for q in article.quotes]
    assert ("direct", '"a provocation"', "Russian Foreign Minister Sergei Lavrov", "") in found
    assert (
        "indirect",
        "Moscow would respond",
        "Russian Foreign Minister Sergei Lavrov",
        "said",
    ) in found
    assert not any(quote == 'the move "a provocation"' for _, quote, _, _ in found)


@pytest.mark.parametrize(
    ("body", "speaker", "addressee"),
    [
        ('"We must act," Stoltenberg told reporters in Brussels.', "Stoltenberg", "reporters"),
        ('"Act now," Stoltenberg urged the allies.', "Stoltenberg", "the allies"),
        ('"We must act," he said to the committee.', "he", "the committee"),
        ('"We must act," the secretary general said.', "the secretary general", ""),
        ('"We must act," the NATO chief said.', "the NATO chief", ""),
    ],
)
def test_english_speakers_and_addressees_after_the_quotation(body, speaker, addressee):
    article = analyze("Talks\n" + body)
    (quote,) = article.quotes
    assert " ".join(texts(article, quote.speaker)) == speaker
    assert " ".join(texts(article, quote.addressee)) == addressee


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Foreign Minister Sergei Lavrov accused the West of escalating the conflict.", "Lavrov"),
        ("Lavrov dismissed the report as fake.", "Lavrov"),
        # a judgement with nothing said about what is judged reports no statement
        ("Lavrov condemned the attack.", None),
    ],
)
def test_english_judgements_with_their_content_are_reported_speech(body, speaker):
    article = analyze("Talks\n" + body)
    if speaker is None:
        assert not article.quotes
        return
    (quote,) = article.quotes
    assert quote.type == "reported" and quote.speaker_name.endswith(speaker)


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        (
            "Speaking to reporters in Brussels, Stoltenberg warned that Russia was preparing a "
            "new offensive.",
            "reporters",
        ),
        ("In an interview with CNN, Zelensky said the counteroffensive would continue.", "CNN"),
        ("Speaking in Brussels, Stoltenberg said the alliance was united.", ""),
    ],
)
def test_english_opening_phrase_names_whom_the_speaker_addressed(body, addressee):
    article = analyze("Talks\n" + body)
    (quote,) = article.quotes
    assert " ".join(texts(article, quote.addressee)) == addressee


@pytest.mark.parametrize(
    ("body", "expected", "addressee"),
    [
        (
            "Stoltenberg urged allies to send more ammunition.",
            ("indirect", "to send more ammunition", "Stoltenberg", "urged"),
            "allies",
        ),
        (
            "She asked the minister to resign.",
            ("indirect", "to resign", "She", "asked"),
            "the minister",
        ),
        (  # the report's content needs a verb outside the marks; the marks are the quotation
            'Putin warned the West against escalation, saying "this would be a mistake."',
            ("direct", '"this would be a mistake."', "Putin", "warned"),
            "the West",
        ),
        (
            "Officials say the attack killed 12 people.",
            ("indirect", "the attack killed 12 people", "Officials", "say"),
            "",
        ),
    ],
)
def test_english_reports_of_what_someone_was_urged_to_do(body, expected, addressee):
    article = analyze("Talks\n" + body)
    assert [described(article, q) for q in article.quotes] == [expected]
    assert " ".join(texts(article, article.quotes[0].addressee)) == addressee


def test_english_urged_to_then_a_participle_of_saying():
    # "speed" and "warning" read as nouns out of context; "on Thursday" is no part of the subject
    article = analyze(
        "Talks\nPaul Brandvik on Thursday urged member states to speed up deliveries, warning "
        "that delays were costing lives."
    )
    assert [described(article, q) for q in article.quotes] == [
        ("indirect", "to speed up deliveries", "Paul Brandvik", "urged"),
        ("indirect", "delays were costing lives", "Paul Brandvik", "warning"),
    ]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("Moscow would respond, he said, without giving details.", ["Moscow would respond"]),
        ("The talks, he said, had failed.", ["The talks", "had failed"]),
    ],
)
def test_english_frame_inside_a_sentence_takes_a_clause_after_it_only(body, quoted):
    article = analyze("Talks\n" + body)
    assert [texts(article, q.quote) for q in article.quotes] == [quoted]


def test_english_that_after_the_frames_own_phrase_but_not_a_relative_that():
    article = analyze(
        "Talks\nShe said in a statement that the deal was close. He said the plan that the"
        " council approved was good."
    )
    assert [texts(article, q.quote) for q in article.quotes] == [
        ["the deal was close"],
        ["the plan that the council approved was good"],
    ]


def test_english_split_quotation_around_its_frame():
    article = analyze('Talks\n"This is a critical moment," Stoltenberg said, "and we must act."')
    (quote,) = article.quotes
    assert texts(article, quote.quote) == ['"This is a critical moment,"', '"and we must act."']
    assert texts(article, quote.speaker) == ["Stoltenberg"]


def test_a_demonym_describes_the_last_speaker_though_the_lexicon_calls_it_a_name():
    _, found = quotes(
        "„Wir liefern“, sagte Ilse Brandvik am Freitag. „Wir bleiben“, sagte die Norwegerin."
    )
    assert [q.speaker_name for q in found] == ["Ilse Brandvik", "Ilse Brandvik"]


@pytest.mark.parametrize("name", ["Stoltenberg", "Jens Stoltenberg"])
def test_a_demonym_before_a_name_is_not_part_of_it(name):
    _, found = quotes(f"Der Norweger {name} sagte, die Lage sei ernst.")
    assert [q.speaker_name for q in found] == [name]


def test_a_source_named_in_the_genitive_is_named_in_the_nominative():
    _, found = quotes("Nach Angaben des Kiewer Präsidialamts sprachen beide über den Wiederaufbau.")
    assert [q.speaker_name for q in found] == ["Kiewer Präsidialamt"]


def test_an_unknown_single_name_is_its_own_speaker_not_the_last_one():
    _, found = quotes(
        "„Wir liefern“, sagte Brandvik am Freitag. Als Grund nannte Korvenstadt wiederholt die "
        "Expansion der Allianz an seine Küste."
    )
    assert [q.speaker_name for q in found] == ["Brandvik", "Korvenstadt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a thought or a decision in the subject slot is not a speaker
        ("Die Einschätzung der Experten betonte, dass die Lage ernst sei.", []),
        # a relative clause with its own verb between speaker and verb
        (
            "Paula Beispiel, die als Sprecherin der Fraktion arbeitet, erklärte, dass "
            "die Reform scheitern werde.",
            ["Paula Beispiel"],
        ),
        # zitieren: the subject of the passive, the object of the active
        (
            "Paula Beispiel wird von der Agentur mit den Worten zitiert: „Wir prüfen das.“",
            ["Paula Beispiel"],
        ),
        ("In der Mitteilung wird Beispiel wie folgt zitiert: „Wir bauen weiter.“", ["Beispiel"]),
        ("Die Agentur zitierte Beispiel mit den Worten: „Wir sparen.“", ["Beispiel"]),
        # the document before "heißt es"
        (
            "In einem Papier des Ministeriums heißt es, die Regeln hätten sich bewährt.",
            ["einem Papier des Ministeriums"],
        ),
        ("Im Bericht der Kommission heißt es: „Die Lage ist ernst.“", ["Bericht der Kommission"]),
        # a contrastive adverb or a place after the subject, a reflexive verb
        ("Die Fischer hingegen sagen, der Hafen sei sicher.", ["Die Fischer"]),
        (
            "Eine Sprecherin in Sandhafen sagte, dass die Lage ernst sei.",
            ["Eine Sprecherin in Sandhafen"],
        ),
        (
            "Am Montag äußerte sich Ministerin Paula Beispiel dahingehend, das Gesetz sei falsch.",
            ["Ministerin Paula Beispiel"],
        ),
        # a demonstrative as the subject, though the tagger calls it a determiner
        ("Diese bestätigte, dass der Hafen geschlossen worden sei.", ["Diese"]),
        # "verlauten" names its source with "aus"; a clause with a modal before its cue verb
        # ("will … schließen") is not a frame that follows a quotation
        (
            "Wie aus Regierungskreisen verlautete, will die Stadt den Hafen schließen.",
            ["aus Regierungskreisen"],
        ),
        ("Aus Militärkreisen verlautete, dass der Hafen geschlossen sei.", ["Aus Militärkreisen"]),
        # a modal before the cue, which the tagger reads as finite, and its subject after it
        ("Auf Nachfrage musste er betonen, dass nichts geplant sei.", ["er"]),
        # after "der", an adjective in -en marks an object; "der neue Minister" is a subject
        ("Der englischsprachigen Zeitung sagte Paula Beispiel: „Wir bleiben.“", ["Paula Beispiel"]),
        ("Der neue Minister sagte, die Lage sei ernst.", ["Der neue Minister"]),
        # a cue noun in a clause joined by "und": the first clause's subject
        (
            "Die Sprecherin lehnte die Idee ab und ist der Meinung, dass der Hafen bleibe.",
            ["Die Sprecherin"],
        ),
        # marked words as the object of a reporting verb: its subject speaks
        ("Die Veranstalter verkündeten die „größte Messe aller Zeiten“.", ["Die Veranstalter"]),
        ("Das Gericht wertete die Zahlung als „treuwidrige Verschwendung“.", ["Das Gericht"]),
        # after a tense auxiliary, the reporting verb follows the marked words
        (
            "Der Minister Karl Arid hatte die Zustimmung „trotz Vorbehalten“ bekanntgegeben.",
            ["Der Minister Karl Arid"],
        ),
        (
            "Der Minister charakterisierte das Opfer als „Beispiel taktlosen Verhaltens“.",
            ["Der Minister"],
        ),
        # a colon inside the sentence, right before the quotation, after any verb
        ("Die Sprecherin versuchte zu beruhigen: „Der Fonds arbeitet.“", ["Die Sprecherin"]),
        # an apposition after a place, its first name read as a modal verb
        (
            "Der Korrespondent in Mexiko-Stadt, Will Grant, berichtete, es sei ruhig.",
            ["Der Korrespondent in Mexiko-Stadt, Will Grant"],
        ),
        ("„Es war wie ein Güterzug“, beschreibt ein Reporter die Lage.", ["ein Reporter"]),
        # an apposition after a name with its party in brackets
        (
            "Gestern erklärte Jan Roth (CDU), der Leiter der Firma, dass alles gut sei.",
            ["Jan Roth (CDU), der Leiter der Firma"],
        ),
        (
            "„Es ist ernst“, sagte Jan Roth (CDU), der Leiter der Firma.",
            ["Jan Roth (CDU), der Leiter der Firma"],
        ),
        # an apposition whose closing comma is missing
        (
            "Karl Arid, der Generalsekretär der Union du Travail (UGT) sagte, es sei ruhig.",
            ["Karl Arid, der Generalsekretär der Union du Travail (UGT)"],
        ),
        # an adverb after "wie"; a relative clause with "dessen" after the subject
        ("Wie schon die Behörde sagte, ist es unwahrscheinlich.", ["die Behörde"]),
        (
            "Karl Arid, dessen Behörde zuständig ist, sagte, dass die Firma zahle.",
            ["Karl Arid"],
        ),
        ("Ein Beamter, den die Zeitung zitiert, sagte, die Lage sei ernst.", ["Ein Beamter"]),
        # a truncated compound joined by "und"; "da" read as an adverb opens a clause
        (
            "Das Bau- und Verkehrsamt hat entschieden, der Firma die Lizenz zu entziehen.",
            ["Das Bau- und Verkehrsamt"],
        ),
        ("Die Mutter ging zum Amt, da sie befürchtete, man wolle ihr die Kinder nehmen.", ["sie"]),
        # two noun phrases joined by "und" before the verb
        (
            "Kommission und Regierung äußerten Zweifel, ob alles rechtens sei.",
            ["Kommission und Regierung"],
        ),
        # a possessive genitive attaches to the head ("seines Büros")
        ("Die Sprecherin seines Büros sagte, er sei verreist.", ["Die Sprecherin seines Büros"]),
        # a passive: the subject is spoken to; the agent after "von" speaks
        ("Dem Mann wurde vorgeworfen, seine Frau zu bedrohen.", []),
        (
            "Die Anwohner wurden von der Polizei gebeten, ihr Haus nicht zu verlassen.",
            ["der Polizei"],
        ),
        # a genitive name before an adjective the tagger reads as an adverb
        (
            "Mannheims oberster Bürgermeister sagte, die Lage sei ernst.",
            ["Mannheims oberster Bürgermeister"],
        ),
        # a surname the lexicon knows as an adjective
        (
            "Bürgermeister Peter Kurz spricht von einer „großen Resonanz“.",
            ["Bürgermeister Peter Kurz"],
        ),
        # object first: the person after a singular verb speaks, not the object before it
        (
            "Die Anwendung der Regel stellte der Parteichef Franz Müntefering in Frage: „Das"
            " ist nicht lebenswirklich.“",
            ["der Parteichef Franz Müntefering"],
        ),
        ("Zu dem Skandal führte Peter Elshorst aus, dass dies üblich sei.", ["Peter Elshorst"]),
        # "aber" read as an adverb; a participle read as an adverb
        ("Aber Zeitungen berichteten, es sei ermittelt worden.", ["Zeitungen"]),
        (
            "Der behandelnde Arzt hat sich optimistisch geäußert, dass er mitspielen könne.",
            ["Der behandelnde Arzt"],
        ),
        # a name in marks before the verb; "erwähnen"; "zitieren" with Konjunktiv I
        ("„BBC News“ berichtet, dass die Gefangenen ausgebrochen sind.", ["„BBC News“"]),
        ("„Muslix64“ erwähnte auch, dass er Quellcode veröffentlichen werde.", ["„Muslix64“"]),
        (
            "Günther Platter wird von Reuters mit den Worten zitiert, es habe Fragen gegeben.",
            ["Günther Platter"],
        ),
        # "heißt es" after a source and its relative clause
        (
            "In dem Bericht, der von der Behörde veröffentlicht wurde, heißt es, die Zahl sei"
            " gestiegen.",
            ["dem Bericht"],
        ),
        # a passive without "von": a report the clause names is the source
        (
            "In einem Bericht der Zeitung wurde vermutet, dass niemand überlebt hat.",
            ["einem Bericht der Zeitung"],
        ),
        # "Zu" before a lower-case word is a preposition, not part of a name
        ("Zu dem Vorfall sagte er, er wisse von nichts.", ["er"]),
        ("Zu Guttenberg sagte, er wisse von nichts.", ["Zu Guttenberg"]),
        # verbs of remembering and doubting
        ("„Das war schwer“, erinnerte sich Hans Trotnow später.", ["Hans Trotnow"]),
        ("Die Ärztin bezweifelte, dass er mitspielen könne.", ["Die Ärztin"]),
        # an apposition inside a "wie" clause after the quotation
        (
            "Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma, mitteilte.",
            ["Burt Rutan, Chef der Firma"],
        ),
        # "sie" after the verb is its object unless the verb is one of telling
        ("Der Zeitung sagte sie, die Lage sei ernst.", ["sie"]),
        ("Der Chef des Verbands nannte sie „fahrlässig“.", ["Der Chef des Verbands"]),
        # "er" after the verb can only be its subject: the phrase before it is the object
        (
            "Die Arbeit der Koalition lobte er mit den Worten: „Sie handeln pragmatisch.“",
            ["er"],
        ),
        ("Deren Haltung bezeichnete er als „verlogen“.", ["er"]),
        # a name after a description with a prepositional phrase, after the quotation
        (
            "„Die Entwicklung setzt sich fort“, sagte der Chef der Agentur für Arbeit, Frank"
            " Weise, in Nürnberg.",
            ["der Chef der Agentur für Arbeit, Frank Weise"],
        ),
        # "selbst" between the subject and its verb
        ("Hartmann selbst schrieb in einer Erklärung, sie wolle nicht antreten.", ["Hartmann"]),
        # "so X" between dashes, and "vermelden"
        ("Man sei dankbar – so Canny –, trotzdem suche die Firma Investoren.", ["Canny"]),
        ("Im Juli vermeldete Wikinews, dass die Firma im Gespräch sei.", ["Wikinews"]),
        # a genitive name before several adjectives and the noun
        (
            "Berlins früherer Regierender Bürgermeister Eberhard Diepgen wies Vorwürfe zurück:"
            " Der Senat habe sich bewusst entschieden.",
            ["Berlins früherer Regierender Bürgermeister Eberhard Diepgen"],
        ),
        # the place and short name of the source in a "wie" clause, but not its time
        (
            "Wie die UN-Mission im Südsudan (UNMISS) weiter mitteilte, sind es Aufständische.",
            ["die UN-Mission im Südsudan (UNMISS)"],
        ),
        ("Wie der Minister am Dienstag in Hannover erklärte, sei alles gut.", ["der Minister"]),
        # a demonstrative standing alone after the verb
        ("Im Interview sagte dieser, dass er in „seiner Welt“ lebe.", ["dieser"]),
        # a preposition the lexicon lacks, and a relative clause led by "in dessen Folge"
        (
            "Bezüglich des Startortes meldet die Agentur „Xinhua“, die Maschine sei gestartet.",
            ["die Agentur „Xinhua“"],
        ),
        (
            "Es war der Skandal, in dessen Folge das Gericht festgestellt hatte, die Liste sei"
            " rechtens.",
            ["das Gericht"],
        ),
        # a relative pronoun the tagger reads as an article
        (
            "Minister wird ein General, Abdel Kader Dschassim, der in einer ersten Stellungnahme"
            " betonte, er gehöre keiner Partei an.",
            ["der"],
        ),
        # marked words as the object of a reporting verb after a subject with an apposition
        (
            "Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt den Vorgang ein"
            " „Musterbeispiel für internationale Solidarität“.",
            ["Wolfgang Hürter, Aufsichtsvorsitzender von SWB"],
        ),
        # "konstatieren", a verb of stating
        ("Der Präsident konstatierte, die Kluft sei gewachsen.", ["Der Präsident"]),
        # a long description between commas after the name
        (
            "Die Ursache sei unklar, sagte Peter Sharp, der geschäftsführende Direktor des"
            " Schiffseigners Rabaul Shipping Company, in einer Pressemitteilung.",
            [
                "Peter Sharp, der geschäftsführende Direktor des Schiffseigners Rabaul"
                " Shipping Company"
            ],
        ),
        # adjectives joined by "und" before the noun
        (
            "Die afghanischen und ausländischen Soldaten sagten, die Lage sei ruhig.",
            ["Die afghanischen und ausländischen Soldaten"],
        ),
        # a name in marks ends the sentence
        ("„Das beweist es“, schreibt die „Computerwoche“.", ["die „Computerwoche“"]),
        # ... and a name after it is another phrase
        ("„Das beweist es“, zitiert die „Computerwoche“ Lynch.", ["die „Computerwoche“"]),
        # ... also before a relative clause that begins with a preposition
        (
            "In einer Stellungnahme des Ministeriums, auf die sich Medien berufen, wird die"
            " Entscheidung damit begründet, dass das Land abhängig sei.",
            ["einer Stellungnahme des Ministeriums"],
        ),
        # a plural verb: the person after it is its object
        (
            "Die Demonstranten forderten Angela Merkel auf, zurückzutreten.",
            ["Die Demonstranten"],
        ),
        # "verlauten lassen": the subject stands between "ließ" and the infinitive
        (
            "Außerdem ließ der Pressedienst des brasilianischen Außenministeriums verlauten,"
            " dass über die Integration beraten werde.",
            ["der Pressedienst des brasilianischen Außenministeriums"],
        ),
        # the field before the verb is one phrase, with all its prepositional attributes
        (
            "Sascha Kempf vom Max-Planck-Institut für Kernphysik in Heidelberg erläutert die"
            " Hypothese, die überprüft werden soll, so: „Da gibt es zwei Partikelarten.“",
            ["Sascha Kempf vom Max-Planck-Institut für Kernphysik in Heidelberg"],
        ),
        # an apposition splits the clause: the participle belongs to "hatte" before it
        (
            "Vor kurzem hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud,"
            " erklärt, die Taliban würden Soldaten töten.",
            ["ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud"],
        ),
        # a name in marks with a linking word inside
        (
            "Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass die Arbeit"
            " schwieriger werde.",
            ["Die Organisation „Reporter ohne Grenzen“"],
        ),
        # "einer der …" is one of them, not a dative
        (
            "Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe schon viele Brände"
            " gesehen.“",
            ["Einer der 13 beteiligten Feuerwehrmänner"],
        ),
        # the source before "zufolge" runs over "von" and "und" to its head noun
        (
            "Einer Meldung von Xinhua zufolge sei der Unterricht wieder aufgenommen worden.",
            ["Einer Meldung von Xinhua"],
        ),
        (
            "Berichten der Sender Sky News und BBC zufolge war das Beben bis London zu spüren.",
            ["Berichten der Sender Sky News und BBC"],
        ),
        # the source after "laut" or "nach" with its attributes
        (
            "Laut einem Artikel von „BBC News“ helfen die Geldsendungen den Angehörigen.",
            ["einem Artikel von „BBC News“"],
        ),
        (
            "Nach Meinung vieler Experten und Fans werden sich Detroit und Miami durchsetzen.",
            ["Meinung vieler Experten und Fans"],
        ),
        # an apposition and a place inside "Wie …" before the verb
        (
            "Wie Steve Marshall, Sprecher der UN in Birma, in Bangkok mitteilte, habe der"
            " Sturm das Festland erreicht.",
            ["Steve Marshall, Sprecher der UN in Birma, in Bangkok"],
        ),
        # a time in the field before the verb: the subject follows the verb
        ("Ende Januar 2006 verkündete der Verband, er wolle sich bewerben.", ["der Verband"]),
        # the subject of "heißen" is "es": the field before it is no speaker
        ("Seiner Zeit hieß es, dass der Einbau der Akkus geplant sei.", []),
        # in "war die Rede" the cue noun is the subject; the field before says when
        ("Kurzzeitig war die Rede, dass zwei Täter beteiligt gewesen seien.", []),
    ],
)
def test_speaker_of_a_frame(text, speaker):
    article = analyze("Titel\n\n" + text)
    (quote,) = [q for q in article.quotes if q.nested_in < 0]
    assert texts(article, quote.speaker) == speaker


def test_a_relative_clause_after_a_cue_noun_is_not_what_it_says():
    article = analyze(
        "Titel\n\nIn der Fassung des Berichts, der ins Netz gestellt wurde, heißt es, die Zahl"
        " sei gestiegen."
    )
    said = [article.text[s.start : s.end] for q in article.quotes for s in q.quote]
    assert said == ["die Zahl sei gestiegen"]


def test_a_frame_after_a_quotation_that_follows_a_colon_frames_only_the_quotation():
    article = analyze(
        "Titel\n\nDa das Team gewann, war der Trainer zufrieden: „Ein guter Start“, sagte er"
        " dem Sender."
    )
    (quote,) = article.quotes
    assert quote.type == "direct"
    assert texts(article, quote.speaker) == ["er"]


def test_free_indirect_speech_after_a_subject_of_two_joined_phrases_is_theirs():
    # "und" joins two phrases; the second ends with a party and a comma before the verb
    article = analyze(
        "Titel\n\nDer Vizekanzler und Minister Franz Müntefering (SPD), hat seinen Rücktritt"
        " verkündet. Er werde als Abgeordneter bleiben."
    )
    (quote,) = article.quotes
    assert quote.type == "indirect_free_indirect"
    speaker = texts(article, quote.speaker)
    assert speaker == ["Der Vizekanzler und Minister Franz Müntefering (SPD)"]


def test_a_frame_in_konjunktiv_after_a_quotation_is_itself_reported():
    article = analyze(
        "Titel\n\nDer Minister Paul Weber sagte, die Lage sei ernst. Er gehe davon aus, dass"
        " die Preise steigen würden."
    )
    _, second = article.quotes
    assert second.type == "indirect_free_indirect"
    assert texts(article, second.speaker) == ["Der Minister Paul Weber"]


def test_a_summarising_verb_in_konjunktiv_after_a_quotation_goes_on_reporting_it():
    article = analyze(
        "Titel\n\nDie Fraktionschefin Renate Künast sagte, die Autos seien zu groß. Sie rate"
        " zum Kauf japanischer Hybridautos."
    )
    _, second = article.quotes
    assert second.type == "indirect_free_indirect"
    assert texts(article, second.speaker) == ["Die Fraktionschefin Renate Künast"]


def test_looking_at_something_is_no_speech():
    assert analyze("Titel\n\nDie Touristen betrachteten das Bild im Museum.").quotes == ()


def test_free_indirect_speech_after_a_subject_with_a_long_apposition_is_theirs():
    article = analyze(
        "Titel\n\nGabriela Schimmer-Göresz, Vorsitzende des Kreisverbandes Memmingen und"
        " Kandidatin in dem dortigen Stimmkreis, verteidigte beispielsweise sein Vorgehen. So"
        " seien am 6. September in ihrer Heimat Plakate geklebt worden."
    )
    (quote,) = article.quotes
    assert texts(article, quote.speaker) == [
        "Gabriela Schimmer-Göresz, Vorsitzende des Kreisverbandes Memmingen und Kandidatin in"
        " dem dortigen Stimmkreis"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die Forderungen wurden von Minister Manfred Stolpe als unrealistisch bezeichnet.", 1),
        ("Die Forderungen wurden als unrealistisch bezeichnet.", 0),
        # "von" before an amount gives no agent: nobody said it
        ("Es wurde eine Transfersumme von zehn Millionen Euro genannt.", 0),
    ],
)
def test_a_passive_summary_is_reported_speech_of_its_agent(text, found):
    article = analyze("Titel\n\n" + text)
    reported = [q for q in article.quotes if q.type == "reported"]
    assert len(reported) == found
    if found:
        assert article.text[reported[0].speaker[0].start : reported[0].speaker[-1].end] == (
            "Minister Manfred Stolpe"
        )


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "In einem Bericht der Zeitung wird die Lage als ernst bezeichnet.",
            [["einem Bericht der Zeitung"]],
        ),
        ("In Berlin wird die Lage als ernst bezeichnet.", []),  # a place is no source
    ],
)
def test_a_passive_summary_inside_a_text_is_that_texts(text, speakers):
    article, found = quotes(text)
    assert [texts(article, q.speaker) for q in found if q.type == "reported"] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Die Kanzlerin begrüßte den Beschluss der Behörde als überfällig.",
        "Von der Opposition wurde der Besuch als unangemessen kritisiert.",
        "Der Minister kritisierte die Behörde wegen ihrer späten Reaktion.",
        "Die Gewerkschaft wertet die Einigung als Erfolg.",
        # a figure put on something is what was said
        "Der Verband beziffert den Schaden auf 50 Millionen Euro.",
    ],
)
def test_a_judgement_with_what_was_said_of_its_object_is_a_summarised_statement(text):
    article = analyze("Titel\n\n" + text)
    assert [q.type for q in article.quotes] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Kanzlerin begrüßte den Beschluss der Behörde.",
        "Politiker von SPD und Grünen kritisierten den Vorschlag.",
        "Regierungsvertreter wiesen die Vorwürfe zurück.",
    ],
)
def test_a_bare_judgement_quotes_nothing(text):
    assert analyze("Titel\n\n" + text).quotes == ()


def test_the_speaker_of_a_bare_judgement_goes_on_speaking():
    article = analyze(
        "Titel\n\nDer OSZE-Bericht kritisiert eine Änderung des Wahlrechts."
        " Dabei seien einige Empfehlungen nicht berücksichtigt worden."
    )
    (quote,) = article.quotes
    assert quote.type == "indirect_free_indirect"
    assert texts(article, quote.speaker) == ["Der OSZE-Bericht"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die Polizei sprach von einer weitgehend friedlichen Demonstration.", 1),
        ("Die Polizei sprach mit den Anwohnern über die Demonstration.", 0),
    ],
)
def test_sprechen_von_summarises_a_statement(text, found):
    article = analyze("Titel\n\n" + text)
    assert len([q for q in article.quotes if q.type == "reported"]) == found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after the verb, "von" begins what is said
        ("Insgesamt spricht die Polizei von weniger Auseinandersetzungen.", "die Polizei"),
        # before it, "von" belongs to the speaker
        ("Eine Reporterin von n24 sprach von 800 verbrannten Autos.", "Eine Reporterin von n24"),
    ],
)
def test_the_speaker_of_sprechen_von_ends_before_what_is_said(text, speaker):
    article = analyze("Titel\n\n" + text)
    (quote,) = article.quotes
    assert article.text[quote.speaker[0].start : quote.speaker[-1].end] == speaker


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die Richter äußerten gravierende Bedenken gegen den Krieg.", 1),
        # "sich äußern": that someone commented, not what was said
        ("Zu dem Urteil äußerte sich am Montag auch der Minister.", 0),
        ("Die Ministerin hat sich bisher nicht zu den Vorwürfen geäußert.", 0),
    ],
)
def test_commenting_without_content_is_no_summarised_statement(text, found):
    article = analyze("Titel\n\n" + text)
    assert len([q for q in article.quotes if q.type == "reported"]) == found


def test_marked_words_named_by_a_summary_are_its_direct_quotation():
    article = analyze("Titel\n\nDer Experte nannte den Bericht eine „Zeitungsente“.")
    (quote,) = article.quotes
    assert quote.type == "direct"
    assert texts(article, quote.quote) == ["„Zeitungsente“"]
    assert texts(article, quote.cue) == ["nannte"]
    assert texts(article, quote.speaker) == ["Der Experte"]


@pytest.mark.parametrize(
    "text",
    [
        # more is said after the marks
        "Er rief die Muslime zum „Heiligen Krieg“ gegen den Westen auf.",
        # a demand, not a name: what is demanded is the content
        "Die Organisation forderte eine Untersuchung der „schockierenden Szenen“.",
    ],
)
def test_marked_words_inside_a_summary_leave_it_a_summary(text):
    article = analyze("Titel\n\n" + text)
    assert "reported" in [q.type for q in article.quotes]


def test_verbreiten_reports_a_clause_but_not_one_after_sodass():
    article = analyze(
        "Titel\n\nDazu ließ Ali Akbar Welajati im Rundfunk verbreiten, Iran werde nicht"
        " nachgeben. Die Rebellen sollen Gerüchte verbreitet haben, sodass Hetzjagden"
        " entstanden seien."
    )
    said = [(q.type, article.text[q.speaker[0].start : q.speaker[-1].end]) for q in article.quotes]
    assert said[0] == ("indirect", "Ali Akbar Welajati")
    assert all(kind != "indirect" for kind, _ in said[1:])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a weak verb's Präteritum is also its Konjunktiv II
        ("Ein Sprecher erklärte, die Kontrollen dienten allein der Sicherheit.", 1),
        # a present tense after the comma is the speaker's own next clause, not what was said
        ("Der Sprecher erklärte sich bereit, die Kontrollen bleiben.", 0),
    ],
)
def test_an_indicative_past_after_a_frame_is_what_was_said(text, found):
    article = analyze("Titel\n\n" + text)
    assert len([q for q in article.quotes if q.type == "indirect"]) == found


def test_a_place_in_a_new_speakers_description_is_not_their_name():
    article = analyze(
        "Titel\n\nIlse Brandvik sagte, die Lage sei ernst. Ein Sprecher des Ministeriums in"
        " Korvenstadt erklärte, die Kontrollen dienten allein der Sicherheit."
    )
    first, second = article.quotes
    assert first.speaker_name == "Ilse Brandvik"
    assert texts(article, second.speaker) == ["Ein Sprecher des Ministeriums in Korvenstadt"]
    assert second.speaker_name == ""  # neither the place nor the last speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Beamte in Korvenstadt und Lindau sagten, die Gespräche würden fortgesetzt.",
            "Beamte in Korvenstadt und Lindau",
        ),
        (
            "Officials in Kyiv and Warsaw said the talks would resume next week.",
            "Officials in Kyiv and Warsaw",
        ),
    ],
)
def test_two_places_after_one_preposition_are_where_the_speakers_are(body, speaker):
    article = analyze("Talks\n\n" + body)
    (quote,) = article.quotes
    assert texts(article, quote.speaker) == [speaker]
    assert quote.speaker_name == ""
    assert quote.speaker_entity == ""


def test_a_frame_joined_after_a_quotation_keeps_the_first_speaker():
    article = analyze(
        "Titel\n\nEr sagte, Europa brauche die Engländer und fügte hinzu: „Wer glaubt das?“"
    )
    assert [texts(article, q.speaker) for q in article.quotes] == [["Er"], ["Er"]]


def test_annehmen_with_its_particle_apart_frames_a_clause():
    article = analyze(
        "Titel\n\nEs werde eine klare Mehrheit geben, nehmen Beobachter allgemein an."
        " Die Opposition werde mit Nein stimmen."
    )
    said = [(q.type, texts(article, q.speaker)) for q in article.quotes]
    assert said == [("indirect", ["Beobachter"]), ("indirect_free_indirect", ["Beobachter"])]


def test_a_call_on_someone_is_a_summarised_statement_but_not_in_the_passive():
    article = analyze("Titel\n\nDie Union hat die Regierung erneut zur Kooperation aufgefordert.")
    assert [(q.type, texts(article, q.speaker)) for q in article.quotes] == [
        ("reported", ["Die Union"])
    ]
    # those called on are no speakers: "worden" marks the passive after a modal too
    assert analyze("Titel\n\nDie Besitzer sollen zur Flucht aufgefordert worden sein.").quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        # a separable verb whose particle ends the sentence
        "Die Behörden werfen dem Mann Menschenhandel vor.",
        "Am Abend gab der Bundeswahlleiter eine Wahlbeteiligung von 77,7 Prozent bekannt.",
        "Zudem regte ein Sprecher der Union eine Konferenz zu den Vorfällen an.",
    ],
)
def test_a_summary_with_a_separable_verb_is_reported_speech(text):
    article = analyze("Titel\n\n" + text)
    assert [q.type for q in article.quotes] == ["reported"]


def test_an_object_first_summary_is_reported_speech_of_the_person_after_the_verb():
    article = analyze(
        "Titel\n\nEine Verschiebung der Wahl bezeichnete Albrecht Conze als fatal, weil die"
        " Bürger warteten."
    )
    (quote,) = article.quotes
    assert texts(article, quote.speaker) == ["Albrecht Conze"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In ersten Agenturmeldungen war zunächst von Staatsbürgern die Rede.",
            ["ersten Agenturmeldungen"],
        ),
        ("Zunächst war von Staatsbürgern die Rede.", None),
    ],
)
def test_talk_of_something_in_a_source_is_reported_speech(text, speaker):
    article = analyze("Titel\n\n" + text)
    reported = [q for q in article.quotes if q.type == "reported"]
    if speaker is None:
        assert reported == []
    else:
        assert texts(article, reported[0].speaker) == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Der Konzern plant eine Umwandlung. Dies geht aus einer Mitteilung des Konzerns"
            " hervor.",
            "Der Konzern plant eine Umwandlung",
            "einer Mitteilung des Konzerns",
        ),
        (
            "Aus dem Bericht geht hervor, dass die Zahl gestiegen ist.",
            "dass die Zahl gestiegen ist",
            "dem Bericht",
        ),
    ],
)
def test_hervorgehen_names_its_source_after_aus(text, said, speaker):
    article = analyze("Titel\n\n" + text)
    (quote,) = article.quotes
    assert article.text[quote.quote[0].start : quote.quote[-1].end] == said
    assert texts(article, quote.speaker) == [speaker]


def test_a_stative_passive_of_a_reporting_verb_is_no_quotation():
    # its subject is what was announced, not who announced it
    assert analyze("Titel\n\nWeitere Aktionen sind für den Montag angekündigt.").quotes == ()


def test_the_participle_of_a_reporting_verb_after_a_full_verb_is_no_quotation():
    # "liegen … begründet" (are rooted in) is no perfect of "begründen"
    text = "Die Schwierigkeiten der Regierung liegen in den Gegensätzen des Landes begründet."
    assert analyze("Titel\n\n" + text).quotes == ()


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a cue noun in the attribute of another noun is no source
        ("Die Anklage beantragte nach Abschluss der Ermittlungen einen Prozess.", []),
        # "nach" after a noun of asking takes what is asked for
        ("Die Forderungen nach mehr Demokratie stoßen auf wenig Gegenliebe.", []),
        # the head noun after a genitive name is
        ("Nach Grupps Meinung sollten Unternehmer haften.", ["Grupps Meinung"]),
    ],
)
def test_nach_attributes_only_when_its_head_noun_is_a_source(text, sources):
    article = analyze("Titel\n\n" + text)
    found = [article.text[s.start : s.end] for q in article.quotes for s in q.speaker]
    assert found == sources


def test_a_source_nested_in_a_reported_clause_is_inside_the_outer_quotation():
    article = analyze(
        "Titel\n\nWie Regierungssprecher Thomas Steg mitteilte, ist die Kernkraft nach"
        " Auffassung der Kanzlerin auf absehbare Zeit unverzichtbar. Daran ändere auch der"
        " Zwischenfall vom Wochenende nichts."
    )
    outer, inner, then = article.quotes

    def text(spans):
        return " | ".join(texts(article, spans))

    assert text(outer.quote) == (
        "ist die Kernkraft nach Auffassung der Kanzlerin auf absehbare Zeit unverzichtbar"
    )
    assert text(inner.quote) == "ist die Kernkraft | auf absehbare Zeit unverzichtbar"
    assert text(inner.speaker) == "Auffassung der Kanzlerin"
    # free indirect speech goes on with the speaker of the verb frame, not the nested source
    assert then.type == "indirect_free_indirect"
    assert text(then.speaker) == "Regierungssprecher Thomas Steg"


def test_a_source_in_a_relative_clause_of_its_own_ends_the_outer_quotation():
    article = analyze(
        "Titel\n\nZudem wird kritisiert, dass die Angaben unter Verschluss bleiben sollen, die"
        " nach Aussagen der Organisationen nicht betroffen sind."
    )
    outer = article.quotes[0]
    assert "Organisationen" not in article.text[outer.quote[0].start : outer.quote[-1].end]


def test_hearsay_after_a_pronoun_that_does_not_speak_keeps_the_last_source():
    article = analyze(
        "Titel\n\nNach Polizeiangaben wurden sechs Menschen getötet. Sie starben im Krankenhaus."
        " Außerdem sollen zehn weitere Menschen verletzt worden sein."
    )
    hearsay = article.quotes[-1]
    assert hearsay.type == "free_indirect"
    assert texts(article, hearsay.speaker) == ["Polizeiangaben"]


def test_a_carried_speaker_is_named_where_the_sentence_mentions_it_again():
    article = analyze(
        "Titel\n\nZum Haushalt sagte Bundesfinanzminister Peer Steinbrück, es gebe Zumutungen."
        " Für Steinbrück bleibt „die Entschuldung des Bundes eine Aufgabe für Jahrzehnte“."
    )
    quote = article.quotes[-1]
    assert quote.type == "direct"
    (speaker,) = quote.speaker
    assert article.text[speaker.start : speaker.end] == "Steinbrück"
    assert speaker.start > article.text.index("Zumutungen")  # the mention in its own sentence


def test_marks_inside_carried_free_indirect_speech_name_the_speaker_of_their_sentence():
    article = analyze(
        "Titel\n\nDer Betriebsratsvorsitzende Bernd Osterloh hat die Kommission angegriffen."
        " Vor Gericht sieht Osterloh einen Angriff, es stehe im Gegensatz zur „sozialen"
        " Marktwirtschaft“."
    )
    (marked,) = [q for q in article.quotes if q.type == "direct"]
    (speaker,) = marked.speaker
    assert article.text[speaker.start : speaker.end] == "Osterloh"
    assert speaker.start > article.text.index("Gericht")  # the mention in its own sentence


def test_a_cue_noun_that_is_the_subject_of_a_cue_verb_is_the_speaker():
    article = analyze(
        "Titel\n\nFerner hat die Studie festgestellt, dass eine Abwanderung nicht stattfinde."
    )
    (quote,) = article.quotes
    assert texts(article, quote.cue) == ["hat", "festgestellt"]
    assert texts(article, quote.speaker) == ["die Studie"]


def test_a_wie_frame_attributes_a_clause_whose_verb_could_be_a_cue():
    article = analyze(
        "Titel\n\nWie die Zeitung berichtet, hat der Konzern den Trailer veröffentlicht."
    )
    (quote,) = article.quotes
    assert quote.type == "indirect"
    assert texts(article, quote.speaker) == ["die Zeitung"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Die Richter stellten im Urteil klar, dass der Soldat unschuldig sei.", "Die Richter"),
        ("Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe.", "Die Experten"),
        ("Die Ärzte kamen zu dem Schluss, dass der Tod natürlich gewesen sei.", "Die Ärzte"),
    ],
)
def test_conclusions_frame_what_follows(sentence, speaker):
    article = analyze("Titel\n\n" + sentence)
    (quote,) = article.quotes
    assert quote.type == "indirect"
    assert texts(article, quote.speaker) == [speaker]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Aus Paris hieß es, das Vorgehen sei eine Verletzung des Abkommens.", ["Aus Paris"]),
        (
            "„Das war ein Anschlag“, hieß es vom Sprecher Viktor Oserow.",
            ["vom Sprecher Viktor Oserow"],
        ),
        ("Vom Sonntag hieß es, dass alles gut sei.", []),  # when, not where from
    ],
)
def test_where_es_heisst_comes_from(sentence, speaker):
    article = analyze("Titel\n\n" + sentence)
    quote = article.quotes[0]
    assert texts(article, quote.speaker) == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Er starb, teilte die zur Stanford University gehörende Hoover Institution mit.",
            "die zur Stanford University gehörende Hoover Institution",
        ),
        (
            "„Das ist toll“, schrieb die in New York City geborene Lopez.",
            "die in New York City geborene Lopez",
        ),
    ],
)
def test_a_speaker_with_an_extended_attribute(sentence, speaker):
    article = analyze("Titel\n\n" + sentence)
    quote = article.quotes[0]
    assert texts(article, quote.speaker) == [speaker]


def test_a_decision_does_not_point_back_at_the_sentence_before():
    article = analyze(
        "Titel\n\nDer Angeklagte bleibt in Haft. Das beschloss heute das Gericht in Manhattan."
    )
    assert article.quotes == ()


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Einer der Putschisten, Harouna Adamou, dankte den Menschen und ergänzte, der"
            " Staatsstreich sei im Interesse des Landes.",
            "Einer der Putschisten, Harouna Adamou",
        ),
        ("Das FBI seinerseits versprach, sich darum zu kümmern.", "Das FBI"),
    ],
)
def test_subjects_apart_from_their_verb(sentence, speaker):
    article = analyze("Titel\n\n" + sentence)
    (quote,) = article.quotes
    assert texts(article, quote.speaker) == [speaker]


def test_a_time_before_the_verb_is_no_speaker():
    article = analyze("Titel\n\nLetzte Woche war befürchtet worden, dass der Damm bricht.")
    (quote,) = article.quotes
    assert quote.speaker == ()


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Sie seien außer Lebensgefahr, sagte Mark O’Keefe, der Sprecher der „EVAC-Ambulanz“.",
            "Mark O’Keefe, der Sprecher der „EVAC-Ambulanz“",
        ),
        (
            "Das sei maßvoll, so Ursula Castrup, die Leiterin der Fachstelle für Prävention.",
            "Ursula Castrup, die Leiterin der Fachstelle für Prävention",
        ),
        (
            "„Wir werden das prüfen“, sagte Hugo Salcedo, Kopf einer Gruppe von Inspektoren.",
            "Hugo Salcedo, Kopf einer Gruppe von Inspektoren",
        ),
    ],
)
def test_a_description_after_the_speaker_runs_to_the_end_of_the_sentence(sentence, speaker):
    article = analyze("Titel\n\n" + sentence)
    quote = article.quotes[0]
    assert texts(article, quote.speaker) == [speaker]
    assert "Sprecher" not in article.text[quote.quote[-1].start : quote.quote[-1].end]


def test_hervorgehen_with_a_noun_subject_is_no_report():
    article = analyze(
        "Titel\n\nEr glaubt, dass das Team gestärkt aus der Saison hervorgegangen sei:"
        " „Wir haben gelernt, bescheidener zu sein.“"
    )
    assert {article.text[q.speaker[0].start : q.speaker[0].end] for q in article.quotes} == {"Er"}


def test_an_object_in_front_leaves_the_subject_after_the_verb():
    article = analyze(
        "Titel\n\nDen Unmut der CDU brachte die Sprecherin der Fraktion, Annette Widmann-Mauz,"
        " zum Ausdruck: „Es gibt keinen Grund.“"
    )
    (quote,) = article.quotes
    assert texts(article, quote.speaker) == ["die Sprecherin der Fraktion, Annette Widmann-Mauz"]


def test_a_dative_in_front_of_a_passive_is_spoken_to():
    article = analyze("Titel\n\nDem Niederländer wird vorgeworfen, seine Frau belästigt zu haben.")
    (quote,) = article.quotes
    assert texts(article, quote.addressee) == ["Dem Niederländer"]
    assert quote.speaker == ()


@pytest.mark.parametrize(
    ("body", "speaker", "addressee"),
    [
        ("Die Banken sollen aufgefordert werden, Kredite zu geben.", "", "Die Banken"),
        (
            "Die Banken sollen von der Regierung aufgefordert werden, Kredite zu geben.",
            "der Regierung",
            "Die Banken",
        ),
    ],
)
def test_a_passive_after_a_modal_is_spoken_to(body, speaker, addressee):
    article = analyze("Titel\n\n" + body)
    (quote,) = article.quotes
    assert " ".join(texts(article, quote.speaker)) == speaker
    assert texts(article, quote.addressee) == [addressee]


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        ("Sie drängten den Premierminister, die Truppen abzuziehen.", "den Premierminister"),
        ("Er ermahnte die Regierung, die Verträge einzuhalten.", "die Regierung"),
        ("Putin wies die Regierung an, die Preise zu senken.", "die Regierung"),
        ("Er beschwor die Verbündeten, die Ukraine nicht aufzugeben.", "die Verbündeten"),
        (
            "In einem Interview mit der Financial Times sagte er, die Lage sei ernst.",
            "der Financial Times",
        ),
        ("Die Lage sei ernst, sagte er im Gespräch mit dem Sender.", "dem Sender"),
    ],
)
def test_the_object_of_an_urging_verb_or_a_conversation_partner_is_spoken_to(body, addressee):
    article = analyze("Titel\n\n" + body)
    (quote,) = article.quotes
    assert texts(article, quote.addressee) == [addressee]


@pytest.mark.parametrize(
    ("body", "lemma"),
    [
        ("Er fügte hinzu, die Lage sei ernst.", "hinzufügen"),
        ("Sie forderte die Verbündeten auf, mehr zu liefern.", "auffordern"),
        ("Die Verbündeten wurden aufgefordert, mehr zu liefern.", "auffordern"),
        ("Er sagte, die Lage sei ernst.", "sagen"),
    ],
)
def test_the_cue_lemma_puts_a_separated_particle_back(body, lemma):
    (quote,) = analyze("Titel\n\n" + body).quotes
    assert quote.cue_lemma == lemma


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "„Wir kommen“, sagte er mit Blick darauf, dass die Wahl bevorsteht.",
            [("direct", "„Wir kommen“", "er", "sagte")],
        ),
        (
            "Die Lage sei ernst, sagte er im Hinblick darauf, dass die Wahl bevorsteht.",
            [("indirect", "Die Lage sei ernst", "er", "sagte")],
        ),
    ],
)
def test_a_clause_in_view_of_which_something_was_said_is_no_part_of_the_quote(body, expected):
    article, found = quotes(body)
    assert [described(article, q) for q in found] == expected


def test_a_conversation_after_which_something_is_said_names_no_addressee():
    article = analyze("Titel\n\nNach einem Gespräch mit Scholz sagte Macron, die Lage sei ernst.")
    (quote,) = article.quotes
    assert quote.addressee == ()


@pytest.mark.parametrize(
    "body",
    [
        "Die Lage ist ernst. „Wir wussten das. Ich bin zufrieden“, meinte der Trainer der"
        " Frankfurter, Michael Skibbe, in der Sportschau.",
        "Auch die Eintracht war froh: „Wir wussten das. Ich bin zufrieden“, meinte der Trainer"
        " der Frankfurter, Michael Skibbe.",
    ],
)
def test_a_frame_after_the_quotation_with_an_apposition_names_the_speaker(body):
    article = analyze("Titel\n\n" + body)
    (quote,) = article.quotes
    assert article.text[quote.quote[0].start : quote.quote[-1].end].endswith("zufrieden“")
    assert texts(article, quote.speaker) == ["der Trainer der Frankfurter, Michael Skibbe"]


def test_a_colon_sentence_with_a_plural_present_names_its_subject():
    article = analyze(
        "Titel\n\nDie Bewohner des Dorfes sehen alles gelassen: „Das sind Leute wie du und ich.“"
    )
    (quote,) = article.quotes
    assert texts(article, quote.speaker) == ["Die Bewohner des Dorfes"]


def test_a_clause_of_reason_before_the_frame_is_not_what_was_said():
    article = analyze(
        "Titel\n\nDa Brauereien auf Trinkwasser angewiesen sind, warnte der Geschäftsführer des"
        " Brauer-Bundes, Peter Hahn, die Politik in einem Brief: „Durch Fracking droht Gefahr.“"
    )
    (quote,) = article.quotes
    assert article.text[quote.quote[0].start : quote.quote[0].end].startswith("„Durch")
    assert texts(article, quote.speaker) == ["der Geschäftsführer des Brauer-Bundes, Peter Hahn"]


def test_a_clause_of_reason_inside_marks_is_quoted():
    article = analyze(
        "Titel\n\n„Das ist normal. Weil die Polizei das Leben einschränkt“, sagte Dolkun Isa."
    )
    speakers = {article.text[q.speaker[0].start : q.speaker[0].end] for q in article.quotes}
    assert speakers == {"Dolkun Isa"}


def test_a_name_that_only_modifies_the_object_does_not_speak():
    article = analyze(
        "Titel\n\nDas Nobelkomitee würdigte damit Obamas Einsatz für die Diplomatie."
        " Er habe ein neues Klima geschaffen."
    )
    speakers = {article.text[q.speaker[0].start : q.speaker[0].end] for q in article.quotes}
    assert speakers == {"Das Nobelkomitee"}


def test_a_genitive_with_an_extended_attribute_stays_in_the_speaker():
    article = analyze(
        "Titel\n\nVertreter aller im Bundestag vertretenen Parteien warnten vor den Gefahren"
        " des Extremismus. Diese Gefahr dürfe nicht verharmlost werden."
    )
    speakers = {article.text[q.speaker[0].start : q.speaker[0].end] for q in article.quotes}
    assert speakers == {"Vertreter aller im Bundestag vertretenen Parteien"}


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Der Sicherheitsrat rief die Regierung zur Beendigung der Gewalt auf.",
            "Der Sicherheitsrat",
        ),
        ("Sie sicherte dabei Johnson ihre volle Unterstützung zu.", "Sie"),
        (
            "Ministerpräsident Kretschmann versicherte eine gute Zusammenarbeit.",
            "Ministerpräsident Kretschmann",
        ),
        ("Der Forscher Heino Weber riet zu Gelassenheit.", "Der Forscher Heino Weber"),
        ("Zusammen mit Geithner plädiert Frank für eine Reform.", "Frank"),
        (  # a view, summarised by what it holds the thing to be
            "Der Vize-Außenminister betrachtet die Anrufung des Rates als Eskalation.",
            "Der Vize-Außenminister",
        ),
    ],
)
def test_appeals_and_promises_are_reported_speech(sentence, speaker):
    article = analyze("Titel\n\nDie Lage ist unklar. " + sentence)
    (quote,) = article.quotes
    assert quote.type == "reported"
    assert texts(article, quote.speaker) == [speaker]


def test_a_one_word_name_and_a_colon_in_a_headline_frame_the_quotation():
    article = analyze("Brandvik: „Jeder Tag Blockade kostet Menschenleben“\n\nSie warnte.")
    quote = article.quotes[0]
    assert texts(article, quote.speaker) == ["Brandvik"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Als Zeichen gegen den Klimawandel gingen vorgestern die Lichter aus.",
        "Das Objekt, genannt 2003 EL61, hat die Form einer Kartoffel.",
        "Bereits im Oktober 2005 war von einer Fluguntauglichkeit die Rede.",
        "Seit November gilt ein neuer Standard, genannt „Blu-ray-Disc-Profil 1.1“.",
        "Damit bestätigt sich die Befürchtung, dass sich das Virus ausbreitet.",
        "Außerdem ist geplant, dass Firmen sich beteiligen können.",
        "Wenn er verurteilt werden sollte, droht ihm die Todesstrafe.",
        "Kluncker, der genau wusste, dass die Regierung sparen wollte, blieb hart.",
        "Der Papst, wie er sich selbst gerne nannte, ist im Alter von 90 Jahren tot.",
        "Zwar dauerte der Flug wie geplant 13 Minuten, doch die Höhe wurde nicht erreicht.",
        "Der Schaden ist geringer als zunächst angenommen, weil der Sturm abgedreht hat.",
        "Wie bereits berichtet, hat die Firma Insolvenz angemeldet.",
        "Damit kam er den Forderungen der Stadt nach.",
    ],
)
def test_sentences_that_only_look_like_summarised_speech(sentence):
    assert analyze("Titel\n\nDie Lage ist unklar. " + sentence).quotes == ()


@pytest.mark.parametrize("cue", ["sagte er", "so der Minister"])
def test_a_direct_quotation_split_by_its_frame_is_one_direct_quotation(cue):
    article = analyze(
        f"Titel\n\n„Dies ist ein kritischer Moment“, {cue}, „und wir müssen handeln.“"
    )
    (quote,) = article.quotes
    assert quote.type == "direct"
    assert texts(article, quote.quote) == [
        "„Dies ist ein kritischer Moment“",
        "„und wir müssen handeln.“",
    ]


def test_konjunktiv_after_a_split_frame_stays_indirect():
    article = analyze(
        "Titel\n\n„Bis es zu spät war“, so Celebi, seien „die Hilferufe nicht ernst genommen"
        " worden“."
    )
    assert "indirect" in {q.type for q in article.quotes}


def test_a_colon_sentence_in_konjunktiv_goes_on_with_the_speaker_before():
    article = analyze(
        "Titel\n\nWie die Premierministerin Anna Bligh erklärte, habe sie den Zivilschutz"
        " alarmiert. Queensland sei Neuseeland zu Dank verpflichtet: „Sie haben uns geholfen.“"
    )
    marked = next(q for q in article.quotes if q.type == "direct")
    assert texts(article, marked.speaker) == ["die Premierministerin Anna Bligh"]


def test_marked_words_after_fuer_a_person_are_that_persons_view():
    article = analyze(
        "Titel\n\nDie CDU hatte Aufklärung gefordert. Für Bildungssenator Willi Lemke ist die"
        " Beschäftigung ein „gelungenes Beispiel für Resozialisierung“."
    )
    marked = next(q for q in article.quotes if q.type == "direct")
    assert texts(article, marked.speaker) == ["Bildungssenator Willi Lemke"]


def test_dessen_before_a_noun_opens_the_speaker_phrase():
    article = analyze(
        "Titel\n\nNach Gerüchten teilte dessen Stellvertreter mit: „Er ruft uns an.“"
        " Die Partei, deren Chef zurücktrat, sagte, sie sei bereit."
    )
    speakers = [article.text[q.speaker[0].start : q.speaker[0].end] for q in article.quotes]
    assert speakers == ["dessen Stellvertreter", "Die Partei"]


def test_a_four_word_sentence_can_summarise_speech():
    article = analyze("Titel\n\nDie Lage ist unklar. Kritiker fürchten Interessenskonflikte.")
    (quote,) = article.quotes
    assert quote.type == "reported"
    assert texts(article, quote.speaker) == ["Kritiker"]


def test_so_with_a_frame_of_its_own_does_not_attribute_the_sentence_before():
    article = analyze(
        "Titel\n\nDie Schulden steigen weiter. So erklärte der Finanzexperte Jürgen Koppelin,"
        " dass die Neuverschuldung nur wegen der Steuererhöhung geringer ausfalle."
    )
    said = [article.text[q.quote[0].start : q.quote[-1].end] for q in article.quotes]
    assert said == ["dass die Neuverschuldung nur wegen der Steuererhöhung geringer ausfalle"]


def test_wie_sich_x_ausdrueckte_frames_a_quotation():
    article = analyze(
        "Titel\n\nDie Speicherung der Daten ist, wie sich Tauss ausdrückte, „das pure Gegenteil"
        " von Datenschutz“."
    )
    (quote,) = article.quotes
    assert texts(article, quote.speaker) == ["Tauss"]


def test_a_participle_after_an_apposition_frames_only_what_follows_it():
    article = analyze(
        "Titel\n\nErst vor zwei Tagen hatte der Investor für den Neubau, Larry A. Silverstein,"
        " zugesagt, nicht weiter über den Turm bestimmen zu wollen."
    )
    (quote,) = article.quotes
    said = texts(article, quote.quote)
    assert said == ["nicht weiter über den Turm bestimmen zu wollen"]


def test_a_name_in_marks_after_an_article_may_contain_a_verb():
    article = analyze(
        "Titel\n\nWie die „Aktion Deutschland hilft“ heute mitteilte, werde die Hilfe behindert."
    )
    (quote,) = [q for q in article.quotes if q.type == "indirect"]
    assert texts(article, quote.speaker) == ["die „Aktion Deutschland hilft“"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "BKA-Präsident Ziercke: „Mit diesem Ansatz setzt das BKA ein Zeichen.“",
            ["BKA-Präsident Ziercke"],
        ),
        ("Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche.“", ["Koppelin"]),
        ("Nina Hagen zur neuen Heimat: „Die Sachen sind schon umgezogen.“", ["Nina Hagen"]),
        # a heading is no speaker
        ("Steuern: „Die so genannte Reichensteuer kommt im nächsten Jahr.“", []),
    ],
)
def test_a_name_and_a_colon_frame_the_quotation_after_them(text, speaker):
    article = analyze("Titel\n\nDie Debatte ging weiter. " + text)
    quote = article.quotes[-1]
    assert quote.type == "direct"
    assert texts(article, quote.speaker) == speaker


def test_a_source_before_a_verb_frame_reports_the_frame_and_what_it_says():
    article = analyze("Titel\n\nLaut der Agentur sagte der Präsident, dass die Bank wachse.")
    outer, inner = article.quotes
    assert described(article, outer) == (
        "indirect",
        "sagte der Präsident, dass die Bank wachse",
        "der Agentur",
        "Laut",
    )
    assert described(article, inner) == (
        "indirect",
        "dass die Bank wachse",
        "der Präsident",
        "sagte",
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # separable verbs whose lexicon entry is the infinitive: "zugeben", "aussagen"
            "Der Täter gab zu, geschossen zu haben.",
            ("indirect", "geschossen zu haben", "Der Täter", "gab zu"),
        ),
        (
            "Die Zeugin sagte aus, dass sie nichts gesehen habe.",
            ("indirect", "dass sie nichts gesehen habe", "Die Zeugin", "sagte aus"),
        ),
        (  # "plädieren" with a dass- or zu-clause
            "Ebenso plädierte Volker Beck dafür, dem Sänger kein Visum zu erteilen.",
            ("indirect", "dem Sänger kein Visum zu erteilen", "Volker Beck", "plädierte"),
        ),
        (  # a second main clause after "und" with a subject of its own
            "Die Gruppe schickte das Material und der Minister sagte, die Lage sei ernst.",
            ("indirect", "die Lage sei ernst", "der Minister", "sagte"),
        ),
        (  # a conjunction before "wie"
            "Denn wie die Zeitung berichtete, leidet er an Alzheimer.",
            ("indirect", "leidet er an Alzheimer", "die Zeitung", "berichtete"),
        ),
        (  # a separable verb's zu-infinitive whose particle holds a "zu" of its own
            "Der Politiker hat angekündigt, von seinem Amt zurückzutreten.",
            ("indirect", "von seinem Amt zurückzutreten", "Der Politiker", "hat angekündigt"),
        ),
        (  # the particle after the apposition of the subject
            "Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass es brannte.",
            (
                "indirect",
                "dass es brannte",
                "der Leiter der Dienststelle, Andreas Huber",
                "gab bekannt",
            ),
        ),
        (  # adverbs between the apposition and the particle
            "Damals ging Celebi, die Anwältin der Frau, noch davon aus, dass es brannte.",
            ("indirect", "dass es brannte", "Celebi, die Anwältin der Frau", "ging aus"),
        ),
        (  # a second clause with the first one's subject, after a comma
            "Die UN bestätigten den Vorfall, teilten jedoch mit, es sei unklar, wer angriff.",
            ("indirect", "es sei unklar, wer angriff", "Die UN", "teilten mit"),
        ),
    ],
)
def test_verb_frames(body, expected):
    article, found = quotes(body)
    assert [described(article, q) for q in found] == [expected]


def test_a_clause_opening_with_its_verb_is_not_what_the_frame_before_reports():
    """ "gebe die Kontakte zu, spreche aber …": his second statement, not the content of the
    first."""
    _, found = quotes("Der Mann gebe die Kontakte zu, spreche aber von Einvernehmlichkeit.")
    assert all(quote.type != "indirect" for quote in found)


def test_a_so_frame_ends_at_a_colon_that_opens_a_direct_quotation():
    article, found = quotes(
        "Die Firma schwieg. Diese Unwissenheit habe Methode, so Elshorst weiter: „Das ist üblich.“"
    )
    assert [described(article, q) for q in found] == [
        ("indirect", "Diese Unwissenheit habe Methode", "Elshorst", "so"),
        ("direct", "„Das ist üblich.“", "Elshorst", ""),
    ]


def test_a_numeral_after_a_name_ends_the_speaker_phrase():
    """ "München I" is a name with a numeral; "ein neues Ergebnis" is the object after it."""
    article, found = quotes(
        "Heute hat die Staatsanwaltschaft München I ein neues Ergebnis der Obduktion bekannt "
        "gegeben."
    )
    assert [texts(article, q.speaker) for q in found] == [["die Staatsanwaltschaft München I"]]


def test_a_quotation_without_a_frame_takes_the_speaker_of_the_nearest_one_before_it():
    # the marked words after "sprach von" are framed in a later pass than "sagte Beck" is;
    # what counts is their place in the text
    article = analyze(
        "Titel\n\nPremierminister Key sprach von einer „vollständigen Zerstörung“."
        " „Es ist erschütternd“, sagte Beck. „Die Menschen hier sind traumatisiert.“"
    )
    last = article.quotes[-1]
    assert texts(article, last.quote) == ["„Die Menschen hier sind traumatisiert.“"]
    assert texts(article, last.speaker) == ["Beck"]


def test_an_infinitive_with_zu_after_a_verb_of_assurance_is_what_was_said():
    article, found = quotes(
        "Dagegen beteuerte die Polizei, ständig rund um den Bahnhof auf Streife zu sein."
    )
    assert [described(article, q) for q in found] == [
        ("indirect", "ständig rund um den Bahnhof auf Streife zu sein", "die Polizei", "beteuerte")
    ]


def test_an_infinitive_of_purpose_or_a_clause_with_the_preposition_zu_is_not_said():
    for body in (
        "Die Partei beschuldigte die Regierung des Betrugs, um die Niederlage zu verschleiern.",
        "Der Minister hatte seinen Rücktritt bekannt gegeben, nachdem die Wahl zu einem Patt"
        " geführt hatte.",
    ):
        _, found = quotes(body)
        assert not [q for q in found if q.type == "indirect"], body


def test_a_relative_pronoun_right_before_the_verb_is_the_speaker():
    article, found = quotes(
        "Die Polizei sprach mit einem Jungen, der angab, von dem Mann bedroht worden zu sein."
    )
    assert [described(article, q) for q in found] == [
        ("indirect", "von dem Mann bedroht worden zu sein", "der", "angab")
    ]
    # a passive: the relative pronoun is the one accused
    article, found = quotes(
        "Zwei Männer wurden festgenommen, die beschuldigt werden, Mitglieder der Bande zu sein."
    )
    assert all(texts(article, q.speaker) != ["die"] for q in found)


def test_a_relative_clause_on_the_speaker_after_a_quotation_is_not_quoted():
    article, found = quotes(
        "„Wir können das nicht ignorieren. In 20 Jahren wird die Welt eine andere sein“, sagte"
        " Arturo Arauz, der das Gesetz entworfen hatte."
    )
    assert [described(article, q) for q in found] == [
        (
            "direct",
            "„Wir können das nicht ignorieren. In 20 Jahren wird die Welt eine andere sein“",
            "Arturo Arauz",
            "sagte",
        )
    ]


def test_a_relative_pronoun_before_a_name_opens_a_verb_final_frame():
    article, found = quotes(
        "Das ist die Marke, die Gerhard Schröder zum Kriterium erklärt hatte: „Ich rechne damit.“"
    )
    assert [described(article, q) for q in found] == [
        ("direct", "„Ich rechne damit.“", "Gerhard Schröder", "erklärt hatte")
    ]


def test_two_marked_quotations_joined_by_und_after_one_frame_are_two_quotations():
    article, found = quotes(
        "Der Kanzler hatte erklärt: „Ich rechne damit.“ und „Wir haben es nicht verdient.“"
    )
    assert [described(article, q) for q in found] == [
        ("direct", "„Ich rechne damit.“", "Der Kanzler", "hatte erklärt"),
        ("direct", "„Wir haben es nicht verdient.“", "Der Kanzler", "hatte erklärt"),
    ]


def test_a_clause_after_und_with_its_own_subject_does_not_borrow_the_first_verb():
    article, found = quotes("Die Lage war schlecht und die Anwohner befürchten, dass es so bleibt.")
    assert [described(article, q) for q in found] == [
        ("indirect", "dass es so bleibt", "die Anwohner", "befürchten")
    ]
    # a demonstrative opens a main clause, not a verb-final one
    article, found = quotes(
        "Dies war nicht der erste Streit und die Hongkonger befürchten, dass es so bleibt."
    )
    assert [described(article, q) for q in found] == [
        ("indirect", "dass es so bleibt", "die Hongkonger", "befürchten")
    ]
    # a truncated compound joined by "und" is one phrase, no clause
    article, found = quotes(
        "Stoiber hatte die Rolle der Fraktions- und Parteivorsitzenden betont: „Es fällt dort.“"
    )
    assert [described(article, q) for q in found] == [
        ("direct", "„Es fällt dort.“", "Stoiber", "hatte betont")
    ]


def test_da_before_a_lower_case_word_opens_a_clause_and_names_no_one():
    article = analyze(
        "Titel\n\nDer Anwalt sagte, die Frau sei müde. Da ihre Mandantin Angst hatte, habe sie"
        " geschwiegen."
    )
    assert [texts(article, q.speaker) for q in article.quotes] == [["Der Anwalt"], ["Der Anwalt"]]


def test_a_number_after_a_source_counts_what_follows_and_is_part_of_the_quotation():
    article, found = quotes("Bei dem Umsturz waren nach Angaben der Armee zehn Personen gestorben.")
    (quote,) = found
    assert texts(article, quote.speaker) == ["Angaben der Armee"]
    assert "zehn Personen" in " ".join(texts(article, quote.quote))
    article, found = quotes("In der Region mussten laut Behördenangaben 7.000 Menschen fliehen.")
    assert [texts(article, q.speaker) for q in found] == [["Behördenangaben"]]


def test_wonach_attributes_its_clause_to_the_phrase_before_it():
    article, found = quotes(
        "Es gab einen Bericht der Agentur Interfax, wonach der Politiker festgenommen worden sei."
    )
    assert [described(article, q) for q in found] == [
        (
            "indirect",
            "der Politiker festgenommen worden sei",
            "einen Bericht der Agentur Interfax",
            "wonach",
        )
    ]
    # with no phrase right before it, the clause stays the verb's
    article, found = quotes("Er konnte Berichte nicht bestätigen, wonach Zeugen etwas hörten.")
    assert all(texts(article, q.cue) != ["wonach"] for q in found)


def test_marked_words_inside_two_quotations_take_the_speaker_of_the_inner_one():
    article = analyze(
        "Titel\n\nDer Verteidiger hatte betont, der Angeklagte sei harmlos, doch die Richterin"
        " blieb hart: Eine Bewährung sei nicht vermittelbar, „wenn jemand betrunken fährt“, so"
        " Ute Bader."
    )
    (marked,) = [q for q in article.quotes if q.type == "direct"]
    assert texts(article, marked.speaker) == ["Ute Bader"]


def test_a_source_named_by_an_agency_in_lower_case():
    article, found = quotes("Laut dpa hat die Regierung den Plan gebilligt.")
    assert [described(article, q) for q in found] == [
        ("indirect", "hat die Regierung den Plan gebilligt", "dpa", "Laut")
    ]


def test_an_infinitive_with_zu_after_a_participle_cue_needs_no_comma():
    article, found = quotes("Der Präsident hatte angekündigt bei der Wahl erneut anzutreten.")
    assert [described(article, q) for q in found] == [
        ("indirect", "bei der Wahl erneut anzutreten", "Der Präsident", "hatte angekündigt")
    ]


def test_a_name_with_its_party_in_brackets_is_an_apposition_between_commas():
    article = analyze(
        "Titel\n\nPetra Pau sagte, das sei falsch. Unterdessen verteidigte der Vorsitzende des"
        " Ausschusses, Sebastian Edathy (SPD), den Entwurf. Er halte ihn für vertretbar."
    )
    last = article.quotes[-1]
    assert last.type == "indirect_free_indirect"
    assert texts(article, last.speaker) == [
        "der Vorsitzende des Ausschusses, Sebastian Edathy (SPD)"
    ]


def test_a_body_named_by_a_common_noun_is_the_topic_a_free_indirect_sentence_reports():
    article = analyze(
        "Titel\n\nAm 15. Mai hat die Wahlkommission den Termin festgelegt. Mögliche Termine seien"
        " der 24. September und der 8. Oktober."
    )
    (quote,) = article.quotes
    assert quote.type == "indirect_free_indirect"
    assert texts(article, quote.speaker) == ["die Wahlkommission"]


def test_a_subject_then_a_marked_rest_is_what_a_frame_reports():
    article, found = quotes("Ein Sprecher meinte, der Mann „konnte sich damit nicht abfinden“.")
    assert [described(article, q)[:3] for q in found] == [
        ("indirect", "der Mann „konnte sich damit nicht abfinden“", "Ein Sprecher"),
        ("direct", "„konnte sich damit nicht abfinden“", "Ein Sprecher"),
    ]


def test_dem_vernehmen_nach_is_a_source():
    article, found = quotes("Dem Vernehmen nach soll der Minister bis zum Frühjahr bleiben.")
    assert [described(article, q)[2:] for q in found] == [("Dem Vernehmen", "nach")]


def test_a_longer_quoted_name_after_an_article_is_one_subject():
    article = analyze(
        "Titel\n\nDie „Kampagne für ein Freies Tibet“ berichtete über einen Marsch. Die"
        " Demonstranten sollen Bilder mit sich geführt haben."
    )
    assert [texts(article, q.speaker) for q in article.quotes] == [
        ["Die „Kampagne für ein Freies Tibet“"],
        ["Die „Kampagne für ein Freies Tibet“"],
    ]


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Zuvor hatte die „Bild“-Zeitung berichtet, der Kanzler plane eine Reise.",
            "die „Bild“-Zeitung",
        ),
        ("Dem „Spiegel“-Bericht zufolge plant der Kanzler eine Reise.", "Dem „Spiegel“-Bericht"),
    ],
)
def test_a_noun_joined_by_a_hyphen_to_a_quoted_name_is_part_of_the_speaker(body, speaker):
    article, found = quotes(body)
    assert [texts(article, q.speaker) for q in found] == [[speaker]]
    assert found[0].speaker_name in {"Bild", "Spiegel"}


def test_frame_after_the_marks_takes_the_quotation_from_a_colon_frame():
    # "bat den Papst: „…“, heißt es in einer Erklärung": one quotation, the statement's
    article, found = quotes(
        "Wagner bat den Papst um die Rücknahme der Ernennung: „Ich bin zu dem Entschluss "
        "gekommen, um Rücknahme zu bitten“, heißt es in einer gestern verbreiteten Erklärung."
    )
    assert [described(article, q)[0] for q in found] == ["direct"]
    assert described(article, found[0])[2:] == ("einer gestern verbreiteten Erklärung", "heißt")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "„Wir bitten um Ruhe“, heißt es in dem Schreiben an Staatsanwaltschaft, Polizei und "
            "Veranstalter.",
            "dem Schreiben an Staatsanwaltschaft",
        ),
        (
            "„Ich bitte um Ruhe“, sagte der Chef von Staatsanwaltschaft, Polizei und Feuerwehr.",
            "der Chef von Staatsanwaltschaft",
        ),
    ],
)
def test_frame_after_the_marks_may_end_in_a_list_of_nouns(body, speaker):
    article, found = quotes(body)
    assert [described(article, q)[2] for q in found] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a web page after "auf", and a relative clause on it that ends the sentence
            "„Wir sind bereit“, heißt es auf der Webseite des Preises, der seit 1991 vergeben "
            "wird und mit 10.000 Euro dotiert ist.",
            "der Webseite des Preises",
        ),
        (
            "„Wir sind bereit“, heißt es auf der Internetseite der Partei.",
            "der Internetseite der Partei",
        ),
        ("„Wir sind bereit“, hieß es auf Anfrage.", ""),  # a request is no source
    ],
)
def test_where_it_is_written_after_heisst_es(body, speaker):
    article, found = quotes(body)
    assert [described(article, q)[2:] for q in found] == [
        (speaker, "heißt" if "heißt" in body else "hieß")
    ]


def test_heissen_as_naming_takes_no_relative_clause():
    article, found = quotes(
        "„Wikiasari“, so heißt ein geplantes Projekt, mit dem der Gründer Google angreifen will."
    )
    assert all("heißt" not in described(article, q)[3] for q in found)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # "das" as a relative pronoun before its cue
            "Ein Vorschlag kam von Ägypten, das vorschlug, im Nahen Osten eine Zone einzurichten.",
            "das",
        ),
        (  # an article before a truncated compound is none
            "Das Bau- und Transportministerium hat entschieden, der Firma die Lizenz zu entziehen.",
            "Das Bau- und Transportministerium",
        ),
    ],
)
def test_relative_das_and_article_before_truncated_compound(body, speaker):
    article, found = quotes(body)
    assert [described(article, q)[2] for q in found] == [speaker]


def test_relative_clause_after_a_source_may_hold_a_date():
    # "am 14. Dezember": the ordinal's point ends no clause
    article, found = quotes(
        "Im letzten Satz der Anordnung, die Twitter am 14. Dezember zugestellt wurde, heißt es: "
        "„Twitter darf nichts enthüllen.“"
    )
    assert [described(article, q)[2] for q in found] == ["letzten Satz der Anordnung"]


def test_frame_after_a_point_inside_the_marks():
    # „… etabliert.“ erklärte X: the point left inside the marks, no comma before the frame
    article, found = quotes(
        "Es gibt 300 Schulen. „Die Schule hat sich etabliert.“ erklärte Kultusministerin "
        "Eisenmann. „Wir bekennen uns dazu.“"
    )
    assert [described(article, q)[2:] for q in found] == [
        ("Kultusministerin Eisenmann", "erklärte"),
        ("Kultusministerin Eisenmann", ""),
    ]


@pytest.mark.parametrize(
    "mark_and_frame",
    [
        ",“ sagte",  # the comma inside the marks, English style
        "“ sagte",  # the comma left out
        "“ – sagte",  # a dash instead
        "!“ – sagte",
    ],
)
def test_frame_after_a_comma_inside_the_marks_or_none(mark_and_frame):
    article, found = quotes(
        f"Der Arzt kam. „Diese Frauen müssen verzichten, weil die Behandlung sie geheilt hat"
        f"{mark_and_frame} Professor Beckmann. Dann ging er."
    )
    assert [described(article, q)[2:] for q in found] == [("Professor Beckmann", "sagte")]


def test_a_name_in_marks_before_a_verb_is_no_quotation_before_its_frame():
    article, found = quotes(
        "Der Hacker „Muslix64“ hatte den Schutz umgangen. „Muslix64“ erwähnte, dass er weiteren "
        "Quellcode veröffentlichen werde."
    )
    assert [described(article, q)[2:] for q in found] == [("„Muslix64“", "erwähnte")]


def test_frame_after_the_marks_may_end_in_a_clause_of_time():
    article, found = quotes(
        "„Deutschland ist Favorit“, sagte der FIFA-Chef Sepp Blatter bereits im September, als "
        "noch vier Bewerbungen vorlagen."
    )
    assert [described(article, q)[2:] for q in found] == [("der FIFA-Chef Sepp Blatter", "sagte")]


def test_a_quoted_emotion_after_zeigte_sich_is_the_subjects_direct_quote():
    article, found = quotes(
        "Generalsekretär Tomas Varga zeigte sich „zutiefst besorgt“ über die Lage."
    )
    assert [described(article, q) for q in found] == [
        ("direct", "„zutiefst besorgt“", "Generalsekretär Tomas Varga", "zeigte besorgt")
    ]


def test_a_medium_in_marks_that_is_spoken_to_is_no_quotation():
    article = analyze("Titel\n\n„Wir verlieren wertvolle Zeit“, sagte er dem „Spiegel“.")
    assert [texts(article, q.quote) for q in article.quotes] == [["„Wir verlieren wertvolle Zeit“"]]
    assert texts(article, article.quotes[0].addressee) == ["dem „Spiegel“"]


def test_marked_words_a_verb_inside_a_source_s_report_frames_are_its_subject_s():
    article = analyze(
        "Titel\n\nNach Angaben der Nachrichtenagentur Tass bezeichnete Kremlsprecher Dmitri "
        "Peskow die Ankündigung als „Provokation“."
    )
    found = [described(article, q) for q in article.quotes]
    assert found[0][0] == "indirect" and found[0][2].endswith("Tass")  # the source reports it
    assert found[1] == ("direct", "„Provokation“", "Kremlsprecher Dmitri Peskow", "bezeichnete")
    assert article.quotes[1].nested_in == 0


def test_a_relative_pronoun_is_no_speaker_of_marked_words_inside_a_source_s_report():
    article = analyze(
        "Titel\n\nDer Abschuss rechtfertige sich nach Meinung der Organisation durch die Gefahr, "
        "die von dem „auffälligen Bären“ ausgehe."
    )
    marked = [q for q in article.quotes if q.type == "direct"]
    assert [texts(article, q.speaker) for q in marked] == [["Meinung der Organisation"]]


def test_a_verb_of_saying_in_konjunktiv_after_a_condition_continues_a_report():
    article = analyze(
        "Titel\n\nSprecher Dmitri Peskow erklärte, Russland greife nur militärische Ziele an. "
        "Sollte der Westen weitere Waffen liefern, werde Moskau „angemessen antworten“."
    )
    found = [described(article, q) for q in article.quotes]
    assert found[1] == (
        "indirect_free_indirect",
        "Sollte der Westen weitere Waffen liefern, werde Moskau „angemessen antworten“.",
        "Sprecher Dmitri Peskow",
        "",
    )
    assert found[2] == ("direct", "„angemessen antworten“", "Sprecher Dmitri Peskow", "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "CSU-Chef Markus Söder sprach von einer „Heizungs-Stasi“.",
            ("direct", "„Heizungs-Stasi“", "CSU-Chef Markus Söder", "sprach"),
        ),
        (  # after another verb, whose subject it shares
            "Söder kritisierte den Entwurf und sprach von einer „Heizungs-Stasi“.",
            ("direct", "„Heizungs-Stasi“", "Söder", "sprach"),
        ),
        (  # the subject after the verb, without the "von" that follows it
            "Danach sprach der Präsident von der „schlimmsten Katastrophe des Landes“.",
            ("direct", "„schlimmsten Katastrophe des Landes“", "der Präsident", "sprach"),
        ),
    ],
)
def test_what_someone_spoke_of_in_marks_are_their_words(body, expected):
    article = analyze("Titel\n\n" + body)
    assert [described(article, q) for q in article.quotes] == [expected]


def test_marked_words_joined_by_a_hyphen_are_part_of_a_name():
    article = analyze(
        "Titel\n\nDas Gesetz sei nicht zustimmungsfähig, sagte Dürr im ARD-„Morgenmagazin“. "
        "Die „Bild“-Zeitung berichtete, die Koalition streite."
    )
    quoted = [" ".join(texts(article, q.quote)) for q in article.quotes]
    assert quoted == ["Das Gesetz sei nicht zustimmungsfähig", "die Koalition streite"]


def test_a_quotation_over_two_paragraphs_keeps_its_speaker_not_the_we_inside_it():
    article = analyze(
        "Titel\n\nBerlin (dpa) - Innenministerin Karla Brandvik will die Kontrollen verlängern. "
        "„Die Kontrollen wirken. Seit Oktober haben wir 700 Schleuser festgenommen“, sagte "
        "Brandvik der „Bild am Sonntag“.\n\n„Wir werden die Kontrollen aufrechterhalten. "
        "Das sind wir den Menschen schuldig.“"
    )
    found = [
        (texts(article, q.speaker), texts(article, q.addressee))
        for q in article.quotes
        if q.type == "direct"
    ]
    assert found == [(["Brandvik"], ["der „Bild am Sonntag“"]), (["Brandvik"], [])]


def test_a_thing_with_a_name_in_its_genitive_is_no_speaker_to_carry():
    article, found = quotes(
        "Bürgermeister Karl Weiß sagte am Montag in Lindau, die Stadt brauche dringend Geld für"
        " neue Schulen. Die Bürger seien informiert. Zwei Tage später kam es zu Protesten vor dem"
        " Rathaus. Der Verkauf der Stadtwerke Lindau GmbH wurde am Mittwoch beschlossen. Die"
        " Einnahmen seien für den Haushalt bestimmt."
    )
    last = found[-1]
    assert texts(article, last.quote) == ["Die Einnahmen seien für den Haushalt bestimmt."]
    assert last.speaker_name == "Karl Weiß"  # not "Der Verkauf der Stadtwerke Lindau GmbH"


def test_a_group_with_a_name_in_its_genitive_is_someone():
    article, found = quotes(
        "Das Team der Lindauer Stadtwerke GmbH stellte am Montag seine Pläne vor. Die Anlage sei"
        " bis 2027 fertig."
    )
    (quote,) = found
    assert texts(article, quote.speaker) == ["Das Team der Lindauer Stadtwerke GmbH"]


@pytest.mark.parametrize(
    ("body", "medium"),
    [
        ("Laut einem Bericht der UN sei die Lage ernst.", "writing"),
        ("Dem Bericht zufolge ist die Lage ernst.", "writing"),
        ("Nach Angaben der Zeitung sei die Lage ernst.", "writing"),
        ("In dem Schreiben heißt es, die Lage sei ernst.", "writing"),
        # reports in general may have been broadcast, a broadcaster's were
        ("Laut Medienberichten sei die Lage ernst.", "speech+writing"),
        ("Nach einem Bericht des Bayerischen Rundfunks sei die Lage ernst.", "speech+writing"),
        ("Laut der Polizei sei die Lage ernst.", "speech+writing"),
        ("Der Minister sagte, die Lage sei ernst.", "speech"),
    ],
)
def test_a_source_that_is_a_text_wrote_what_it_says(body, medium):
    _, found = quotes(body)
    assert [q.medium for q in found] == [medium]


@pytest.mark.parametrize(
    ("body", "medium"),
    [
        ("Nach Ansicht der Ärzte ist die Lage ernst.", "speech+thought"),
        ("Seiner Meinung nach ist die Lage ernst.", "speech+thought"),
        ("Schätzungen der Regierung zufolge sind 300 Menschen betroffen.", "speech+thought"),
        ("Nach Angaben der Polizei ist die Lage ernst.", "speech+writing"),
    ],
)
def test_a_source_named_by_what_it_thinks_thought_it(body, medium):
    _, found = quotes(body)
    assert [q.medium for q in found] == [medium]


def test_the_impersonal_man_is_no_speaker():
    article, found = quotes("Man geht davon aus, dass die Lage ernst ist.")
    assert [(q.type, texts(article, q.speaker)) for q in found] == [("indirect", [])]


def test_an_apposition_whose_closing_comma_is_missing_is_no_relative_clause():
    article, found = quotes(
        "Nach Angaben von Sam Maiha, dem Direktor der Wetterbehörde des Landes hatten die"
        " Meteorologen vor hohem Wellengang gewarnt und dazu aufgefordert, nicht auszulaufen."
    )
    sourced = [q for q in found if texts(article, q.cue) == ["Nach"]]
    assert [texts(article, q.quote) for q in sourced] == [
        [
            "hatten die Meteorologen vor hohem Wellengang gewarnt und dazu aufgefordert,"
            " nicht auszulaufen"
        ]
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "von" inside the phrase before the verb of a main clause belongs to that phrase
        (
            "Der Regierung unter der Führung von Erdoğan wird vorgeworfen, Zugänge zu sperren.",
            [],
        ),
        ("Von der Opposition wurde ihm vorgeworfen, gelogen zu haben.", ["der Opposition"]),
        (
            "Dem Minister wurde von der Opposition vorgeworfen, gelogen zu haben.",
            ["der Opposition"],
        ),
        # with its verb last, the clause has its agent before the verb
        (
            "Nachdem er von Moderator Keller gefragt wurde, was seine Partei wolle, schwieg er.",
            ["Moderator Keller"],
        ),
    ],
)
def test_the_agent_of_a_passive_frame(body, speaker):
    article, found = quotes(body)
    assert texts(article, found[0].speaker) == speaker


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        (
            "Die Bundesregierung wurde vom Verband aufgefordert, zu handeln.",
            ["Die Bundesregierung"],
        ),
        ("Von der Polizei wurde mitgeteilt, dass die Lage ernst sei.", []),
    ],
)
def test_the_agent_of_a_passive_is_not_who_was_spoken_to(body, addressee):
    article, found = quotes(body)
    assert texts(article, found[0].addressee) == addressee


def test_a_name_after_the_speaker_may_have_a_relative_clause_after_it():
    article, found = quotes(
        "Die Lage sei ernst, sagte der Chef der Firma, Hans Müller, der gestern zurücktrat."
    )
    assert [texts(article, q.quote) for q in found] == [["Die Lage sei ernst"]]
    assert texts(article, found[0].speaker) == ["der Chef der Firma, Hans Müller"]


def test_a_name_after_the_speaker_may_have_whom_he_told_after_it():
    article, found = quotes(
        "Die Lage sei ernst, sagte der Chef der Firma, Hans Müller, der Nachrichtenagentur AP."
    )
    assert texts(article, found[0].addressee) == ["der Nachrichtenagentur AP"]


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            "Die Lage sei ernst, sagte der Chef der Behörde, Hans Müller, es gebe aber Hoffnung.",
            ["Die Lage sei ernst", "es gebe aber Hoffnung"],
            ["der Chef der Behörde, Hans Müller"],
        ),
        (
            "Die Lage sei ernst, sagte Hans Müller, der Chef der Behörde, es gebe aber Hoffnung.",
            ["Die Lage sei ernst", "es gebe aber Hoffnung"],
            ["Hans Müller, der Chef der Behörde"],
        ),
        (
            "„Die Lage ist ernst“, sagte der Chef der Behörde, Hans Müller, „aber es gibt "
            "Hoffnung.“",
            ["„Die Lage ist ernst“", "„aber es gibt Hoffnung.“"],
            ["der Chef der Behörde, Hans Müller"],
        ),
        # a place is no apposition: the enumeration is what he said
        (
            "Die Lage sei ernst, sagte der Sprecher, Berlin, Paris und London seien bereit.",
            ["Die Lage sei ernst", "Berlin, Paris und London seien bereit"],
            ["der Sprecher"],
        ),
    ],
)
def test_an_apposition_after_the_speaker_of_an_inserted_frame_is_his(body, quoted, speaker):
    article, found = quotes(body)
    assert [texts(article, q.quote) for q in found] == [quoted]
    assert texts(article, found[0].speaker) == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "addressee"),
    [
        (
            "Wie ein Sprecher der Armee der Presse mitteilte, wurden drei Soldaten verletzt.",
            ["ein Sprecher der Armee"],
            ["der Presse"],
        ),
        (
            "Wie Peter Lang, ein Sprecher der Polizei, der Zeitung mitteilte, wurde niemand "
            "verletzt.",
            ["Peter Lang, ein Sprecher der Polizei"],
            ["der Zeitung"],
        ),
        (
            "Drei Soldaten wurden verletzt, wie ein Sprecher der Armee der Nachrichtenagentur "
            "AFP mitteilte.",
            ["ein Sprecher der Armee"],
            ["der Nachrichtenagentur AFP"],
        ),
        (
            "Nachdem der Chef der Firma der „Süddeutschen Zeitung“ gesagt hatte, dass die Lage "
            "ernst sei, fiel der Kurs.",
            ["der Chef der Firma"],
            ["der „Süddeutschen Zeitung“"],
        ),
        (
            "Wie Bürgermeister Müller der „Bild“ sagte, wird das Blatt eingestellt.",
            ["Bürgermeister Müller"],
            ["der „Bild“"],
        ),
        # one genitive: the newspaper's own people speak
        (
            "Wie die Chefredakteurin der Zeitung mitteilte, wird das Blatt eingestellt.",
            ["die Chefredakteurin der Zeitung"],
            [],
        ),
        (
            "Wie ein Sprecher der Regierung der Ukraine mitteilte, wurde niemand verletzt.",
            ["ein Sprecher der Regierung der Ukraine"],
            [],
        ),
    ],
)
def test_a_newspaper_told_before_a_verb_at_the_end_is_no_genitive(body, speaker, addressee):
    article, found = quotes(body)
    assert texts(article, found[0].speaker) == speaker
    assert texts(article, found[0].addressee) == addressee


def test_a_participle_read_as_a_verb_between_article_and_noun_is_part_of_the_phrase():
    # the tagger reads "entlassenen" as a finite verb
    article, found = quotes("Der Verlag schlug den entlassenen Mitarbeitern vor, sich zu bewerben.")
    assert texts(article, found[0].addressee) == ["den entlassenen Mitarbeitern"]


@pytest.mark.parametrize(
    ("body", "speaker", "addressee"),
    [
        (
            "Der Fraktionschef im Landtag, Wolfgang Jüttner, hatte Lenz aufgefordert, sein"
            " Mandat niederzulegen.",
            ["Der Fraktionschef im Landtag, Wolfgang Jüttner"],
            ["Lenz"],
        ),
        # an object before the verb: the subject follows it
        (
            "Dem Minister, Hans Müller, warf die Opposition vor, gelogen zu haben.",
            ["die Opposition"],
            None,  # (whom she accused is not found here yet)
        ),
    ],
)
def test_a_subject_with_its_name_between_commas_before_the_verb(body, speaker, addressee):
    article, found = quotes(body)
    assert texts(article, found[0].speaker) == speaker
    if addressee is not None:
        assert texts(article, found[0].addressee) == addressee


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        ("Wie die Polizei dem Sender mitteilte, ist die Lage ernst.", ["dem Sender"]),
        (
            "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass er gesucht werde, ging sie.",
            ["dem Richter"],
        ),
    ],
)
def test_whom_a_frame_with_its_verb_last_tells(body, addressee):
    article, found = quotes(body)
    assert texts(article, found[0].addressee) == addressee


@pytest.mark.parametrize(
    ("body", "speaker", "addressee"),
    [
        (
            "Anwesend war Ramsey Clark, der der US-Regierung vorwarf, Aktivisten freizulassen.",
            ["der"],
            ["der US-Regierung"],
        ),
        (
            "Zugeschaltet wurde ein Prediger, der alle Nichtmoslems aufforderte, zu gehen.",
            ["der"],
            ["alle Nichtmoslems"],
        ),
        (
            "Williams kommentierte dies, indem er seinem Arbeitgeber vorwarf, zu lügen.",
            ["er"],
            ["seinem Arbeitgeber"],
        ),
        # the subject of the relative clause after the pronoun
        (
            "Das ist die Frau, die der Minister beschuldigte, gelogen zu haben.",
            ["der Minister"],
            None,
        ),
    ],
)
def test_the_object_between_speaker_and_verb_of_a_clause_with_its_verb_last(
    body, speaker, addressee
):
    article, found = quotes(body)
    assert texts(article, found[0].speaker) == speaker
    if addressee is not None:
        assert texts(article, found[0].addressee) == addressee


def test_the_press_after_a_name_is_spoken_to():
    article, found = quotes("„Wir sind bereit“, sagte Karsai Journalisten in Kabul.")
    assert texts(article, found[0].speaker) == ["Karsai"]
    assert texts(article, found[0].addressee) == ["Journalisten"]


def test_a_quotation_nested_in_an_indirect_one_was_told_the_same_audience():
    article, found = quotes(
        "Merkel sagte vor der Presse, Benedikt XVI. „ist und bleibt ein bedeutender Denker“."
    )
    assert [(q.type, texts(article, q.addressee)) for q in found] == [
        ("indirect", ["der Presse"]),
        ("direct", ["der Presse"]),
    ]


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        ("Der Bürgermeister warnte die CDU vor einem Wahlkampf.", ["die CDU"]),
        ("Er forderte die Regierung zum Rücktritt auf.", ["die Regierung"]),
        ("Sie forderte den Rücktritt des Ministers.", []),  # what she demands, no one told
    ],
)
def test_whom_a_summarised_speech_act_addressed(body, addressee):
    article, found = quotes(body)
    reported = [q for q in found if q.type == "reported"]
    assert [texts(article, q.addressee) for q in reported] == [addressee]


def test_whom_an_offer_was_made_to():
    article, found = quotes("Er bot der Stadt an, den Müll zu entsorgen.")
    assert texts(article, found[0].addressee) == ["der Stadt"]


@pytest.mark.parametrize(
    ("body", "lemmas"),
    [
        ("Die Opposition forderte den Rücktritt des Ministers.", ["fordern"]),
        # the separable particle completes the lemma, and a quoted word inside has it too
        ("Der Kreml wies die Vorwürfe als „absurd“ zurück.", ["zurückweisen", "zurückweisen"]),
        ("Lavrov accused the West of escalating the conflict.", ["accuse"]),
        # talk summarised has no verb of its own
        ("In ersten Agenturmeldungen war von zwölf Toten die Rede.", [""]),
    ],
)
def test_a_summarised_speech_act_names_its_verb_as_the_cue_lemma(body, lemmas):
    """Its cue is no span (the annotations mark none inside a reported sentence), but the
    lemma says what kind of speech act it was, as a frame's does."""
    _, found = quotes(body)
    assert [q.cue_lemma for q in found] == lemmas
    assert all(not q.cue and q.type in ("reported", "direct") for q in found)


@pytest.mark.parametrize(
    "body",
    [
        # the frame says something of its own: the clause after it is the writer's
        "Die Behörden gehen von einem Anschlag aus, ein Verfahren wurde bereits eingeleitet.",
        "Nähere Einzelheiten gab er nicht bekannt, er verwies aber auf Verzögerungen.",
        "Bislang werden 325 km/h als Höchstgeschwindigkeit angegeben, Ziel ist mehr.",
    ],
)
def test_an_indicative_clause_after_a_frame_with_more_to_say_is_no_quotation(body):
    _, found = quotes(body)
    assert not [q for q in found if q.type == "indirect"]


@pytest.mark.parametrize(
    ("body", "speaker", "speaker_name"),
    [
        # "to" before a name is a preposition: the adviser's attribute, not an infinitive
        (
            "An adviser to Zelensky said talks were not on the table.",
            "An adviser to Zelensky",
            "",  # the adviser speaks, not Zelensky
        ),
        ("A lawyer for Brandvik said the case was weak.", "A lawyer for Brandvik", ""),
        # a name between commas after the subject's attribute is the subject's
        (
            "The head of the agency, Rafael Grossi, said the plant was safe.",
            "The head of the agency, Rafael Grossi",
            "Rafael Grossi",
        ),
        (
            "The president's chief of staff, Andriy Yermak, wrote that more was needed.",
            "The president's chief of staff, Andriy Yermak",
            "Andriy Yermak",
        ),
    ],
)
def test_english_speakers_with_attributes(body, speaker, speaker_name):
    article = analyze("Talks\n" + body)
    (quote,) = article.quotes
    assert " ".join(texts(article, quote.speaker)) == speaker
    assert quote.speaker_name == speaker_name


@pytest.mark.parametrize(
    ("body", "lemma"),
    [
        ("Titel\nEr fügte hinzu, die Lage sei ernst.", "hinzufügen"),
        ("Titel\nDie Polizei gab bekannt, dass alles ruhig sei.", "bekanntgeben"),
        # a word that completes the verb stays apart; an English particle follows the verb
        ("Titel\nGrote zeigte sich erschüttert: „Das ist schlimm.“", "erschüttert zeigen"),
        ("Titel\nDas Ministerium ließ verlauten, man prüfe das.", "verlauten lassen"),
        ("Talks\nBiden called on Congress to pass the bill.", "call on"),
    ],
)
def test_a_cue_lemma_is_spelled_as_a_dictionary_spells_it(body, lemma):
    assert analyze(body).quotes[0].cue_lemma == lemma


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "„Wir geben nicht nach“ – mit diesen Worten reagierte Brandvik auf die Drohungen.",
            "Brandvik",
        ),
        (
            "„Wir geben nicht nach.“ Mit diesen Worten reagierte der Präsident auf die Drohungen.",
            "der Präsident",
        ),
    ],
)
def test_with_these_words_points_back_at_the_quotation_and_its_speaker(body, speaker):
    # not after "Titel", which would make the quotation a work's title
    article = analyze("Drohungen\n" + body)
    found = article.quotes
    assert [(q.type, " ".join(texts(article, q.speaker))) for q in found] == [("direct", speaker)]
