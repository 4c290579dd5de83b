"""The PolNeAR scorer on a tiny hand-made split (no corpus text)."""

from __future__ import annotations

import json

from wirewatch.evaluation import polnear as P

TEXT = '"We will win," the senator said. Polls show a tie.\nThe governor told reporters that taxes would fall.\n'
# spans written by hand for TEXT
ANN = (
    "T1\tContent 0 14\t\"We will win,\"\n"
    "T2\tSource 15 26\tthe senator\n"
    "T3\tCue 27 31\tsaid\n"
    "T4\tAttribution 27 31\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tSource 33 38\tPolls\n"
    "T6\tCue 39 43\tshow\n"
    "T7\tContent 44 49\ta tie\n"
    "T8\tAttribution 39 43\tshow\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    "T9\tSource 51 63\tThe governor\n"
    "T10\tCue 64 68\ttold\n"
    "T11\tContent 79 83;84 100\tthat taxes would fall\n"
    "T12\tAttribution 64 68\ttold\n"
    "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9\n"
)


def make_split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a_1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_1_x1.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "a_1_x2.ann").write_text("", encoding="utf-8")  # second annotator: ignored
    return tmp_path


def test_parse_discontinuous_and_roles():
    atts = P.parse_ann(ANN)
    assert len(atts) == 3
    assert atts[2].content == ((79, 83), (84, 100))
    assert TEXT[79:83] + " " + TEXT[84:100] == "that taxes would fall"


def test_speech_cue_lexicon():
    assert P.is_speech_cue("said") and P.is_speech_cue("According to") and P.is_speech_cue("has also told")
    assert not P.is_speech_cue("show") and not P.is_speech_cue("believes") and not P.is_speech_cue(":")


def test_normalize_trims_quotes_and_punctuation_and_joins_segments():
    assert P.normalize(TEXT, ((0, 14),)) == ((1, 12),)
    assert P.normalize(TEXT, ((79, 83), (84, 100))) == ((79, 100),)


def test_pairing_is_one_to_one():
    gold = [P.Attr(((0, 3),), ((10, 14),), ((20, 30),))]
    pred = [P.Attr(None, ((10, 14),), ((20, 25),)), P.Attr(None, ((10, 14),), ((20, 30),))]
    assert P.pair(pred, gold) == [(1, 0)] or P.pair(pred, gold) == [(0, 0)]
    assert len(P.pair(pred, gold)) == 1


def test_perfect_system_scores_one(tmp_path):
    split = make_split(tmp_path)
    gold = P.parse_ann(ANN)
    result = P.evaluate(split, system=lambda text: gold)
    for subset in ("all", "speech"):
        for row in result[subset].values():
            assert row["exact"]["f1"] == 1.0 and row["overlap"]["f1"] == 1.0
    assert result["speech"]["cue"]["gold"] == 2  # "show" is not a speech cue


def test_real_extractor_and_cli(tmp_path, capsys):
    split = make_split(tmp_path)
    assert P.main([str(split), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    speech = result["speech"]
    assert speech["cue"]["exact"]["f1"] == 1.0
    assert speech["source"]["exact"]["f1"] == 1.0
    assert speech["content"]["overlap"]["f1"] == 1.0
    assert P.main([str(tmp_path / "missing")]) == 2
