import pytest

from newsprism.errors import NewsprismError
from newsprism.settings import Settings


def test_toml_file_and_overrides(tmp_path):
    config = tmp_path / "n.toml"
    config.write_text('[newsprism]\njobs = 3\nmorphology = "hanta"\n', encoding="utf-8")
    settings = Settings.load(config, jobs=5, db=None)
    assert settings.jobs == 5 and settings.morphology == "hanta" and settings.db == "newsprism.db"


@pytest.mark.parametrize(
    "changes",
    [{"jobs": 0}, {"jobs": "2"}, {"morphology": "spacy"}, {"colour": "blue"}, {"chunk_size": True}],
)
def test_invalid_settings_are_refused(changes):
    with pytest.raises(NewsprismError, match="E201"):
        Settings().updated(**changes)


def test_broken_toml_file(tmp_path):
    (tmp_path / "bad.toml").write_text("jobs = = 2", encoding="utf-8")
    with pytest.raises(NewsprismError, match="E201"):
        Settings.load(tmp_path / "bad.toml")
